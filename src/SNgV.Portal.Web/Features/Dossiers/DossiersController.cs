using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure.Codes;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>"Bộ phận Một cửa": the desk receives dossiers, prints the appointment slip and moves each dossier to its result.</summary>
[Authorize(Policies.CanReceiveDossiers)]
[Route("mot-cua")]
public sealed class DossiersController(DossierService dossiers, TimeProvider clock) : Controller
{
    /// <remarks>Filters that fail validation are reported beside their field and left out of the list.</remarks>
    [HttpGet("")]
    public async Task<IActionResult> Index(DossierListQuery query, CancellationToken cancellationToken) =>
        View(await dossiers.ListAsync(ModelState.IsValid ? query : new DossierListQuery { Loc = query.Loc }, cancellationToken));

    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export(DossierListQuery query, CancellationToken cancellationToken) =>
        ListExport.File("so-tiep-nhan-ho-so", "SỔ THEO DÕI HỒ SƠ TIẾP NHẬN TẠI BỘ PHẬN MỘT CỬA", DossierColumns.All,
            await dossiers.ExportAsync(ModelState.IsValid ? query : new DossierListQuery { Loc = query.Loc }, cancellationToken), clock.GetUtcNow().UtcDateTime);

    [HttpGet("tiep-nhan")]
    public async Task<IActionResult> Register(CancellationToken cancellationToken) =>
        View(await dossiers.RegisterFormAsync(cancellationToken: cancellationToken));

    [HttpPost("tiep-nhan")]
    public async Task<IActionResult> Register([Bind(Prefix = "Input")] RegisterDossierInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var id = await dossiers.RegisterAsync(input, CurrentUser.From(User), cancellationToken);
            if (id is not null)
            {
                TempData.SetStatus("Đã tiếp nhận hồ sơ. In phiếu hẹn trả kết quả và giao cho người nộp.");
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError("Input.AdministrativeProcedureId", "Thủ tục này không còn tiếp nhận hồ sơ. Vui lòng chọn thủ tục khác.");
        }

        return View(await dossiers.RegisterFormAsync(input, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.DetailsAsync(id, cancellationToken);
        return dossier is null ? NotFound() : View(new DossierViewModel(dossier, Domain.DossierWorkflow.Next(dossier.Status)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Details(int id, [Bind(Prefix = "Input")] MoveDossierInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await dossiers.MoveAsync(id, input, CurrentUser.From(User), cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result))
            {
                TempData.SetStatus($"Đã chuyển hồ sơ sang bước \"{Domain.DisplayNames.Of(input.ToStatus)}\".");
                return RedirectToAction(nameof(Details), new { id });
            }
        }

        var dossier = await dossiers.DetailsAsync(id, cancellationToken);
        return dossier is null ? NotFound() : View(new DossierViewModel(dossier, Domain.DossierWorkflow.Next(dossier.Status)) { Input = input });
    }

    [HttpGet("{id:int}/phieu-hen")]
    public async Task<IActionResult> Slip(int id, [FromServices] PortalAddress address, [FromServices] LinkGenerator links, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.DetailsAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        var url = address.Of(links.PathTo(nameof(PublicLookupController.Index), "PublicLookup", new { ma = dossier.ReceiptCode }));
        return View(new SlipViewModel(dossier, url, QrCodes.Svg(url)));
    }
}
