namespace SNgV.Portal.Web.Domain;

/// <summary>One task (nhiệm vụ) of a solution area: led by one unit, supported by others.</summary>
public class PlanTask : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int SolutionAreaId { get; set; }

    public SolutionArea? SolutionArea { get; set; }

    /// <summary>Position within the area: 1 for the first bullet.</summary>
    public int Number { get; set; }

    /// <summary>The task in the plan's own words.</summary>
    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public int LeadUnitId { get; set; }

    public Unit? LeadUnit { get; set; }

    public List<PlanTaskSupportingUnit> SupportingUnits { get; set; } = [];

    public TaskSchedule Schedule { get; set; } = TaskSchedule.Recurring;

    /// <summary>Due date of a one-off task; empty for recurring tasks.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>How often a recurring task is reported on; empty for one-off tasks.</summary>
    public ReportingFrequency? ReportingFrequency { get; set; }

    public string? ExpectedOutput { get; set; }

    /// <summary>An archived task stays in the history but is no longer followed.</summary>
    public bool IsArchived { get; set; }

    /// <summary>The task of the previous year's plan this one was copied from, if any.</summary>
    public int? CopiedFromTaskId { get; set; }

    /// <summary>Percent of the latest accepted update (0 until one is accepted).</summary>
    public int CurrentPercent { get; set; }

    /// <summary>Status of the latest accepted update.</summary>
    public TaskProgressStatus CurrentStatus { get; set; } = TaskProgressStatus.NotStarted;

    public DateTime? LastAcceptedAtUtc { get; set; }

    /// <summary>
    /// The date by which the task is expected to be done: the due date of a one-off task, the end of the
    /// plan's year for a recurring one. Kept on the record so that the overview can count late tasks in SQL.
    /// </summary>
    public DateOnly EffectiveDueOn { get; set; }

    /// <summary>
    /// From this date the task is "at risk": its accepted percent lags the time elapsed towards
    /// <see cref="EffectiveDueOn"/> by more than the tolerance. Empty once the task is complete.
    /// Recomputed by <see cref="TaskSchedulePolicy"/> whenever the percent or the due date changes.
    /// </summary>
    public DateOnly? AtRiskFrom { get; set; }

    public List<ProgressUpdate> Updates { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The code of a task in the plan and in every list, report and notice: "II.3.2", the 2nd task of area II.3.</summary>
    public static string CodeOf(int areaNumber, int taskNumber) => $"{SolutionArea.CodeOf(areaNumber)}.{taskNumber}";
}

public class PlanTaskSupportingUnit : IAudited
{
    public int PlanTaskId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }
}

public enum TaskSchedule
{
    /// <summary>Một lần, có thời hạn.</summary>
    OneOff = 1,

    /// <summary>Thường xuyên.</summary>
    Recurring = 2,
}

public enum ReportingFrequency
{
    Monthly = 1,
    Quarterly = 3,
    HalfYearly = 6,
    Yearly = 12,
}
