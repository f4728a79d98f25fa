using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Reports;

public sealed record ReportListQuery(int? Year = null, ReportKind? Kind = null, ReportState? State = null, string? Q = null);

public sealed record ReportListRow(int Id, string? NumberText, ReportKind Kind, int Year, int? Quarter, string Summary, ReportState State, DateOnly? IssuedOn, DateTime UpdatedAtUtc, string PlanNumber)
{
    public string PeriodLabel => ReportPeriods.ShortLabel(Kind, Year, Quarter);
}

public sealed record ReportListViewModel(ReportListQuery Query, IReadOnlyList<ReportListRow> Rows, Paging Paging, IReadOnlyList<int> Years, bool SeesDrafts);

public sealed record PlanChoice(int Id, string Number, int Year, string Title);

public sealed record ReportCreateViewModel(CreateReportInput Input, IReadOnlyList<PlanChoice> Plans);

/// <summary>A report's record: where it stands in the workflow, who did what and when.</summary>
public sealed record ReportSummary(
    int Id,
    int PlanId,
    ReportKind Kind,
    int Year,
    int? Quarter,
    DateOnly DataFrom,
    DateOnly DataTo,
    ReportState State,
    string? NumberText,
    DateOnly? IssuedOn,
    string PlanNumber,
    string CreatedByName,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    DateTime? SubmittedAtUtc,
    DateTime? DecidedAtUtc,
    string? DecidedByName,
    string? LeadershipComment,
    Guid ConcurrencyStamp,
    string? Sha256)
{
    public string PeriodLabel => ReportPeriods.ShortLabel(Kind, Year, Quarter);

    public bool IsEditable => State is ReportState.Draft or ReportState.Returned;

    /// <summary>The file name of the outputs: "BC-05-2019" once issued, "Du-thao-BC-12" before.</summary>
    public string FileStem => NumberText is null ? $"Du-thao-BC-{Id}" : $"BC-{NumberText.Split('/')[0]}-{IssuedOn?.Year}";
}

public sealed record ReportDetailsViewModel(ReportSummary Report, ReportDocument Document)
{
    public ReportTextInput Text { get; init; } = new();

    public ReportDecisionInput Verdict { get; init; } = new();
}

public enum ReportOutcome
{
    Done,
    NotFound,

    /// <summary>The report is not in a state that allows this (e.g. editing an issued report).</summary>
    WrongState,
    Conflict,
}
