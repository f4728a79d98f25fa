namespace SNgV.Portal.Web.Domain;

/// <summary>A grouping of procedures (lĩnh vực), e.g. "Lãnh sự" or "Tổ chức phi chính phủ nước ngoài".</summary>
public class ProcedureField
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }
}

/// <summary>
/// A public administrative procedure of the department (thủ tục hành chính, TTHC) with the standard fields of a
/// Vietnamese procedure page. Only published procedures appear on the public catalogue.
/// </summary>
public class AdministrativeProcedure : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    /// <summary>The code of the national procedure database, when known (mã thủ tục).</summary>
    public string? Code { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The address segment of the public page (/thu-tuc/{slug}); unique.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Code and name without accents, in lower case: searched with LIKE on both providers.</summary>
    public string SearchText { get; set; } = "";

    public int ProcedureFieldId { get; set; }

    public ProcedureField? Field { get; set; }

    /// <summary>Cơ quan thực hiện.</summary>
    public string ImplementingBody { get; set; } = "";

    /// <summary>Nơi tiếp nhận hồ sơ.</summary>
    public string SubmissionPlace { get; set; } = "";

    /// <summary>Cách thức thực hiện: the channels on which the dossier may be submitted.</summary>
    public SubmissionChannels Channels { get; set; }

    /// <summary>Trình tự thực hiện.</summary>
    public string Steps { get; set; } = "";

    /// <summary>Thành phần hồ sơ.</summary>
    public string RequiredDocuments { get; set; } = "";

    /// <summary>Số lượng bộ hồ sơ.</summary>
    public int NumberOfSets { get; set; } = 1;

    /// <summary>Thời hạn giải quyết, in working days from the day the complete dossier is received.</summary>
    public int ProcessingDays { get; set; }

    /// <summary>Phí, lệ phí.</summary>
    public string Fees { get; set; } = "";

    /// <summary>Đối tượng thực hiện.</summary>
    public string Applicants { get; set; } = "";

    /// <summary>Kết quả thực hiện.</summary>
    public string Result { get; set; } = "";

    /// <summary>Yêu cầu, điều kiện thực hiện.</summary>
    public string Conditions { get; set; } = "";

    /// <summary>Căn cứ pháp lý.</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>Quyết định công bố thủ tục hành chính.</summary>
    public string AnnouncingDecision { get; set; } = "";

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

/// <summary>Cách thức nộp hồ sơ: trực tiếp, qua bưu chính, trực tuyến.</summary>
[Flags]
public enum SubmissionChannels
{
    None = 0,
    InPerson = 1,
    Post = 2,
    Online = 4,
}
