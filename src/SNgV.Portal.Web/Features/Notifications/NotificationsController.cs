using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Notifications;

/// <summary>Every signed-in user's notifications (thông báo): read them, mark them read, follow their link.</summary>
[Authorize]
[Route(ListPath)]
public sealed class NotificationsController(NotificationService notifications) : Controller
{
    public const string ListPath = "thong-bao";

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await notifications.ListAsync(UserId, page, cancellationToken));

    [HttpPost("{id:long}/da-doc")]
    public async Task<IActionResult> MarkRead(long id, int page = 1)
    {
        if (!await notifications.MarkReadAsync(UserId, id))
        {
            return NotFound();
        }

        return ToList(page);
    }

    [HttpPost("da-doc-tat-ca")]
    public async Task<IActionResult> MarkAllRead()
    {
        var count = await notifications.MarkAllReadAsync(UserId);
        TempData.SetStatus(count == 0 ? "Không có thông báo nào chưa đọc." : $"Đã đánh dấu {count} thông báo là đã đọc.");
        return ToList(1);
    }

    /// <summary>Marks the notification read and follows its link, which must stay on this site.</summary>
    [HttpPost("{id:long}/mo")]
    public async Task<IActionResult> Open(long id, int page = 1)
    {
        var opened = await notifications.OpenAsync(UserId, id);
        if (opened is null)
        {
            return NotFound();
        }

        if (opened.Link is { } link && Url.IsLocalUrl(link))
        {
            return LocalRedirect(link);
        }

        TempData.SetStatus(opened.Link is null
            ? "Đã đánh dấu thông báo là đã đọc."
            : "Liên kết của thông báo không trỏ tới Cổng thông tin nên không được mở. Thông báo đã được đánh dấu là đã đọc.");
        return ToList(page);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private RedirectToActionResult ToList(int page) => RedirectToAction(nameof(Index), page > 1 ? new { page } : null);
}
