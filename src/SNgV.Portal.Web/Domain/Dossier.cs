namespace SNgV.Portal.Web.Domain;

/// <summary>
/// One application under a procedure (hồ sơ), received at the one-stop desk. Its due date is counted in
/// working days from the day of receipt and moves only while the clock is paused for additional documents.
/// </summary>
public class Dossier : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    /// <summary>Mã hồ sơ: random characters from an unambiguous alphabet, unique (see ReceiptCodes).</summary>
    public string ReceiptCode { get; set; } = "";

    public int AdministrativeProcedureId { get; set; }

    public AdministrativeProcedure? Procedure { get; set; }

    public string ApplicantName { get; set; } = "";

    public ApplicantKind ApplicantKind { get; set; }

    /// <summary>Telephone or address, for the desk only; never shown on a public page.</summary>
    public string? Contact { get; set; }

    public DossierChannel Channel { get; set; }

    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>The working day the dossier counts as received (the next one when it came after office hours).</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The procedure's processing time when the dossier was received.</summary>
    public int ProcessingDays { get; set; }

    /// <summary>Ngày hẹn trả kết quả; later by the working days the clock was paused.</summary>
    public DateOnly DueOn { get; set; }

    public DossierStatus Status { get; set; } = DossierStatus.Received;

    /// <summary>The day the result was ready or the dossier refused: when the clock stopped for good.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>Working days from receipt to completion, less the paused days (for the mean in the statistics).</summary>
    public int? ProcessingWorkingDays { get; set; }

    public DateTime? ReturnedAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<DossierTransition> Transitions { get; set; } = [];

    public List<DossierPause> Pauses { get; set; } = [];
}

public enum ApplicantKind
{
    Person = 1,
    Organisation = 2,
}

public enum DossierChannel
{
    InPerson = 1,
    Post = 2,
    Online = 3,
}

public enum DossierStatus
{
    Received = 1,
    Processing = 2,
    AdditionalDocumentsRequested = 3,
    ResultReady = 4,
    Returned = 5,
    Refused = 6,
}

/// <summary>One change of a dossier's status: when, by whom, and the note or reason given.</summary>
public class DossierTransition
{
    public long Id { get; set; }

    public int DossierId { get; set; }

    /// <summary>Empty for the reception itself.</summary>
    public DossierStatus? FromStatus { get; set; }

    public DossierStatus ToStatus { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string? Note { get; set; }
}

/// <summary>
/// The clock stopped while the applicant supplies additional documents: from the day of the request to the
/// day the documents arrive (open while <see cref="EndedOn"/> is empty).
/// </summary>
public class DossierPause
{
    public int Id { get; set; }

    public int DossierId { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Working days the due date moved when the pause ended.</summary>
    public int PausedWorkingDays { get; set; }
}
