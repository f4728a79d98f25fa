using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Notifications;

/// <summary>
/// Adds in-portal notifications to the caller's unit of work (saved with the caller's SaveChanges, so a
/// notification exists exactly when what it announces does).
/// </summary>
public sealed class NotificationWriter(PortalDbContext db, TimeProvider clock)
{
    public void ToUsers(IEnumerable<string> userIds, string title, string body, string? link, int? reminderId = null, int? reportId = null, int? progressUpdateId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var userId in userIds.Distinct())
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = userId,
                Title = title,
                Body = body,
                Link = link,
                ReminderId = reminderId,
                ReportId = reportId,
                ProgressUpdateId = progressUpdateId,
                CreatedAtUtc = now,
            });
        }
    }

    /// <summary>
    /// Marks read, in the caller's unit of work, the notices about a report that are still unread: the step they
    /// announced has been taken (a report waiting for approval has been decided, a returned one resubmitted).
    /// </summary>
    public async Task ResolveReportNoticesAsync(int reportId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notice in await db.Notifications.Where(n => n.ReportId == reportId && n.ReadAtUtc == null).ToListAsync(cancellationToken))
        {
            notice.ReadAtUtc = now;
        }
    }

    /// <summary>
    /// Marks read, in the caller's unit of work, every still unread notice about a progress update, whoever holds
    /// it: the step it announced has been taken (an update waiting for review has been accepted or returned, a
    /// returned one sent again).
    /// </summary>
    public async Task ResolveUpdateNoticesAsync(int progressUpdateId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notice in await db.Notifications.Where(n => n.ProgressUpdateId == progressUpdateId && n.ReadAtUtc == null).ToListAsync(cancellationToken))
        {
            notice.ReadAtUtc = now;
        }
    }

    /// <summary>
    /// The active staff accounts (<see cref="Roles.Staff"/>) of several units, and <paramref name="alsoUserId"/> if it
    /// is active, with what an e-mail needs, in one query: the people who report for a unit, not the Leadership, the
    /// Administrator or the Office whose accounts happen to sit in it.
    /// </summary>
    public async Task<List<NotificationRecipient>> ActiveStaffOfUnitsAsync(IEnumerable<int> unitIds, string? alsoUserId = null, CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        var staff = InRole(Roles.Staff);
        return await db.Users.Where(u => !u.IsDisabled && ((ids.Contains(u.UnitId) && staff.Contains(u.Id)) || u.Id == alsoUserId))
            .OrderBy(u => u.FullName)
            .Select(u => new NotificationRecipient(u.Id, u.UnitId, u.FullName, u.Email))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The active accounts that hold <paramref name="role"/>.</summary>
    public async Task<List<string>> ActiveUsersInRoleAsync(string role, CancellationToken cancellationToken = default) =>
        await (from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               where r.Name == role && !u.IsDisabled
               select u.Id).ToListAsync(cancellationToken);

    /// <summary>The active accounts that hold <paramref name="role"/>, and <paramref name="alsoUserId"/> if it is active, with what an e-mail needs.</summary>
    public async Task<List<NotificationRecipient>> ActiveRecipientsInRoleAsync(string role, string? alsoUserId = null, CancellationToken cancellationToken = default)
    {
        var inRole = InRole(role);
        return await db.Users.Where(u => !u.IsDisabled && (inRole.Contains(u.Id) || u.Id == alsoUserId))
            .OrderBy(u => u.FullName)
            .Select(u => new NotificationRecipient(u.Id, u.UnitId, u.FullName, u.Email))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<string> InRole(string role) =>
        from ur in db.UserRoles
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select ur.UserId;
}

/// <summary>An account that receives notifications; <see cref="Email"/> is empty when it has no address.</summary>
public sealed record NotificationRecipient(string UserId, int UnitId, string FullName, string? Email);
