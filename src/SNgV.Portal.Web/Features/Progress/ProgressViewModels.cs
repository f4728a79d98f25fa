using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Progress;

public sealed record UnitTaskRow(
    int Id,
    int AreaNumber,
    int Number,
    string Title,
    bool IsLead,
    int CurrentPercent,
    TaskProgressStatus CurrentStatus,
    DateOnly EffectiveDueOn,
    DateOnly? AtRiskFrom,
    TaskSchedule Schedule,
    DateOnly? DueOn,
    ProgressUpdateState? OwnState,
    DateTime? OwnUpdatedAtUtc,
    DateTime? LastAcceptedAtUtc,
    ReportingPeriod? DuePeriod)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);

    public ScheduleStatus ScheduleOn(DateOnly today) => TaskSchedulePolicy.Classify(CurrentPercent, EffectiveDueOn, AtRiskFrom, today);
}

public sealed record UnitTaskListViewModel(string UnitName, string? PlanNumber, IReadOnlyList<UnitTaskRow> Tasks, Paging Paging, DateOnly Today)
{
    public UnitTaskFilter Filter { get; init; } = new();

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas { get; init; } = [];
}

public sealed record EvidenceFileView(int Id, string FileName, long Length, string ContentType = "");

public sealed record UpdateView(
    int Id,
    string UnitName,
    ReportingPeriod Period,
    ProgressUpdateState State,
    int Percent,
    TaskProgressStatus Status,
    string WorkDone,
    string? Difficulties,
    string? Proposals,
    string? ReviewComment,
    DateTime UpdatedAtUtc,
    DateTime? SubmittedAtUtc,
    DateTime? ReviewedAtUtc,
    IReadOnlyList<EvidenceFileView> Files,
    bool SubmittedLate,
    Guid ConcurrencyStamp,
    bool IsViewersUnit)
{
    /// <summary>Sent and not yet decided, by the viewer's own unit: it may take it back to correct it.</summary>
    public bool CanWithdraw => State == ProgressUpdateState.Submitted && IsViewersUnit;
}

/// <param name="UserUnitName">The unit of the person who acted (null once the account is gone).</param>
/// <param name="ReportUnitName">The unit whose report this step is about.</param>
public sealed record TimelineEntry(DateTime AtUtc, ProgressEventKind Kind, string UserName, string? UserUnitName, string ReportUnitName, ReportingPeriod Period, int Percent, TaskProgressStatus Status, string? Text);

public sealed record TaskDetailViewModel(TaskSummary Task, IReadOnlyList<UpdateView> Updates, IReadOnlyList<TimelineEntry> Timeline, DateOnly Today)
{
    public bool CanReport { get; init; }
}

/// <summary>The figures and texts of an update as saved, shown beside the user's own input after a conflict.</summary>
public sealed record ProgressSnapshot(int Percent, TaskProgressStatus Status, string WorkDone, string? Difficulties, string? Proposals, ProgressUpdateState State, DateTime UpdatedAtUtc, Guid Stamp);

public sealed record ProgressFormViewModel(
    TaskSummary Task,
    ReportingPeriod Period,
    ProgressInput Input,
    ProgressUpdateState? State,
    string? ReviewComment,
    IReadOnlyList<EvidenceFileView> Files,
    long MaxFileBytes,
    int MaxFiles)
{
    public DateOnly Today { get; init; }

    /// <summary>Set after a concurrent save: what the other person saved.</summary>
    public ProgressSnapshot? Theirs { get; init; }

    /// <summary>The periods the unit can still report; empty when every period has gone into an issued report.</summary>
    public IReadOnlyList<OpenPeriod> Periods { get; init; } = [];

    /// <summary>Sending this period's update now is late (nộp muộn).</summary>
    public bool IsLate { get; init; }

    public bool IsClosed => Periods.Count == 0;

    public bool IsLocked => State == ProgressUpdateState.Submitted;
}
