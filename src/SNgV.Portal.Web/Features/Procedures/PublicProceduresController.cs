using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Procedures;

/// <summary>The public catalogue of procedures (plan section II.3: publish the procedures where citizens find them).</summary>
[AllowAnonymous, Bilingual]
[Route("thu-tuc")]
public sealed class PublicProceduresController(ProcedureService procedures, ProcedureFormService forms) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, [FromQuery(Name = "linh-vuc")] int? fieldId, CancellationToken cancellationToken) =>
        View(await procedures.CatalogueAsync(q?.Length > 200 ? q[..200] : q, fieldId, cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var page = await procedures.PageAsync(slug, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>A form of a published procedure, downloaded under its original name (never shown inline).</summary>
    [HttpGet("{slug}/bieu-mau/{formId:int}")]
    public async Task<IActionResult> Form(string slug, int formId, CancellationToken cancellationToken)
    {
        var form = await forms.FindPublishedAsync(slug, formId, cancellationToken);
        return form is null ? NotFound() : File(forms.Open(form), EvidenceFileTypes.SafeContentType(form.ContentType), form.FileName);
    }
}
