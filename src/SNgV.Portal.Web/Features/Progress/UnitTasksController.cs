using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Exports;
using SNgV.Portal.Web.Infrastructure.Files;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Progress;

/// <summary>"Nhiệm vụ của đơn vị": a unit's tasks, a task's history, and the progress form.</summary>
[Authorize]
[Route("nhiem-vu")]
public sealed class UnitTasksController(ProgressService progress, PortalDbContext db, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    [Authorize(Policies.CanReportProgress)]
    public async Task<IActionResult> Index([FromServices] UnitTaskListService list, UnitTaskFilter filter, CancellationToken cancellationToken = default) =>
        View(await list.ListAsync(User.UnitIdOf()!.Value, User.UnitNameOf(), ModelState.IsValid ? filter : new UnitTaskFilter(), cancellationToken));

    /// <summary>"Xuất Excel": every row the list shows with the same filters, all pages.</summary>
    [HttpGet("xuat-excel")]
    [Authorize(Policies.CanReportProgress)]
    public async Task<IActionResult> Export([FromServices] UnitTaskListService list, [FromServices] TimeProvider clock, UnitTaskFilter filter, CancellationToken cancellationToken = default)
    {
        var workbook = await list.ExportAsync(User.UnitIdOf()!.Value, User.UnitNameOf(), ModelState.IsValid ? filter : new UnitTaskFilter(), cancellationToken);
        return File(workbook, SpreadsheetWriter.ContentType, ListExport.FileName("nhiem-vu-cua-don-vi", clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var access = await TaskAccess.LoadAsync(db, id, cancellationToken);
        if (access is null)
        {
            return NotFound();
        }

        if (!await IsAllowedAsync(access, Policies.CanViewTask))
        {
            return Forbid();
        }

        var detail = await progress.DetailAsync(id, User.UnitIdOf(), cancellationToken);
        return View(detail! with { CanReport = await IsAllowedAsync(access, Policies.CanUpdateTaskProgress) });
    }

    [HttpGet("{id:int}/bao-cao")]
    public async Task<IActionResult> Report(int id, [FromQuery(Name = "ky")] DateOnly? periodStart, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, Policies.CanUpdateTaskProgress, cancellationToken) is { } refused)
        {
            return refused;
        }

        return View(await progress.FormAsync(id, User.UnitIdOf()!.Value, periodStart, cancellationToken: cancellationToken));
    }

    [HttpPost("{id:int}/bao-cao")]
    [RequestSizeLimit(EvidenceOptions.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceOptions.MaxRequestBytes)]
    public async Task<IActionResult> Report(int id, [Bind(Prefix = "Input")] ProgressInput input, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, Policies.CanUpdateTaskProgress, cancellationToken) is { } refused)
        {
            return refused;
        }

        var unitId = User.UnitIdOf()!.Value;
        if (!ModelState.IsValid)
        {
            return View(await progress.FormAsync(id, unitId, input.PeriodStart, input, cancellationToken: cancellationToken));
        }

        var result = await progress.SaveAsync(id, CurrentUser.From(User), input, cancellationToken);
        if (result.IsSaved && input.IsSubmit)
        {
            TempData.SetStatus("Đã gửi báo cáo tiến độ để Văn phòng Sở duyệt.");
            return RedirectToAction(nameof(Details), new { id });
        }

        if (result.IsSaved)
        {
            TempData.SetStatus("Đã lưu bản nháp. Báo cáo chưa được gửi Văn phòng.");
            return RedirectToAction(nameof(Report), new { id, ky = input.PeriodStart?.ToString("yyyy-MM-dd") });
        }

        if (result.Message == ProgressService.PeriodClosedMessage)
        {
            input.PeriodStart = null;
        }

        ModelState.Saved(result, stamp => input.ConcurrencyStamp = stamp);
        if (result.Status == SaveStatus.Conflict && input.Files.Count > 0)
        {
            ModelState.AddModelError("Input.Files", "Tệp đính kèm chưa được lưu; vui lòng chọn lại tệp trước khi lưu.");
        }

        return View(await progress.FormAsync(id, unitId, input.PeriodStart, input, result.Value, cancellationToken));
    }

    [HttpPost("{id:int}/bao-cao/{updateId:int}/rut-lai")]
    public async Task<IActionResult> Withdraw(int id, int updateId, [FromForm] Guid? concurrencyStamp, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, Policies.CanUpdateTaskProgress, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await progress.WithdrawAsync(id, updateId, CurrentUser.From(User), concurrencyStamp, cancellationToken);
        switch (result.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.Saved:
                TempData.SetStatus("Đã rút lại báo cáo; báo cáo trở về bản nháp. Sửa xong, bấm \"Gửi Văn phòng duyệt\" để gửi lại.");
                return RedirectToAction(nameof(Report), new { id, ky = result.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            default:
                TempData.SetStatus(result.Status == SaveStatus.Conflict ? ControllerExtensions.ConflictNotice : result.Message);
                return RedirectToAction(nameof(Details), new { id });
        }
    }

    [HttpGet("{id:int}/tep/{fileId:int}")]
    public async Task<IActionResult> Evidence(int id, int fileId, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, Policies.CanViewTask, cancellationToken) is { } refused)
        {
            return refused;
        }

        var file = await progress.FindEvidenceAsync(id, fileId, User.UnitIdOf(), cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        // A download (attachment) with the type found from the content at upload; nosniff comes with every response (SecurityHeaders).
        return File(progress.OpenEvidence(file), EvidenceFileTypes.SafeContentType(file.ContentType), file.FileName);
    }

    /// <summary>
    /// A PDF or image shown in the review page's frame: inline only when the stored content is, checked again now, one
    /// of those types, in a sandbox (no script, no form, its own origin) that only this site may frame. Anything
    /// else is the download above.
    /// </summary>
    [HttpGet("{id:int}/tep/{fileId:int}/xem")]
    public async Task<IActionResult> ViewEvidence(int id, int fileId, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, Policies.CanViewTask, cancellationToken) is { } refused)
        {
            return refused;
        }

        var file = await progress.FindEvidenceAsync(id, fileId, User.UnitIdOf(), cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        var content = progress.OpenEvidence(file);
        if (EvidenceFileTypes.Viewable(content, file.FileName, file.ContentType) is not { } type)
        {
            return File(content, EvidenceFileTypes.SafeContentType(file.ContentType), file.FileName);
        }

        Response.Headers.ContentSecurityPolicy = EvidenceFileTypes.InlineContentSecurityPolicy;
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = file.FileName }.ToString();
        return File(content, type.ContentType);
    }

    /// <summary>404 for a task that does not exist, 403 for one the user may not touch, null when allowed.</summary>
    private async Task<IActionResult?> AuthorizeAsync(int taskId, string policy, CancellationToken cancellationToken)
    {
        var access = await TaskAccess.LoadAsync(db, taskId, cancellationToken);
        if (access is null)
        {
            return NotFound();
        }

        return await IsAllowedAsync(access, policy) ? null : Forbid();
    }

    private async Task<bool> IsAllowedAsync(TaskAccess access, string policy) =>
        (await authorization.AuthorizeAsync(User, access, policy)).Succeeded;
}
