using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>"Chỉ số PCI": the province's record, where points are lost, and the tasks aimed at each sub-index.</summary>
[Authorize(Policies.CanViewPci)]
[Route("pci")]
public sealed class PciDashboardController(PciDashboardService dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "nam")] int? year, [FromQuery(Name = "chiSo")] int? subIndex, CancellationToken cancellationToken) =>
        View(await dashboard.BuildAsync(year, subIndex, cancellationToken));
}
