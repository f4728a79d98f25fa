using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// The count beside "Báo cáo định kỳ" in the leadership's navigation: the reports waiting for their approval, one
/// COUNT query per page. Nothing for other roles, when nothing waits, or when the database cannot be reached.
/// </summary>
public sealed class WaitingReportsViewComponent(ReportService reports) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!UserClaimsPrincipal.IsInRole(Roles.Leadership) || HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            return Content(string.Empty);
        }

        try
        {
            return View("~/Features/Reports/Views/_WaitingBadge.cshtml", await reports.WaitingCountAsync(HttpContext.RequestAborted));
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            return Content(string.Empty);
        }
    }
}
