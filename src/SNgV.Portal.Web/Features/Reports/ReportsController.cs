using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Exports;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// "Báo cáo định kỳ": the Office drafts quarterly, half-year, nine-month, annual and ad-hoc reports on the plan, the
/// leadership approves them, and issued reports are kept, printable and downloadable, in an archive.
/// </summary>
[Authorize(Policies.CanViewReports)]
[Route("bao-cao-dinh-ky")]
public sealed class ReportsController(ReportService reports, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "nam")] int? year,
        [FromQuery(Name = "loai")] ReportKind? kind,
        [FromQuery(Name = "trangThai")] ReportState? state,
        [FromQuery(Name = "q")] string? q,
        int page = 1,
        CancellationToken cancellationToken = default) =>
        View(await reports.ListAsync(new ReportListQuery(year, kind, state, q), await SeesDraftsAsync(), page, cancellationToken));

    [Authorize(Policies.CanWriteReports)]
    [HttpGet("tao")]
    public async Task<IActionResult> Create(
        [FromQuery(Name = "loai")] ReportKind? kind, [FromQuery(Name = "nam")] int? year, [FromQuery(Name = "quy")] int? quarter, CancellationToken cancellationToken) =>
        View(await reports.CreateFormAsync(kind, year, quarter, cancellationToken));

    [Authorize(Policies.CanWriteReports)]
    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateReportInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await reports.CreateAsync(input, CurrentUser.From(User), cancellationToken) is { } id)
            {
                TempData.SetStatus("Đã tạo dự thảo báo cáo. Số liệu được tổng hợp từ dữ liệu trong thời gian chốt; vui lòng hoàn thiện phần đánh giá.");
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError("Input.PlanId", "Không tìm thấy kế hoạch đã chọn.");
        }

        return View(await reports.CreateFormAsync(input, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var details = await reports.DetailsAsync(id, cancellationToken);
        return await ShowAsync(details, details);
    }

    [Authorize(Policies.CanWriteReports)]
    [HttpPost("{id:int}")]
    public async Task<IActionResult> Details(int id, [Bind(Prefix = "Text")] ReportTextInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await reports.SaveTextAsync(id, input, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result, stamp => input.ConcurrencyStamp = stamp, prefix: "Text"))
            {
                TempData.SetStatus("Đã lưu dự thảo báo cáo.");
                return RedirectToAction(nameof(Details), new { id });
            }
        }

        var details = await reports.DetailsAsync(id, cancellationToken);
        return details is null ? NotFound() : View(details with { Text = input });
    }

    [Authorize(Policies.CanWriteReports)]
    [HttpPost("{id:int}/trinh")]
    public async Task<IActionResult> Submit(int id, Guid concurrencyStamp, CancellationToken cancellationToken) =>
        await AfterAsync(id, await reports.SubmitAsync(id, concurrencyStamp, CurrentUser.From(User), cancellationToken), "Đã trình báo cáo lên Lãnh đạo Sở. Lãnh đạo Sở đã được thông báo.", cancellationToken);

    /// <summary>"Đề xuất lại nội dung": the narrative proposed again from the figures as they are now.</summary>
    [Authorize(Policies.CanWriteReports)]
    [HttpPost("{id:int}/de-xuat-lai")]
    public async Task<IActionResult> ProposeAgain(int id, Guid concurrencyStamp, bool replaceEdited, CancellationToken cancellationToken)
    {
        var result = await reports.ProposeAgainAsync(id, concurrencyStamp, replaceEdited, cancellationToken);
        var done = "Đã đề xuất lại nội dung theo số liệu hiện tại." + (result.Kept.Count == 0
            ? ""
            : $" Giữ nguyên phần Văn phòng đã sửa: {string.Join(", ", result.Kept.Select(ReportNarrative.NameOf))}; vui lòng kiểm tra lại số liệu nêu trong các phần này.");
        return await AfterAsync(id, result.Outcome, done, cancellationToken);
    }

    [Authorize(Policies.CanApproveReports)]
    [HttpPost("{id:int}/phe-duyet")]
    public async Task<IActionResult> Decide(int id, [Bind(Prefix = "Verdict")] ReportDecisionInput verdict, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var details = await reports.DetailsAsync(id, cancellationToken);
            return details is null ? NotFound() : View(nameof(Details), details with { Verdict = verdict });
        }

        var result = await reports.DecideAsync(id, verdict, CurrentUser.From(User), cancellationToken);
        if (result is { Status: SaveStatus.Refused, Field.Length: > 0 })
        {
            ModelState.Saved(result, prefix: "Verdict");
            var details = await reports.DetailsAsync(id, cancellationToken);
            return details is null ? NotFound() : View(nameof(Details), details with { Verdict = verdict });
        }

        return await AfterAsync(id, result, verdict.IsReturn
            ? "Đã trả lại báo cáo cho Văn phòng kèm ý kiến. Văn phòng Sở đã được thông báo."
            : $"Đã phê duyệt. Báo cáo được ban hành với số {ReportService.FormatNumber(verdict.Number!.Value)} ngày {DateInput.Show(verdict.IssuedOn)}; Văn phòng Sở đã được thông báo.", cancellationToken);
    }

    [Authorize(Policies.CanWriteReports)]
    [HttpPost("{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var outcome = await reports.DeleteAsync(id, concurrencyStamp, cancellationToken);
        if (outcome.IsSaved)
        {
            TempData.SetStatus("Đã xóa dự thảo báo cáo.");
            return RedirectToAction(nameof(Index));
        }

        return await AfterAsync(id, outcome, "", cancellationToken);
    }

    /// <summary>The print view: the document alone, in the layout of Decree 30/2020, for the browser to print on A4.</summary>
    [HttpGet("{id:int}/ban-in")]
    public async Task<IActionResult> Print(int id, CancellationToken cancellationToken)
    {
        var found = await reports.DocumentAsync(id, cancellationToken);
        return await ShowAsync(found?.Summary, found is { } f ? new ReportPrintViewModel(f.Summary, f.Document) : null);
    }

    [HttpGet("{id:int}/word")]
    public async Task<IActionResult> Word(int id, CancellationToken cancellationToken)
    {
        var found = await reports.DocumentAsync(id, cancellationToken);
        return await DownloadAsync(found, d => ReportWordWriter.Write(d), ReportWordWriter.ContentType, ".docx");
    }

    [HttpGet("{id:int}/phu-luc")]
    public async Task<IActionResult> Annex(int id, CancellationToken cancellationToken)
    {
        var found = await reports.DocumentAsync(id, cancellationToken);
        return await DownloadAsync(found, d => ReportSpreadsheetWriter.Write(d), SpreadsheetWriter.ContentType, "-phu-luc.xlsx");
    }

    private async Task<IActionResult> DownloadAsync((ReportSummary Summary, ReportDocument Document)? found, Func<ReportDocument, byte[]> write, string contentType, string suffix)
    {
        if (found is not { } f)
        {
            return NotFound();
        }

        return await MaySeeAsync(f.Summary) ? File(write(f.Document), contentType, f.Summary.FileStem + suffix) : Forbid();
    }

    private async Task<IActionResult> ShowAsync(ReportSummary? summary, object? model) =>
        summary is null || model is null ? NotFound()
        : await MaySeeAsync(summary) ? View(model)
        : Forbid();

    private async Task<IActionResult> ShowAsync(ReportDetailsViewModel? details, object? model) => await ShowAsync(details?.Report, model);

    private async Task<IActionResult> AfterAsync(int id, SaveResult outcome, string done, CancellationToken cancellationToken)
    {
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.Saved:
                TempData.SetStatus(done);
                return RedirectToAction(nameof(Details), new { id });
            case SaveStatus.Refused:
                TempData.SetStatus(outcome.Message);
                return RedirectToAction(nameof(Details), new { id });
            default:
                ModelState.AddModelError(string.Empty, ControllerExtensions.ConflictNotice);
                var details = await reports.DetailsAsync(id, cancellationToken);
                return details is null ? NotFound() : View(nameof(Details), details);
        }
    }

    /// <summary>Issued reports are for every signed-in user; the others only for the Office and the leadership.</summary>
    private async Task<bool> MaySeeAsync(ReportSummary report) => report.State == ReportState.Approved || await SeesDraftsAsync();

    private async Task<bool> SeesDraftsAsync() => (await authorization.AuthorizeAsync(User, Policies.CanViewDraftReports)).Succeeded;
}

public sealed record ReportPrintViewModel(ReportSummary Report, ReportDocument Document);
