namespace SNgV.Portal.Web.Domain;

/// <summary>
/// The Office chasing a unit about chosen tasks (đôn đốc), by hand or automatically (due date near, end of a
/// reporting period without an update). Every active staff account of the unit gets a notification and an e-mail.
/// </summary>
public class Reminder
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public ReminderKind Kind { get; set; }

    public string Message { get; set; } = "";

    /// <summary>The Office user who sent it; empty for automatic reminders.</summary>
    public string? SentById { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// For automatic reminders: what makes this reminder unique (e.g. "due:12:2019-12-31:7"). A unique index
    /// on it means a reminder is sent once even when two instances of the portal run the job at once.
    /// </summary>
    public string? DeduplicationKey { get; set; }

    public List<ReminderTask> Tasks { get; set; } = [];
}

public class ReminderTask
{
    public int ReminderId { get; set; }

    public int PlanTaskId { get; set; }

    public PlanTask? PlanTask { get; set; }
}

public enum ReminderKind
{
    Manual = 1,
    DueSoon = 2,
    PeriodEnding = 3,
}

/// <summary>A message to one user in the portal (thông báo), with a link to what it is about.</summary>
public class Notification
{
    public long Id { get; set; }

    public string RecipientId { get; set; } = "";

    public int? ReminderId { get; set; }

    /// <summary>The periodic report the notice is about; the notice is marked read once the report has been acted on.</summary>
    public int? ReportId { get; set; }

    /// <summary>The progress update the notice is about; the notice is marked read once the update has been acted on (reviewed, resubmitted).</summary>
    public int? ProgressUpdateId { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>A local URL, e.g. "/nhiem-vu/12".</summary>
    public string? Link { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }
}
