using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Overview;

/// <summary>"Theo dõi tiến độ": the Office's and the leadership's picture of the plan.</summary>
[Authorize(Policies.CanViewOverview)]
[Route("theo-doi")]
public sealed class OverviewController(OverviewService overview) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OverviewFilter filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            filter = new OverviewFilter();
        }

        var model = await overview.BuildAsync(filter, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
