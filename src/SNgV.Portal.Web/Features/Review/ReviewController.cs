using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Review;

/// <summary>"Duyệt báo cáo": the Office accepts submitted updates or returns them with a comment.</summary>
[Authorize(Policies.CanReviewProgress)]
[Route("duyet-bao-cao")]
public sealed class ReviewController(ReviewService reviews) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await reviews.QueueAsync(page, cancellationToken));

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
            var outcome = await reviews.DecideAsync(id, input, CurrentUser.From(User), cancellationToken);
            switch (outcome)
            {
                case ReviewOutcome.NotFound:
                    return NotFound();
                case ReviewOutcome.Done:
                    TempData.SetStatus(input.IsReturn ? "Đã trả lại báo cáo cho đơn vị." : "Đã duyệt báo cáo.");
                    return RedirectToAction(nameof(Index));
                case ReviewOutcome.AlreadyReviewed:
                    TempData.SetStatus("Báo cáo này đã được xử lý trước đó.");
                    return RedirectToAction(nameof(Index));
                default:
                    ModelState.AddModelError(string.Empty, "Báo cáo vừa được thay đổi. Vui lòng xem lại nội dung mới nhất rồi quyết định.");
                    break;
            }
        }

        var review = await reviews.GetAsync(id, cancellationToken);
        return review is null ? NotFound() : View(review with { Input = input });
    }
}
