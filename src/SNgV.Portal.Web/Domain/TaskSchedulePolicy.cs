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
/// The rule the overview uses: a task is late when its due date has passed before it reached 100 %; at risk
/// when the time elapsed since the start of the plan's year, as a share of the time to the due date, exceeds
/// the accepted percent by more than <see cref="TolerancePoints"/> points; otherwise on track.
/// </summary>
public static class TaskSchedulePolicy
{
    public const int TolerancePoints = 10;

    public static DateOnly PlanStart(int planYear) => new(planYear, 1, 1);

    public static DateOnly EffectiveDue(TaskSchedule schedule, DateOnly? dueOn, int planYear) =>
        schedule == TaskSchedule.OneOff && dueOn is { } due ? due : new DateOnly(planYear, 12, 31);

    /// <summary>The first day on which a task at <paramref name="percent"/> counts as at risk; null once complete.</summary>
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
        var start = PlanStart(planYear);
        task.AtRiskFrom = AtRiskFrom(start < task.EffectiveDueOn ? start : task.EffectiveDueOn.AddDays(-1), task.EffectiveDueOn, task.CurrentPercent);
    }
}
