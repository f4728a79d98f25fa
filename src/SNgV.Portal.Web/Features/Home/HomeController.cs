using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Home;

[AllowAnonymous, Bilingual]
public sealed class HomeController(PlanReadService plans) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await plans.CurrentSummaryAsync(cancellationToken));
}
