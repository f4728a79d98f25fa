namespace SNgV.Portal.Web.Domain;

/// <summary>Marks the records whose every change is written to the audit log (nhật ký thay đổi).</summary>
public interface IAudited;

/// <summary>Who changed what, when: one saved change of one audited record, with old and new values.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Empty for changes made by the portal itself (seed, background jobs).</summary>
    public string? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary>The record's type by its code name, e.g. "PlanTask".</summary>
    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>JSON array of {"Field","Old","New"}.</summary>
    public string Changes { get; set; } = "[]";
}

public enum AuditAction
{
    Added = 1,
    Modified = 2,
    Deleted = 3,
}
