using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>"Thống kê hồ sơ": per procedure and period, how the department kept its deadlines (Văn phòng, Lãnh đạo).</summary>
[Authorize(Policies.CanViewOverview)]
[Route("mot-cua/thong-ke")]
public sealed class DossierStatisticsController(DossierService dossiers, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "tu")] DateOnly? from, [FromQuery(Name = "den")] DateOnly? to, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (start > end)
        {
            (start, end) = (end, start);
        }

        return View("Statistics", await dossiers.StatisticsAsync(start, end, cancellationToken));
    }
}
