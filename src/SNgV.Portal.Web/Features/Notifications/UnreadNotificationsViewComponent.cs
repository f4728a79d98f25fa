using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace SNgV.Portal.Web.Features.Notifications;

/// <summary>The unread count beside "Thông báo" in the navigation: one COUNT query per page, nothing when all is read.</summary>
public sealed class UnreadNotificationsViewComponent(NotificationService notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var count = userId is null ? 0 : await notifications.UnreadCountAsync(userId, HttpContext.RequestAborted);
        return View("~/Features/Notifications/Views/_UnreadBadge.cshtml", count);
    }
}
