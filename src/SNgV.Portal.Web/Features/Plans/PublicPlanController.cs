using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Plans;

/// <summary>The public page of the current plan and how far each task has come (plan section II.3: openness).</summary>
[AllowAnonymous, Bilingual]
public sealed class PublicPlanController(PlanReadService plans, TimeProvider clock) : Controller
{
    [HttpGet("/ke-hoach")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var summary = await plans.CurrentSummaryAsync(cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        var areas = await plans.PublicProgressAsync(summary.Id, cancellationToken);
        return View(new PublicPlanViewModel(summary, areas, VietnamTime.Today(clock)));
    }
}

public sealed record PublicPlanViewModel(PlanSummary Plan, IReadOnlyList<PublicAreaProgress> Areas, DateOnly Today);
