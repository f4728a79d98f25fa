namespace SNgV.Portal.Web.Domain;

/// <summary>Where a task stands against time, computed from dates (not reported by the unit).</summary>
public enum ScheduleStatus
{
    OnTrack = 0,
    AtRisk = 1,
    Late = 2,
    Completed = 3,
}

/// <summary>
/// The rule the overview uses: a task is late when its due date has passed before it reached 100 %; a one-off task
/// is at risk when the time elapsed since the start of the plan's year, as a share of the time to its due date,
/// exceeds the accepted percent by more than <see cref="TolerancePoints"/> points; otherwise on track.
/// </summary>
/// <remarks>
/// A recurring task (thường xuyên) is never "at risk": its percent says how much of the year's routine is done,
/// not how close a deliverable is, so what the Office chases there is the missing period report, not the
/// calendar. With a tolerance of a quarter of the time, a year-long task still at 0 % is flagged only from early April,
/// once the first quarter's reports are in; with 10 points, 19 of 20 tasks were flagged eight weeks into the year.
/// </remarks>
public static class TaskSchedulePolicy
{
    public const int TolerancePoints = 25;

    public static DateOnly PlanStart(int planYear) => new(planYear, 1, 1);

    public static DateOnly EffectiveDue(TaskSchedule schedule, DateOnly? dueOn, int planYear) =>
        schedule == TaskSchedule.OneOff && dueOn is { } due ? due : new DateOnly(planYear, 12, 31);

    /// <summary>
    /// The first day on which a task of the plan of <paramref name="planYear"/>, due on <paramref name="effectiveDue"/>,
    /// counts as at risk at <paramref name="percent"/>; null for a recurring or complete task.
    /// </summary>
    public static DateOnly? AtRiskFrom(TaskSchedule schedule, DateOnly effectiveDue, int planYear, int percent)
    {
        if (schedule == TaskSchedule.Recurring)
        {
            return null;
        }

        var start = PlanStart(planYear);
        return AtRiskFrom(start < effectiveDue ? start : effectiveDue.AddDays(-1), effectiveDue, percent);
    }

    /// <summary>The first day on which a one-off task at <paramref name="percent"/> counts as at risk; null once complete.</summary>
    public static DateOnly? AtRiskFrom(DateOnly start, DateOnly due, int percent)
    {
        if (percent >= 100)
        {
            return null;
        }

        var span = due.DayNumber - start.DayNumber;
        if (span <= 0)
        {
            return start;
        }

        var allowedShare = Math.Min(100, percent + TolerancePoints) / 100.0;
        var lastSafeDay = start.AddDays((int)Math.Floor(span * allowedShare));
        return lastSafeDay >= due ? null : lastSafeDay.AddDays(1);
    }

    public static ScheduleStatus Classify(int percent, DateOnly effectiveDue, DateOnly? atRiskFrom, DateOnly today) =>
        percent >= 100 ? ScheduleStatus.Completed
        : today > effectiveDue ? ScheduleStatus.Late
        : atRiskFrom is { } from && from <= today ? ScheduleStatus.AtRisk
        : ScheduleStatus.OnTrack;

    /// <summary>Brings the task's stored dates in line with its schedule, percent and plan year.</summary>
    public static void Apply(PlanTask task, int planYear)
    {
        task.EffectiveDueOn = EffectiveDue(task.Schedule, task.DueOn, planYear);
        task.AtRiskFrom = AtRiskFrom(task.Schedule, task.EffectiveDueOn, planYear, task.CurrentPercent);
    }
}
