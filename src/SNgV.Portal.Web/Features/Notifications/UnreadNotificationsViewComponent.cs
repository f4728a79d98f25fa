using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Notifications;

/// <summary>
/// The unread count beside "Thông báo" in the navigation: one COUNT query per page, nothing when all is read.
/// Nothing either when the database cannot be reached, so that the 503 page (and its layout) still renders.
/// </summary>
public sealed class UnreadNotificationsViewComponent(NotificationService notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            return Content(string.Empty);
        }

        try
        {
            var count = await notifications.UnreadCountAsync(userId, HttpContext.RequestAborted);
            return View("~/Features/Notifications/Views/_UnreadBadge.cshtml", count);
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            return Content(string.Empty);
        }
    }
}
