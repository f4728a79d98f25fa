using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Procedures;

/// <summary>"Quản lý thủ tục": the Office and the administrator keep the catalogue, publish and withdraw procedures.</summary>
[Authorize(Policies.CanManageProcedures)]
[Route("quan-ly-thu-tuc")]
public sealed class ProceduresAdminController(ProcedureService procedures, ProcedureFormService forms) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Admin", await procedures.AdminListAsync(cancellationToken));

    [HttpGet("tao-moi")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await procedures.NewFormAsync(cancellationToken));

    [HttpPost("tao-moi")]
    public Task<IActionResult> Create([Bind(Prefix = "Input")] ProcedureInput input, CancellationToken cancellationToken) =>
        SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var form = await procedures.EditFormAsync(id, cancellationToken);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost("{id:int}/sua")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] ProcedureInput input, CancellationToken cancellationToken) =>
        SaveAsync(id, input, cancellationToken);

    [HttpPost("{id:int}/cong-bo")]
    public Task<IActionResult> Publish(int id, ProcedureStatusInput input, CancellationToken cancellationToken) =>
        SetStatusAsync(id, input, ProcedureStatus.Published, "Đã công khai thủ tục trên trang Thủ tục hành chính.", cancellationToken);

    [HttpPost("{id:int}/thu-hoi")]
    public Task<IActionResult> Withdraw(int id, ProcedureStatusInput input, CancellationToken cancellationToken) =>
        SetStatusAsync(id, input, ProcedureStatus.Withdrawn, "Đã thu hồi thủ tục: thủ tục không còn hiển thị công khai và không tiếp nhận hồ sơ mới.", cancellationToken);

    [HttpPost("{id:int}/bieu-mau")]
    [RequestSizeLimit(EvidenceOptions.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceOptions.MaxRequestBytes)]
    public async Task<IActionResult> AddForm(int id, [Bind(Prefix = "Upload")] ProcedureFormInput upload, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await forms.AddAsync(id, upload, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            TempData.SetStatus($"Đã thêm biểu mẫu \"{upload.Title ?? EvidenceFileCheck.SafeName(upload.File!.FileName)}\".");
            return RedirectToAction(nameof(Edit), null, new { id }, "bieu-mau");
        }

        var form = await procedures.EditFormAsync(id, cancellationToken);
        return form is null ? NotFound() : View("Edit", form with { Upload = upload });
    }

    [HttpPost("{id:int}/bieu-mau/{formId:int}/xoa")]
    public async Task<IActionResult> DeleteForm(int id, int formId, CancellationToken cancellationToken)
    {
        var result = await forms.DeleteAsync(id, formId, cancellationToken);
        if (result.Status == SaveStatus.NotFound)
        {
            return NotFound();
        }

        TempData.SetStatus("Đã xóa biểu mẫu.");
        return RedirectToAction(nameof(Edit), null, new { id }, "bieu-mau");
    }

    private async Task<IActionResult> SaveAsync(int? id, ProcedureInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await procedures.SaveAsync(id, input, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result, stamp => input.ConcurrencyStamp = stamp))
            {
                TempData.SetStatus(id is null ? "Đã tạo thủ tục. Thủ tục chưa hiển thị công khai cho đến khi được công bố." : "Đã lưu thủ tục.");
                return RedirectToAction(nameof(Index), null, null, $"thu-tuc-{result.Value}");
            }
        }

        var form = await procedures.RedisplayAsync(id, input, cancellationToken);
        return View("Edit", form);
    }

    private async Task<IActionResult> SetStatusAsync(int id, ProcedureStatusInput input, ProcedureStatus status, string done, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid
            ? await procedures.SetStatusAsync(id, input.ConcurrencyStamp, status, cancellationToken)
            : SaveResult.Conflict();
        if (outcome.Status == SaveStatus.NotFound)
        {
            return NotFound();
        }

        TempData.SetStatus(outcome.IsSaved ? done : ControllerExtensions.ConflictNotice);
        return RedirectToAction(nameof(Index), null, null, $"thu-tuc-{id}");
    }
}
