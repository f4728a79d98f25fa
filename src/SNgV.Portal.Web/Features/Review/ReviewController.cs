using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Review;

/// <summary>"Duyệt báo cáo": the Office accepts submitted updates or returns them with a comment.</summary>
[Authorize(Policies.CanReviewProgress)]
[Route("duyet-bao-cao")]
public sealed class ReviewController(ReviewService reviews, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewQueueQuery query, CancellationToken cancellationToken) =>
        View(await reviews.QueueAsync(ModelState.IsValid ? query : new ReviewQueueQuery(), cancellationToken));

    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export(ReviewQueueQuery query, CancellationToken cancellationToken) =>
        ListExport.File("duyet-bao-cao", "DANH SÁCH BÁO CÁO TIẾN ĐỘ CHỜ DUYỆT", ReviewQueueRow.Columns,
            await reviews.ExportAsync(ModelState.IsValid ? query : new ReviewQueueQuery(), cancellationToken), clock.GetUtcNow().UtcDateTime);

    /// <summary>"Chấp nhận các báo cáo đã chọn": each ticked update accepted on its own; those dealt with meanwhile are named, not overwritten.</summary>
    [HttpPost("chap-nhan")]
    public async Task<IActionResult> AcceptAll([Bind(Prefix = "Input")] BulkAcceptInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData.SetStatus(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct()));
            return Redirect(BackToQueue());
        }

        var result = await reviews.AcceptAllAsync(input.Parsed(), CurrentUser.From(User), cancellationToken);
        var message = $"Đã chấp nhận {result.Accepted} báo cáo.";
        if (result.Stale.Count > 0)
        {
            message += $" {result.Stale.Count} báo cáo không được chấp nhận vì đã được xử lý hoặc thay đổi sau khi trang được mở: {string.Join(", ", result.Stale)}. Vui lòng xem lại các báo cáo này.";
        }

        TempData.SetStatus(message);
        return Redirect(BackToQueue());
    }

    /// <summary>The queue with the filters it was posted from (its own path only, never another site).</summary>
    private string BackToQueue() =>
        Url.Action(nameof(Index))! + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(
            Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Request.Form["returnQuery"].ToString())
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))).ToQueryString();

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var review = await reviews.GetAsync(id, cancellationToken);
        return review is null ? NotFound() : View(review);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Details(int id, [Bind(Prefix = "Input")] ReviewInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await reviews.DecideAsync(id, input, CurrentUser.From(User), cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (result.Status == SaveStatus.Refused)
            {
                TempData.SetStatus(result.Message);
                return RedirectToAction(nameof(Index));
            }

            if (ModelState.Saved(result))
            {
                TempData.SetStatus(input.IsReturn ? "Đã trả lại báo cáo cho đơn vị." : "Đã duyệt báo cáo.");
                return RedirectToAction(nameof(Index));
            }
        }

        var review = await reviews.GetAsync(id, cancellationToken);
        return review is null ? NotFound() : View(review with { Input = input });
    }
}
