namespace SNgV.Portal.Web.Domain;

/// <summary>A grouping of procedures (lĩnh vực), e.g. "Lãnh sự" or "Tổ chức phi chính phủ nước ngoài".</summary>
public class ProcedureField
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The field's name on English pages; null shows <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>
/// A public administrative procedure of the department (thủ tục hành chính, TTHC) with the standard fields of a
/// Vietnamese procedure page. Only published procedures appear on the public catalogue. The fields ending in
/// <c>En</c> are the English text of the field before them, for foreign applicants; null when the Office has not
/// written one, and the English page then shows the Vietnamese.
/// </summary>
public class AdministrativeProcedure : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    /// <summary>The code of the national procedure database, when known (mã thủ tục).</summary>
    public string? Code { get; set; }

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    /// <summary>Tóm tắt: one or two sentences on what the procedure is for, shown under the name and searched.</summary>
    public string Summary { get; set; } = "";

    public string? SummaryEn { get; set; }

    /// <summary>The address segment of the public page (/thu-tuc/{slug}); unique.</summary>
    public string Slug { get; set; } = "";

    /// <summary>
    /// Code, names, summaries and field name without accents, in lower case (<see cref="Data.ProcedureSearch"/>):
    /// searched word by word with LIKE on both providers.
    /// </summary>
    public string SearchText { get; set; } = "";

    public int ProcedureFieldId { get; set; }

    public ProcedureField? Field { get; set; }

    /// <summary>Cơ quan thực hiện.</summary>
    public string ImplementingBody { get; set; } = "";

    public string? ImplementingBodyEn { get; set; }

    /// <summary>Nơi tiếp nhận hồ sơ.</summary>
    public string SubmissionPlace { get; set; } = "";

    public string? SubmissionPlaceEn { get; set; }

    /// <summary>Cách thức thực hiện: the channels on which the dossier may be submitted.</summary>
    public SubmissionChannels Channels { get; set; }

    /// <summary>Trình tự thực hiện.</summary>
    public string Steps { get; set; } = "";

    public string? StepsEn { get; set; }

    /// <summary>Thành phần hồ sơ.</summary>
    public string RequiredDocuments { get; set; } = "";

    public string? RequiredDocumentsEn { get; set; }

    /// <summary>Số lượng bộ hồ sơ.</summary>
    public int NumberOfSets { get; set; } = 1;

    /// <summary>Thời hạn giải quyết, in working days from the day the complete dossier is received.</summary>
    public int ProcessingDays { get; set; }

    /// <summary>Phí, lệ phí.</summary>
    public string Fees { get; set; } = "";

    public string? FeesEn { get; set; }

    /// <summary>The fee in đồng when there is one amount (0: free of charge); null when <see cref="Fees"/> says it all.</summary>
    public decimal? FeeAmount { get; set; }

    /// <summary>Đối tượng thực hiện.</summary>
    public string Applicants { get; set; } = "";

    public string? ApplicantsEn { get; set; }

    /// <summary>Kết quả thực hiện.</summary>
    public string Result { get; set; } = "";

    public string? ResultEn { get; set; }

    /// <summary>Yêu cầu, điều kiện thực hiện.</summary>
    public string Conditions { get; set; } = "";

    public string? ConditionsEn { get; set; }

    /// <summary>Căn cứ pháp lý.</summary>
    public string LegalBasis { get; set; } = "";

    public string? LegalBasisEn { get; set; }

    /// <summary>Quyết định công bố thủ tục hành chính; empty while its number and date are not known (the row is hidden).</summary>
    public string AnnouncingDecision { get; set; } = "";

    /// <summary>Mức độ dịch vụ công trực tuyến.</summary>
    public OnlineServiceLevel ServiceLevel { get; set; }

    /// <summary>Where the dossier is submitted online (an https address of the public-service portal); shown with the Online channel.</summary>
    public string? OnlineSubmissionUrl { get; set; }

    /// <summary>Biểu mẫu, tờ khai: the forms applicants download from the public page.</summary>
    public List<ProcedureForm> Forms { get; set; } = [];

    public ProcedureStatus Status { get; set; } = ProcedureStatus.Draft;

    public DateTime? PublishedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

public enum ProcedureStatus
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}

/// <summary>Mức độ dịch vụ công trực tuyến: none, một phần (part of the steps online), toàn trình (end to end online).</summary>
public enum OnlineServiceLevel
{
    None = 0,
    Partial = 1,
    Full = 2,
}

/// <summary>
/// A form of a procedure (biểu mẫu, tờ khai) the Office uploads and applicants download. The file is kept by
/// <c>EvidenceStorage</c> and checked as evidence files are (size, content against name).
/// </summary>
public class ProcedureForm : IAudited
{
    public int Id { get; set; }

    public int AdministrativeProcedureId { get; set; }

    /// <summary>What the form is, as the page lists it, e.g. "Tờ khai đề nghị chứng nhận lãnh sự".</summary>
    public string Title { get; set; } = "";

    public string? TitleEn { get; set; }

    /// <summary>The uploaded file's name without its folders (shown, and used on download).</summary>
    public string FileName { get; set; } = "";

    /// <summary>The type found from the file's content, not from its name.</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Where the bytes are, relative to the evidence folder. Never derived from the user's file name.</summary>
    public string StorageKey { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string UploadedById { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>Cách thức nộp hồ sơ: trực tiếp, qua bưu chính, trực tuyến.</summary>
[Flags]
public enum SubmissionChannels
{
    None = 0,
    InPerson = 1,
    Post = 2,
    Online = 4,
}
