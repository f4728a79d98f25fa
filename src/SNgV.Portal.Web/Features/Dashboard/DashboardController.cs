using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace SNgV.Portal.Web.Features.Dashboard;

[Authorize]
[Route("tong-quan")]
public sealed class DashboardController(DashboardService dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.BuildAsync(User, cancellationToken));
}
