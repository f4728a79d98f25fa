using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Notifications;

/// <summary>A user's own notifications: the list, the unread count, and marking them read. Nobody reads another's.</summary>
public sealed class NotificationService(PortalDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<NotificationListViewModel> ListAsync(string userId, int requestedPage, CancellationToken cancellationToken = default)
    {
        var mine = db.Notifications.Where(n => n.RecipientId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var page = Paging.ClampPage(requestedPage, total, PageSize);
        var rows = await mine
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationRow(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc == null))
            .ToListAsync(cancellationToken);
        var unread = await UnreadCountAsync(userId, cancellationToken);
        return new NotificationListViewModel(rows, new Paging(page, PageSize, total), unread);
    }

    /// <summary>One COUNT over the (RecipientId, ReadAtUtc) index: cheap enough for every page's navigation.</summary>
    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAtUtc == null, cancellationToken);

    /// <summary>Marks the user's notification read; false when the user has no such notification.</summary>
    public async Task<bool> MarkReadAsync(string userId, long id, CancellationToken cancellationToken = default)
    {
        if (!await db.Notifications.AnyAsync(n => n.Id == id && n.RecipientId == userId, cancellationToken))
        {
            return false;
        }

        await Unread(userId).Where(n => n.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, Now()), cancellationToken);
        return true;
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default) =>
        Unread(userId).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, Now()), cancellationToken);

    /// <summary>Marks the notification read and gives its link (null when it has none), or no result when the user has no such notification.</summary>
    public async Task<OpenedNotification?> OpenAsync(string userId, long id, CancellationToken cancellationToken = default)
    {
        var link = await db.Notifications.Where(n => n.Id == id && n.RecipientId == userId)
            .Select(n => new OpenedNotification(n.Link))
            .SingleOrDefaultAsync(cancellationToken);
        if (link is not null)
        {
            await Unread(userId).Where(n => n.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, Now()), cancellationToken);
        }

        return link;
    }

    private IQueryable<Domain.Notification> Unread(string userId) =>
        db.Notifications.Where(n => n.RecipientId == userId && n.ReadAtUtc == null);

    private DateTime? Now() => clock.GetUtcNow().UtcDateTime;
}

public sealed record OpenedNotification(string? Link);

public sealed record NotificationRow(long Id, string Title, string Body, string? Link, DateTime CreatedAtUtc, bool IsUnread);

public sealed record NotificationListViewModel(IReadOnlyList<NotificationRow> Notifications, Paging Paging, int UnreadCount);
