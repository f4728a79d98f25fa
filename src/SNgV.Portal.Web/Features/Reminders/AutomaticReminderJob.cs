using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Notifications;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>
/// The daily automatic reminders, for one business date:
/// <list type="bullet">
/// <item>due soon: a one-off, unfinished task of an active plan whose due date falls within a <c>Reminders:DueSoonDays</c>
/// window (see <see cref="ReminderRules.DueSoonThreshold"/>) → one reminder to its lead unit per task and window;</item>
/// <item>period ending: a task of an active plan of this year whose current reporting period ends within
/// <c>Reminders:PeriodEndDays</c> days and has no submitted or accepted update for that period → one reminder per
/// lead unit and period end date, listing its tasks.</item>
/// </list>
/// Every reminder carries a deduplication key, so running the job again, or on two instances at once, sends nothing twice.
/// A fixed number of queries whatever the number of tasks: one for due dates, one per reporting frequency, one for
/// the keys already used, one for the recipients; then one short transaction per new reminder.
/// </summary>
public sealed class AutomaticReminderJob(
    PortalDbContext db,
    NotificationWriter notifications,
    ReminderDelivery delivery,
    IOptions<ReminderOptions> options,
    ILogger<AutomaticReminderJob> logger)
{
    private const int TitleInMessage = 200;

    /// <summary>Sends what is due on <paramref name="today"/>; returns how many reminders this run sent.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var drafts = new List<ReminderDraft>();
        drafts.AddRange(await DueSoonAsync(today, settings.DueSoonThresholds, cancellationToken));
        drafts.AddRange(await PeriodEndingAsync(today, settings.PeriodEndDays, cancellationToken));
        if (drafts.Count == 0)
        {
            return 0;
        }

        // Most days most keys were used by an earlier run: skip those without a failed insert each. The unique
        // index still decides when two runs race.
        var keys = drafts.Select(d => d.DeduplicationKey!).ToList();
        var used = await db.Reminders.Where(r => r.DeduplicationKey != null && keys.Contains(r.DeduplicationKey))
            .Select(r => r.DeduplicationKey!)
            .ToListAsync(cancellationToken);
        var fresh = drafts.Where(d => !used.Contains(d.DeduplicationKey!)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        var recipients = (await notifications.ActiveStaffOfUnitsAsync(fresh.Select(d => d.UnitId), cancellationToken: cancellationToken))
            .ToLookup(r => r.UnitId);
        var sent = 0;
        foreach (var draft in fresh)
        {
            if (await delivery.DeliverAsync(draft, recipients[draft.UnitId].ToList(), cancellationToken) is not null)
            {
                sent++;
            }
        }

        logger.LogInformation("Đôn đốc tự động ngày {Date:dd/MM/yyyy}: đã gửi {Sent} lời nhắc mới.", today, sent);
        return sent;
    }

    private IQueryable<PlanTask> FollowedTasks() =>
        db.PlanTasks.Where(t => !t.IsArchived && t.SolutionArea!.Plan!.Status == PlanStatus.Active);

    private async Task<List<ReminderDraft>> DueSoonAsync(DateOnly today, IReadOnlyList<int> thresholds, CancellationToken cancellationToken)
    {
        if (thresholds.Count == 0)
        {
            return [];
        }

        var horizon = today.AddDays(thresholds.Max());
        var tasks = await FollowedTasks()
            .Where(t => t.Schedule == TaskSchedule.OneOff && t.CurrentPercent < 100 && t.EffectiveDueOn >= today && t.EffectiveDueOn <= horizon)
            .Select(t => new
            {
                Line = new ReminderTaskLine(t.Id, t.SolutionArea!.Number, t.Number, t.Title),
                t.LeadUnitId,
                UnitName = t.LeadUnit!.Name,
                t.EffectiveDueOn,
                t.CurrentPercent,
            })
            .ToListAsync(cancellationToken);

        var drafts = new List<ReminderDraft>();
        foreach (var task in tasks)
        {
            var daysLeft = task.EffectiveDueOn.DayNumber - today.DayNumber;
            if (ReminderRules.DueSoonThreshold(daysLeft, thresholds) is not { } threshold)
            {
                continue;
            }

            var when = daysLeft == 0 ? "hôm nay" : $"còn {daysLeft} ngày";
            var message =
                $"Nhiệm vụ {task.Line.Code} \"{FieldLengths.Shorten(task.Line.Title, TitleInMessage)}\" do {task.UnitName} chủ trì "
                + $"có thời hạn hoàn thành ngày {task.EffectiveDueOn:dd/MM/yyyy} ({when}); kết quả được duyệt gần nhất đạt {task.CurrentPercent}%. "
                + "Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả thực hiện trên Cổng thông tin.";
            drafts.Add(new ReminderDraft(
                task.LeadUnitId,
                task.UnitName,
                ReminderKind.DueSoon,
                $"Nhiệm vụ {task.Line.Code} sắp đến hạn ({task.EffectiveDueOn:dd/MM/yyyy})",
                message,
                null,
                $"due:{task.Line.Id}:{task.EffectiveDueOn:yyyy-MM-dd}:{threshold}",
                [task.Line]));
        }

        return drafts;
    }

    private async Task<List<ReminderDraft>> PeriodEndingAsync(DateOnly today, int periodEndDays, CancellationToken cancellationToken)
    {
        var ending = Enum.GetValues<ReportingFrequency>()
            .Select(f => ReportingPeriod.Containing(today, f))
            .Where(p => p.End.DayNumber - today.DayNumber <= periodEndDays)
            .ToList();

        var found = new List<(ReportingPeriod Period, int UnitId, string UnitName, ReminderTaskLine Line)>();
        foreach (var period in ending)
        {
            var (start, end, frequency) = (period.Start, period.End, period.Frequency);
            var tasks = FollowedTasks().Where(t => t.SolutionArea!.Plan!.Year == today.Year
                && !(t.Schedule == TaskSchedule.OneOff && t.CurrentPercent >= 100)
                && !t.Updates.Any(u => u.PeriodStart <= end && u.PeriodEnd >= start
                    && (u.State == ProgressUpdateState.Submitted || u.State == ProgressUpdateState.Accepted)));
            tasks = frequency == ReportingPeriod.FrequencyOf(null)
                ? tasks.Where(t => t.ReportingFrequency == null || t.ReportingFrequency == frequency)
                : tasks.Where(t => t.ReportingFrequency == frequency);

            var rows = await tasks
                .Select(t => new { t.LeadUnitId, UnitName = t.LeadUnit!.Name, Line = new ReminderTaskLine(t.Id, t.SolutionArea!.Number, t.Number, t.Title) })
                .ToListAsync(cancellationToken);
            found.AddRange(rows.Select(r => (period, r.LeadUnitId, r.UnitName, r.Line)));
        }

        // One reminder per unit and period end: a monthly, a quarterly and a yearly period ending on 31/12 make one message.
        return found
            .GroupBy(f => (f.UnitId, f.Period.End))
            .Select(g =>
            {
                var periods = string.Join(", ", g.Select(f => f.Period.Label).Distinct());
                var tasks = g.Select(f => f.Line).DistinctBy(l => l.Id).OrderBy(l => l.AreaNumber).ThenBy(l => l.Number).ToList();
                var unitName = g.First().UnitName;
                var message =
                    $"Kỳ báo cáo {periods} kết thúc ngày {g.Key.End:dd/MM/yyyy}. {unitName} chưa gửi báo cáo tiến độ cho kỳ này "
                    + $"đối với {tasks.Count} nhiệm vụ do đơn vị chủ trì nêu dưới đây. Đề nghị đơn vị cập nhật và gửi báo cáo "
                    + "trên Cổng thông tin trước khi hết kỳ.";
                return new ReminderDraft(
                    g.Key.UnitId,
                    unitName,
                    ReminderKind.PeriodEnding,
                    $"Sắp hết kỳ báo cáo {periods}: {tasks.Count} nhiệm vụ chưa có báo cáo",
                    message,
                    null,
                    $"period:{g.Key.UnitId}:{g.Key.End:yyyy-MM-dd}",
                    tasks);
            })
            .ToList();
    }
}
