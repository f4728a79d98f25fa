namespace SNgV.Portal.Web.Domain;

/// <summary>
/// What a unit reports on a task for one reporting period (báo cáo tiến độ): written as a draft, submitted
/// to the Office, then accepted or returned with a comment and submitted again.
/// </summary>
public class ProgressUpdate : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int PlanTaskId { get; set; }

    public PlanTask? PlanTask { get; set; }

    /// <summary>The unit that reports (the user's unit: the task's lead unit or a supporting unit).</summary>
    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>Share of the task done, 0–100, entered by hand.</summary>
    public int Percent { get; set; }

    public TaskProgressStatus Status { get; set; }

    public string WorkDone { get; set; } = "";

    public string? Difficulties { get; set; }

    public string? Proposals { get; set; }

    public ProgressUpdateState State { get; set; } = ProgressUpdateState.Draft;

    public string CreatedById { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>
    /// Set when the update is first sent to the Office: sent after its period's due day ("nộp muộn"). A later
    /// re-submission after a return does not change it.
    /// </summary>
    public bool SubmittedLate { get; set; }

    public string? ReviewedById { get; set; }

    /// <summary>The Office's comment when it returned the update (shown to the unit).</summary>
    public string? ReviewComment { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<EvidenceFile> Files { get; set; } = [];
}

/// <summary>Where the task stands, as the unit reports it.</summary>
public enum TaskProgressStatus
{
    NotStarted = 0,
    InProgress = 1,
    Completed = 2,
    Paused = 3,
}

/// <summary>Where the update stands in the Office's review.</summary>
public enum ProgressUpdateState
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
}

/// <summary>A file attached as evidence to an update. The bytes live outside wwwroot, under the data folder.</summary>
public class EvidenceFile : IAudited
{
    public int Id { get; set; }

    public int ProgressUpdateId { get; set; }

    /// <summary>The name the user gave the file (shown and used on download).</summary>
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

/// <summary>
/// One step in a task's history: an update submitted, returned or accepted, with the figures it carried
/// then and the comment made. The timeline of a task is its events in order.
/// </summary>
public class ProgressEvent
{
    public long Id { get; set; }

    public int PlanTaskId { get; set; }

    public int ProgressUpdateId { get; set; }

    public ProgressEventKind Kind { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public int Percent { get; set; }

    public TaskProgressStatus Status { get; set; }

    /// <summary>What was done (as submitted) or the reviewer's comment.</summary>
    public string? Text { get; set; }
}

public enum ProgressEventKind
{
    Submitted = 1,
    Returned = 2,
    Accepted = 3,

    /// <summary>The unit took a submitted update back to correct it before the Office decided.</summary>
    Withdrawn = 4,
}
