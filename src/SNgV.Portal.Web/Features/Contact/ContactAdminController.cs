using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Contact;

/// <summary>"Thông tin liên hệ": the administrator keeps the contact details shown on the contact page and in every footer.</summary>
[Authorize(Policies.CanManageAccounts)]
[Route("quan-tri/lien-he")]
public sealed class ContactAdminController(ContactService contact) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(await contact.FormAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Edit(ContactInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && ModelState.Saved(await contact.SaveAsync(input, cancellationToken), stamp => input.ConcurrencyStamp = stamp, prefix: ""))
        {
            TempData.SetStatus("Đã lưu thông tin liên hệ. Trang Liên hệ và chân trang của Cổng hiển thị thông tin mới.");
            return RedirectToAction(nameof(Edit));
        }

        return View(input);
    }
}
