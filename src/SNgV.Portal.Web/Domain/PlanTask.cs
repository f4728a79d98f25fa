namespace SNgV.Portal.Web.Domain;

/// <summary>One task (nhiệm vụ) of a solution area: led by one unit, supported by others.</summary>
public class PlanTask : IConcurrencyStamped
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

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

public class PlanTaskSupportingUnit
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
