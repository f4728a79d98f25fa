namespace SNgV.Portal.Web.Domain;

/// <summary>
/// A record several people may edit at once. The stamp changes on every save and is checked by EF Core,
/// so the second of two concurrent edits fails instead of silently overwriting the first. A GUID is used
/// rather than SQL Server's rowversion because SQLite has no such column type.
/// </summary>
public interface IConcurrencyStamped
{
    Guid ConcurrencyStamp { get; set; }
}
