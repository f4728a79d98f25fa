namespace SNgV.Portal.Web.Data;

public enum SaveStatus
{
    Saved,

    /// <summary>Someone else saved the record after the form was opened; nothing of this change was saved.</summary>
    Conflict,
    NotFound,

    /// <summary>The rules do not allow the change; the message says why (and, when one field is at fault, which).</summary>
    Refused,
}

/// <summary>What became of a change: saved, or why not.</summary>
public record SaveResult(SaveStatus Status)
{
    public static SaveResult Saved { get; } = new(SaveStatus.Saved);

    public static SaveResult NotFound { get; } = new(SaveStatus.NotFound);

    public string Message { get; init; } = "";

    /// <summary>The input property the refusal concerns; empty for the form as a whole.</summary>
    public string Field { get; init; } = "";

    /// <summary>
    /// On a conflict, the stamp of what is stored now. The form carries it back, so the user's next save, made after
    /// seeing the current version, is compared with that version rather than refused again.
    /// </summary>
    public Guid? StoredStamp { get; init; }

    public bool IsSaved => Status == SaveStatus.Saved;

    public static SaveResult Conflict(Guid? storedStamp = null) => new(SaveStatus.Conflict) { StoredStamp = storedStamp };

    public static SaveResult Refused(string message, string field = "") => new(SaveStatus.Refused) { Message = message, Field = field };

    /// <summary>The same outcome carrying <paramref name="value"/> (the saved record's id, or what is stored now).</summary>
    public SaveResult<T> With<T>(T value) => new(Status, value) { Message = Message, Field = Field, StoredStamp = StoredStamp };
}

/// <summary>A <see cref="SaveResult"/> with a value: on a save, what was saved (e.g. the new id); on a conflict, what is stored now.</summary>
public sealed record SaveResult<T>(SaveStatus Status, T Value) : SaveResult(Status);
