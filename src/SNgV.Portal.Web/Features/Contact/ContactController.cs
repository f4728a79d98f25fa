using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Contact;

/// <summary>"Liên hệ": how to reach the department, its citizen-reception schedule and the one-stop desk's hours.</summary>
[AllowAnonymous, Bilingual]
public sealed class ContactController(ContactService contact) : Controller
{
    [HttpGet("/lien-he")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await contact.PublicAsync(cancellationToken));
}
