namespace SNgV.Portal.Web.Domain;

/// <summary>
/// A recruitment notice (tin tuyển dụng) for Vietnamese workers of a foreign organisation, project or foreign NGO in the
/// province (plan II.5, II.7; Decree 75/2014/NĐ-CP). Published by the Office or the service centre (TTDV); open until
/// its deadline, then kept in the archive with, when the organisation agrees, the result of the selection.
/// </summary>
public class RecruitmentNotice : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    /// <summary>The foreign organisation (tổ chức, cá nhân nước ngoài; often a foreign NGO).</summary>
    public string Organisation { get; set; } = "";

    public string? OrganisationEn { get; set; }

    public string? Project { get; set; }

    public string? ProjectEn { get; set; }

    public string Position { get; set; } = "";

    public string? PositionEn { get; set; }

    public int Posts { get; set; } = 1;

    /// <summary>Where the work is, e.g. "Thành phố Đông Hà".</summary>
    public string Place { get; set; } = "";

    public string? PlaceEn { get; set; }

    public string Duties { get; set; } = "";

    public string? DutiesEn { get; set; }

    /// <summary>Education, languages, experience.</summary>
    public string Requirements { get; set; } = "";

    public string? RequirementsEn { get; set; }

    /// <summary>The application documents and where to submit them.</summary>
    public string HowToApply { get; set; } = "";

    public string? HowToApplyEn { get; set; }

    /// <summary>The last day applications are received; the notice is open through that day (Vietnam time).</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>When the interviews are held, as announced (free text: a date, a week, "to be announced").</summary>
    public string? Interviews { get; set; }

    public string? InterviewsEn { get; set; }

    public string? Contact { get; set; }

    /// <summary>The day it went public; null while it is a draft nobody outside sees.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The selection's result as the organisation agrees to publish it (names of those selected, or a summary).</summary>
    public string? Results { get; set; }

    public string? ResultsEn { get; set; }

    /// <summary>Posts filled by the selection, counted in the periodic report.</summary>
    public int? PostsFilled { get; set; }

    /// <summary>The job description as a PDF, kept by the evidence storage; null when none was attached.</summary>
    public string? JobDescriptionFileName { get; set; }

    public string? JobDescriptionStorageKey { get; set; }

    public long? JobDescriptionLength { get; set; }

    public string? JobDescriptionSha256 { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsOpenOn(DateOnly day) => PublishedOn is not null && Deadline >= day;
}
