using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Overview;

/// <summary>"Theo dõi tiến độ": the Office's and the leadership's picture of the plan.</summary>
[Authorize(Policies.CanViewOverview)]
[Route("theo-doi")]
public sealed class OverviewController(OverviewService overview, TimeProvider clock) : Controller
{
    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export(OverviewFilter filter, CancellationToken cancellationToken)
    {
        var found = await overview.ExportAsync(ModelState.IsValid ? filter : new OverviewFilter(), cancellationToken);
        return found is not { } list ? NotFound()
            : ListExport.File("theo-doi-tien-do", $"TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH {list.PlanNumber}", OverviewTaskRow.Columns(list.Today), list.Rows,
                clock.GetUtcNow().UtcDateTime, $"Số liệu đến ngày {list.Today:dd/MM/yyyy}");
    }

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
