using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Dossiers;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>What the database says about a plan within a report's cut-off: the input of <see cref="ReportComposer"/>.</summary>
public sealed record ReportData(
    ReportPlan Plan,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ReportArea> Areas,
    IReadOnlyList<ReportTask> Tasks,
    IReadOnlyList<UnitRemark> Difficulties,
    IReadOnlyList<UnitRemark> Proposals,
    ReportSurvey? Survey,
    IReadOnlyList<ReportProcedureFigures> Dossiers,
    ReportPci? Pci)
{
    /// <summary>The supporting units' accepted results within the cut-off, shown under the tasks they concern.</summary>
    public IReadOnlyList<SupportingResult> SupportingResults { get; init; } = [];

    /// <summary>What the Office did to chase the units within the cut-off.</summary>
    public ReportChasing Chasing { get; init; } = ReportChasing.None;

    /// <summary>The recruitment notices for foreign organisations published in the period (plan II.5, II.7).</summary>
    public ReportRecruitment Recruitment { get; init; } = ReportRecruitment.None;
}

/// <summary>Notices published in the period, the posts they offered, and of those with a recorded result, the posts filled.</summary>
public sealed record ReportRecruitment(int Notices, int Posts, int WithResults, int Filled)
{
    public static readonly ReportRecruitment None = new(0, 0, 0, 0);
}

public sealed record ReportPlan(int Id, string Number, DateOnly IssuedOn, string Title, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients);

public sealed record ReportArea(int Number, string Title)
{
    public string Code => SolutionArea.CodeOf(Number);
}

/// <summary>A task as it stood at the end of the cut-off: the lead unit's accepted update of the latest period ending by then.</summary>
public sealed record ReportTask(
    int AreaNumber,
    int Number,
    string Title,
    string LeadUnit,
    TaskSchedule Schedule,
    DateOnly EffectiveDueOn,
    int Percent,
    TaskProgressStatus Status,
    string? WorkDone,
    bool UpdatedInPeriod,
    ScheduleStatus ScheduleStatus)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);

    /// <summary>The update the figures come from was first sent after its period's due day.</summary>
    public bool ReportedLate { get; init; }
}

/// <summary>A difficulty or proposal a unit wrote in an accepted update within the cut-off.</summary>
/// <param name="UnitOrder">The unit's place in the department's order of units, which the merged remarks follow.</param>
public sealed record UnitRemark(string Unit, string TaskCode, string Text, int UnitOrder = 0);

/// <summary>What a supporting unit (đơn vị phối hợp) reported on a task, in its latest accepted update within the cut-off.</summary>
public sealed record SupportingResult(string TaskCode, string Unit, string WorkDone);

/// <summary>
/// The reminders (đôn đốc) sent within the cut-off about the plan's tasks, and per unit whether it sent a progress
/// update after it was first reminded, still within the cut-off.
/// </summary>
public sealed record ReportChasing(int Reminders, int SentByOffice, IReadOnlyList<ChasedUnit> Units)
{
    public static readonly ReportChasing None = new(0, 0, []);

    public int Automatic => Reminders - SentByOffice;

    public int ReportedAfter => Units.Count(u => u.ReportedAfter);
}

public sealed record ChasedUnit(string Unit, int Reminders, DateOnly FirstOn, DateOnly LastOn, bool ReportedAfter);

public sealed record ReportSurvey(long Responses, decimal? Sipas, IReadOnlyList<(int Number, string Name, decimal? Index)> Elements, bool Small);

public sealed record ReportProcedureFigures(string Procedure, TimelinessFigures Figures);

public sealed record ReportPci(IReadOnlyList<(int Year, decimal Composite, int? Rank)> Years, IReadOnlyList<(string SubIndex, decimal Score, decimal PointsLost)> MostLost);
