using System.Globalization;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>
/// <c>Reminders:*</c>: the automatic reminders, run once a day at <see cref="RunAtLocalTime"/> (Vietnam time).
/// See docs/configuration.md.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    private static readonly int[] DefaultDueSoonDays = [7, 1];

    public bool Enabled { get; set; } = true;

    /// <summary>"HH:mm", Vietnam time (Asia/Ho_Chi_Minh).</summary>
    public string RunAtLocalTime { get; set; } = "07:30";

    /// <summary>Days before a one-off task's due date at which its lead unit is reminded; unset means 7 and 1.</summary>
    /// <remarks>No default array here: the configuration binder appends to an existing array instead of replacing it.</remarks>
    public int[]? DueSoonDays { get; set; }

    /// <summary>How many days before the end of a reporting period units without an update are reminded.</summary>
    public int PeriodEndDays { get; set; } = 7;

    /// <summary>The configured thresholds, largest first, without repeats.</summary>
    public IReadOnlyList<int> DueSoonThresholds =>
        (DueSoonDays is { Length: > 0 } days ? days : DefaultDueSoonDays).Distinct().OrderDescending().ToArray();

    public TimeOnly RunAt => ParseRunAt(RunAtLocalTime) ?? new TimeOnly(7, 30);

    public static TimeOnly? ParseRunAt(string? value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}

/// <summary>The date rules of the automatic reminders, free of the database and the clock.</summary>
public static class ReminderRules
{
    /// <summary>
    /// The threshold whose window holds a task due in <paramref name="daysLeft"/> days: with thresholds 7 and 1,
    /// 2–7 days belong to 7 and 0–1 to 1. A window rather than an exact day, so that a day the portal did not run
    /// (stopped, or the job failed) delays a reminder instead of losing it; the deduplication key per threshold
    /// keeps it to one reminder per window. Null when the task is further off than the largest threshold or overdue.
    /// </summary>
    public static int? DueSoonThreshold(int daysLeft, IReadOnlyList<int> thresholds)
    {
        int? match = null;
        foreach (var threshold in thresholds)
        {
            if (daysLeft >= 0 && daysLeft <= threshold && (match is null || threshold < match))
            {
                match = threshold;
            }
        }

        return match;
    }

    /// <summary>The next instant the daily run is due: today at <paramref name="runAt"/> Vietnam time if still ahead, else tomorrow.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly runAt)
    {
        var local = TimeZoneInfo.ConvertTime(now, Infrastructure.VietnamTime.Zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var candidate = AtLocal(today, runAt);
        return candidate > now ? candidate : AtLocal(today.AddDays(1), runAt);
    }

    /// <summary>Whether today's run time has come (so a portal started later in the day still runs today).</summary>
    public static bool IsDue(DateTimeOffset now, TimeOnly runAt)
    {
        var local = TimeZoneInfo.ConvertTime(now, Infrastructure.VietnamTime.Zone);
        return AtLocal(DateOnly.FromDateTime(local.DateTime), runAt) <= now;
    }

    private static DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Infrastructure.VietnamTime.Zone.GetUtcOffset(local));
    }
}
