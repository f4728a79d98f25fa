using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Mail;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>A task as a reminder names it: "II.3.2" and its title.</summary>
public sealed record ReminderTaskLine(int Id, int AreaNumber, int Number, string Title)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);
}

/// <summary>A reminder about to be sent, manual or automatic.</summary>
public sealed record ReminderDraft(
    int UnitId,
    string UnitName,
    ReminderKind Kind,
    string Title,
    string Message,
    string? SentById,
    string? DeduplicationKey,
    IReadOnlyList<ReminderTaskLine> Tasks);

public sealed record DeliveryResult(int Recipients, int Emails);

/// <summary>
/// Sends a reminder the same way whoever starts it: the <see cref="Reminder"/>, its tasks and one notification per
/// recipient (the unit's active staff) are saved in one transaction, then each recipient with an address gets an e-mail.
/// </summary>
public sealed class ReminderDelivery(
    PortalDbContext db,
    NotificationWriter notifications,
    MailSender mail,
    PortalAddress address,
    TimeProvider clock,
    LinkGenerator links,
    ILogger<ReminderDelivery> logger)
{
    /// <summary>
    /// Sends <paramref name="draft"/> to <paramref name="recipients"/>. Returns null, having sent nothing, when a
    /// reminder with the same deduplication key exists already (another run or another instance sent it).
    /// </summary>
    public async Task<DeliveryResult?> DeliverAsync(ReminderDraft draft, IReadOnlyList<NotificationRecipient> recipients, CancellationToken cancellationToken = default)
    {
        if (!await RecordAsync(draft, recipients, cancellationToken))
        {
            return null;
        }

        var url = address.Of(Link(draft));
        var mails = recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email))
            .Select(r => new OutgoingMail(r.Email!, r.FullName, draft.Title, MailBody(r, draft, url)))
            .ToList();
        await mail.SendAsync(mails);
        return new DeliveryResult(recipients.Count, mails.Count);
    }

    private async Task<bool> RecordAsync(ReminderDraft draft, IReadOnlyList<NotificationRecipient> recipients, CancellationToken cancellationToken)
    {
        var reminder = new Reminder
        {
            UnitId = draft.UnitId,
            Kind = draft.Kind,
            Message = draft.Message,
            SentById = draft.SentById,
            DeduplicationKey = draft.DeduplicationKey,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Tasks = draft.Tasks.Select(t => new ReminderTask { PlanTaskId = t.Id }).ToList(),
        };

        try
        {
            // The reminder first: its unique deduplication key is what stops a second copy.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Reminders.Add(reminder);
                await db.SaveChangesAsync(cancellationToken);
                notifications.ToUsers(recipients.Select(r => r.UserId), draft.Title, NotificationBody(draft), Link(draft), reminder.Id);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
            return true;
        }
        catch (DbUpdateException exception) when (draft.DeduplicationKey is { } key && UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            if (await db.Reminders.AnyAsync(r => r.DeduplicationKey == key, cancellationToken))
            {
                logger.LogInformation("Lời nhắc {Key} đã được gửi trước đó (lượt chạy khác); bỏ qua.", key);
                return false;
            }

            throw;
        }
    }

    /// <summary>The task page for one task, the task list for several.</summary>
    private string Link(ReminderDraft draft) => draft.Tasks.Count == 1
        ? links.PathTo("Details", "UnitTasks", new { id = draft.Tasks[0].Id })
        : links.PathTo("Index", "UnitTasks");

    /// <summary>The message and the tasks it is about, within the notification's length limit.</summary>
    public static string NotificationBody(ReminderDraft draft) =>
        FieldLengths.Shorten($"{draft.Message}\n\n{TaskList(draft.Tasks)}", FieldLengths.LongText);

    private static string MailBody(NotificationRecipient recipient, ReminderDraft draft, string url) =>
        NoticeLetter.Write(
            $"{recipient.FullName} ({draft.UnitName})",
            [draft.Message, TaskList(draft.Tasks)],
            draft.Tasks.Count == 1 ? "Xem nhiệm vụ và cập nhật tiến độ thực hiện" : "Xem các nhiệm vụ của đơn vị và cập nhật tiến độ thực hiện",
            url);

    private static string TaskList(IReadOnlyList<ReminderTaskLine> tasks) =>
        (tasks.Count == 1 ? "Nhiệm vụ:\n" : $"Các nhiệm vụ ({tasks.Count}):\n")
        + string.Join("\n", tasks.Select(t => $"- {t.Code}. {FieldLengths.Shorten(t.Title, 300)}"));
}
