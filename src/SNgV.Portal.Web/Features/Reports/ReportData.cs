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
    ReportPci? Pci);

public sealed record ReportPlan(int Id, string Number, DateOnly IssuedOn, string Title, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients);

public sealed record ReportArea(int Number, string Title)
{
    public string Code => $"II.{Number}";
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
    public string Code => $"II.{AreaNumber}.{Number}";

    /// <summary>The update the figures come from was first sent after its period's due day.</summary>
    public bool ReportedLate { get; init; }
}

/// <summary>A difficulty or proposal a unit wrote in an accepted update within the cut-off.</summary>
public sealed record UnitRemark(string Unit, string TaskCode, string Text);

public sealed record ReportSurvey(long Responses, decimal? Sipas, IReadOnlyList<(int Number, string Name, decimal? Index)> Elements, bool Small);

public sealed record ReportProcedureFigures(string Procedure, TimelinessFigures Figures);

public sealed record ReportPci(IReadOnlyList<(int Year, decimal Composite, int? Rank)> Years, IReadOnlyList<(string SubIndex, decimal Score, decimal PointsLost)> MostLost);
