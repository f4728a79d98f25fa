using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Audit;

/// <summary>The audit log (nhật ký thay đổi): who changed what in the plans, tasks and updates, and when.</summary>
[Authorize(Policies.CanViewAudit)]
[Route("nhat-ky")]
/// <remarks>Filters that fail validation are reported beside their field and left out of the query.</remarks>
public sealed class AuditController(AuditLogService audit, TimeProvider clock) : Controller
{
    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export(AuditQuery query, CancellationToken cancellationToken) =>
        ListExport.File("nhat-ky-thay-doi", "NHẬT KÝ THAY ĐỔI DỮ LIỆU", AuditRow.Columns,
            await audit.ExportAsync(query, cancellationToken), clock.GetUtcNow().UtcDateTime);

    [HttpGet("")]
    public async Task<IActionResult> Index(AuditQuery query, CancellationToken cancellationToken) =>
        View(await audit.ListAsync(query, cancellationToken));
}
