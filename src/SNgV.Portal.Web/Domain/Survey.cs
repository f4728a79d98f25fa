namespace SNgV.Portal.Web.Domain;

/// <summary>
/// A version of the satisfaction questionnaire (mẫu phiếu khảo sát): its elements and criteria, the overall
/// question and the profile questions, in Vietnamese and English. A version that has responses never changes;
/// editing it makes a new version.
/// </summary>
public class Questionnaire : IAudited
{
    public int Id { get; set; }

    /// <summary>Stable name of the family of versions, e.g. "sipas-2017".</summary>
    public string Code { get; set; } = "";

    public int Version { get; set; }

    public string Title { get; set; } = "";

    public string TitleEn { get; set; } = "";

    /// <summary>"Ông/Bà hài lòng như thế nào về sự phục vụ…", on the same 1–5 scale.</summary>
    public string OverallQuestion { get; set; } = "";

    public string OverallQuestionEn { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public List<SurveyElement> Elements { get; set; } = [];

    public List<ProfileQuestion> ProfileQuestions { get; set; } = [];
}

/// <summary>One of SIPAS's five groups of criteria (yếu tố).</summary>
public class SurveyElement : IAudited
{
    public int Id { get; set; }

    public int QuestionnaireId { get; set; }

    public int Number { get; set; }

    public string Name { get; set; } = "";

    public string NameEn { get; set; } = "";

    public List<Criterion> Criteria { get; set; } = [];
}

/// <summary>One statement rated 1–5 or left "không áp dụng" (tiêu chí).</summary>
public class Criterion : IAudited
{
    public int Id { get; set; }

    public int SurveyElementId { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = "";

    public string TextEn { get; set; } = "";
}

/// <summary>A question about the respondent (giới tính, độ tuổi…), answered by picking one option.</summary>
public class ProfileQuestion : IAudited
{
    public int Id { get; set; }

    public int QuestionnaireId { get; set; }

    public string Code { get; set; } = "";

    public int SortOrder { get; set; }

    public string Text { get; set; } = "";

    public string TextEn { get; set; } = "";

    public List<ProfileOption> Options { get; set; } = [];
}

public class ProfileOption : IAudited
{
    public int Id { get; set; }

    public int ProfileQuestionId { get; set; }

    public string Code { get; set; } = "";

    public int SortOrder { get; set; }

    public string Text { get; set; } = "";

    public string TextEn { get; set; } = "";
}

/// <summary>A questionnaire open for a period (đợt khảo sát), with the procedures it asks about.</summary>
public class SurveyRound : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int QuestionnaireId { get; set; }

    public Questionnaire? Questionnaire { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The round's name on English public pages; null shows <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }

    /// <summary>The short public address: /khao-sat/{slug}, e.g. "2019-q2".</summary>
    public string Slug { get; set; } = "";

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    public bool IsOpen { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<SurveyRoundProcedure> Procedures { get; set; } = [];
}

public class SurveyRoundProcedure
{
    public int SurveyRoundId { get; set; }

    public int AdministrativeProcedureId { get; set; }
}

public enum SurveyChannel
{
    Online = 1,
    Paper = 2,
}

/// <summary>Why a response looks doubtful; it is kept and the Office decides whether it counts.</summary>
[Flags]
public enum SurveySuspicion
{
    None = 0,

    /// <summary>Submitted faster than a person can read the form.</summary>
    TooFast = 1,

    /// <summary>One of many from the same address in a short time.</summary>
    Burst = 2,

    /// <summary>The hidden field people never see was filled.</summary>
    Honeypot = 4,
}

/// <summary>Whether a response counts in the indices.</summary>
public enum SurveyDecision
{
    Counted = 1,

    /// <summary>Flagged, waiting for the Office: not counted until it decides.</summary>
    Pending = 2,

    Excluded = 3,
}

/// <summary>One person's answers (phiếu trả lời). No name, phone or e-mail; the address only as a salted hash.</summary>
public class SurveyResponse
{
    public long Id { get; set; }

    public int SurveyRoundId { get; set; }

    public int QuestionnaireId { get; set; }

    public int AdministrativeProcedureId { get; set; }

    /// <summary>Given to the respondent on the confirmation page; unique.</summary>
    public string ReferenceNumber { get; set; } = "";

    /// <summary>The one-time token of the form that was submitted: unique, so a second submission of the same form is refused.</summary>
    public string FormToken { get; set; } = "";

    public SurveyChannel Channel { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>The local (Asia/Ho_Chi_Minh) day of submission.</summary>
    public DateOnly SubmittedOn { get; set; }

    /// <summary>Reporting year and quarter by the cut-off of Decree 09/2019 (15th of the month before to the 14th of the last month).</summary>
    public int ReportingYear { get; set; }

    public int ReportingQuarter { get; set; }

    /// <summary>1–5, or empty when not answered.</summary>
    public int? OverallScore { get; set; }

    public string? Comment { get; set; }

    public string? AddressHash { get; set; }

    /// <summary>Seconds from showing the form to submitting it (online only).</summary>
    public int? SecondsToComplete { get; set; }

    public SurveySuspicion Flags { get; set; }

    public SurveyDecision Decision { get; set; } = SurveyDecision.Counted;

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>The staff member who typed in a paper form.</summary>
    public string? EnteredBy { get; set; }

    public long? SurveyInvitationId { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];

    public List<SurveyProfileAnswer> Profile { get; set; } = [];
}

/// <summary>The answer to one criterion: 1–5, or empty for "không áp dụng" (which is not a 1).</summary>
public class SurveyAnswer
{
    public long Id { get; set; }

    public long SurveyResponseId { get; set; }

    public int CriterionId { get; set; }

    public int? Score { get; set; }
}

public class SurveyProfileAnswer
{
    public long Id { get; set; }

    public long SurveyResponseId { get; set; }

    public int ProfileQuestionId { get; set; }

    public int ProfileOptionId { get; set; }
}

/// <summary>
/// A single-use token handed out when a dossier is returned (mã mời khảo sát). It is linked to the dossier's
/// procedure, not to the person; once answered it cannot be used again.
/// </summary>
public class SurveyInvitation
{
    public long Id { get; set; }

    public string Token { get; set; } = "";

    public int DossierId { get; set; }

    public int AdministrativeProcedureId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? UsedAtUtc { get; set; }
}

/// <summary>The salt of the address hashes, generated once and kept in the database when configuration gives none.</summary>
public class SurveySecret
{
    public int Id { get; set; }

    public string Salt { get; set; } = "";
}
