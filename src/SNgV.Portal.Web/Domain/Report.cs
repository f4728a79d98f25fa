namespace SNgV.Portal.Web.Domain;

/// <summary>
/// A report on the plan (báo cáo) that the Office writes for a period and the leadership approves. Until it is
/// approved its figures are assembled afresh from the data within <see cref="DataFrom"/>–<see cref="DataTo"/>;
/// on approval it gets its number and date and the assembled document is frozen in a <see cref="ReportSnapshot"/>.
/// </summary>
public class Report : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    public ReportKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>1–4 for a quarterly report; empty otherwise.</summary>
    public int? Quarter { get; set; }

    /// <summary>First day of the figures (the cut-off of Decree 09/2019/NĐ-CP unless the Office changed it).</summary>
    public DateOnly DataFrom { get; set; }

    public DateOnly DataTo { get; set; }

    /// <summary>The summary line under "BÁO CÁO" (trích yếu).</summary>
    public string Summary { get; set; } = "";

    /// <summary>Đánh giá chung.</summary>
    public string GeneralAssessment { get; set; } = "";

    /// <summary>Tồn tại, hạn chế.</summary>
    public string Shortcomings { get; set; } = "";

    /// <summary>Khó khăn, vướng mắc (collected from the units' updates, then edited by the Office).</summary>
    public string Difficulties { get; set; } = "";

    /// <summary>Đề xuất, kiến nghị (collected from the units' updates, then edited by the Office).</summary>
    public string Proposals { get; set; } = "";

    /// <summary>Nhiệm vụ trọng tâm kỳ tới.</summary>
    public string NextTasks { get; set; } = "";

    /// <summary>
    /// The figures the narrative sections were last proposed from (JSON of the report's figures: tasks in total,
    /// reported in the period, completed, late…). When the figures assembled now differ, the text no longer matches
    /// the tables and the draft says so. Empty for drafts created before the portal kept them.
    /// </summary>
    public string? TextFigures { get; set; }

    /// <summary>
    /// Hex SHA-256 of each narrative section as last proposed (JSON, by section name): a section whose text hashes
    /// differently has been edited by the Office, and proposing the text again keeps it unless asked otherwise.
    /// </summary>
    public string? ProposedTextHashes { get; set; }

    /// <summary>The line above the signer's title when signing on behalf of the director, e.g. "KT. GIÁM ĐỐC"; may be empty.</summary>
    public string SignerAuthority { get; set; } = "";

    public string SignerTitle { get; set; } = "";

    public string SignerName { get; set; } = "";

    /// <summary>Nơi nhận: one recipient per line, without the leading "- " and the closing ";".</summary>
    public string Recipients { get; set; } = "";

    public ReportState State { get; set; } = ReportState.Draft;

    /// <summary>The leadership's comment when it returned the report.</summary>
    public string? LeadershipComment { get; set; }

    /// <summary>The year the number counts in (numbers start again at 1 each year).</summary>
    public int? IssuedYear { get; set; }

    public int? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DecidedByName { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

public enum ReportKind
{
    /// <summary>Báo cáo quý.</summary>
    Quarterly = 1,

    /// <summary>Báo cáo 6 tháng đầu năm.</summary>
    HalfYear = 2,

    /// <summary>Báo cáo 9 tháng.</summary>
    NineMonths = 3,

    /// <summary>Báo cáo năm.</summary>
    Annual = 4,

    /// <summary>Báo cáo đột xuất: whatever range the person asking sets.</summary>
    AdHoc = 5,
}

public enum ReportState
{
    Draft = 0,

    /// <summary>Trình Lãnh đạo Sở.</summary>
    Submitted = 1,

    /// <summary>Returned by the leadership with a comment; the Office edits and submits again.</summary>
    Returned = 2,

    /// <summary>Approved and issued with its number: never changes again.</summary>
    Approved = 3,
}

/// <summary>
/// The issued document, exactly as approved (serialised), so that printing it again gives the same document
/// whatever happens later to tasks, surveys or dossiers. Kept apart from <see cref="Report"/> so that the audit
/// log records the approval, not the whole document.
/// </summary>
public class ReportSnapshot
{
    public int ReportId { get; set; }

    public string Document { get; set; } = "";

    /// <summary>Hex SHA-256 of <see cref="Document"/>, shown on the archive so that a copy can be checked.</summary>
    public string Sha256 { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
