using SNgV.Portal.Web.Data;
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

    /// <summary>For a report waiting for approval: the next free number of the current year.</summary>
    public int? NextNumber { get; init; }

    /// <summary>Before issue: whether the text still matches the figures it was proposed from; empty once issued.</summary>
    public ReportTextCheck? TextCheck { get; init; }
}

/// <summary>
/// Whether a draft's narrative still matches its tables: the figures it was proposed from against the figures assembled
/// now, what changed between them, and which sections the Office has edited since they were proposed.
/// </summary>
public sealed record ReportTextCheck(bool Matches, IReadOnlyList<string> Changes, IReadOnlyList<ReportSection> Edited)
{
    public const string NotRecorded = "Dự thảo được lập trước khi Cổng ghi lại số liệu dùng để đề xuất nội dung, nên chưa đối chiếu được nội dung với số liệu hiện tại.";

    public static ReportTextCheck Of(Report report, ReportFigures now)
    {
        var edited = ReportSections.Edited(report);
        if (ReportFigures.FromJson(report.TextFigures) is not { } then)
        {
            return new ReportTextCheck(false, [NotRecorded], edited);
        }

        var changes = now.ChangesSince(then);
        return new ReportTextCheck(changes.Count == 0, changes, edited);
    }
}

/// <summary>What proposing the text again did: the outcome, and the sections kept as the Office wrote them.</summary>
public sealed record ReportReproposal(SaveResult Outcome, IReadOnlyList<ReportSection> Kept);

/// <summary>A report waiting for the leadership's decision, as the leadership's home page lists it.</summary>
public sealed record WaitingReportRow(int Id, string Summary, ReportKind Kind, int Year, int? Quarter, DateTime SubmittedAtUtc, string CreatedByName)
{
    public string PeriodLabel => ReportPeriods.ShortLabel(Kind, Year, Quarter);
}

/// <summary>The text check as the details page shows it: to the Office with the form to propose again, to the leadership before approving.</summary>
public sealed record ReportTextCheckView(int ReportId, Guid ConcurrencyStamp, ReportTextCheck Check, bool CanProposeAgain, bool BeforeApproval);
