using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data;

/// <summary>The one optimistic-concurrency step of every form that edits an <see cref="IConcurrencyStamped"/> record.</summary>
public static class ConcurrentSave
{
    /// <summary>
    /// Saves <paramref name="entity"/> only if nobody saved it since the form was opened: the stamp the form carried
    /// becomes the one the UPDATE expects, and a new stamp makes the UPDATE run even when only related rows changed.
    /// On a conflict nothing is saved, the tracked changes are dropped and <paramref name="entity"/> holds what is stored now.
    /// </summary>
    public static Task<SaveResult> SaveExpectingAsync<T>(this DbContext db, T entity, Guid? postedStamp, CancellationToken cancellationToken = default)
        where T : class, IConcurrencyStamped =>
        db.SaveExpectingAsync(entity, postedStamp, () => db.SaveChangesAsync(cancellationToken), cancellationToken);

    /// <inheritdoc cref="SaveExpectingAsync{T}(DbContext, T, Guid?, CancellationToken)"/>
    /// <param name="save">The saving itself, when it is more than one SaveChanges (e.g. several in one transaction).</param>
    public static async Task<SaveResult> SaveExpectingAsync<T>(this DbContext db, T entity, Guid? postedStamp, Func<Task> save, CancellationToken cancellationToken = default)
        where T : class, IConcurrencyStamped
    {
        var entry = db.Entry(entity);
        if (entry.State != EntityState.Added)
        {
            if (postedStamp is not { } expected)
            {
                db.ChangeTracker.Clear();
                return SaveResult.Conflict(entity.ConcurrencyStamp);
            }

            entry.Property(e => e.ConcurrencyStamp).OriginalValue = expected;
            entity.ConcurrencyStamp = Guid.NewGuid();
        }

        try
        {
            await save();
            return SaveResult.Saved;
        }
        catch (DbUpdateConcurrencyException) when (entry.State != EntityState.Added)
        {
            await entry.ReloadAsync(cancellationToken);
            var deleted = entry.State == EntityState.Detached;
            db.ChangeTracker.Clear();
            return deleted ? SaveResult.NotFound : SaveResult.Conflict(entity.ConcurrencyStamp);
        }
    }

    /// <summary>A stamp as a form posts it (a hidden field's text), or null when it is missing or garbled.</summary>
    public static Guid? ParseStamp(string? posted) => Guid.TryParse(posted, out var stamp) ? stamp : null;
}
