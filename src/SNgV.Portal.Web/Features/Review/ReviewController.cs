using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Data;
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
