using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data;

/// <summary>
/// Gives every modified <see cref="IConcurrencyStamped"/> record a new stamp when it is saved, unless the save already
/// set one (<see cref="ConcurrentSave"/>, which checks the stamp the form carried).
/// </summary>
public sealed class ConcurrencyStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Restamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Restamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Restamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IConcurrencyStamped>())
        {
            if (entry.State == EntityState.Modified && !entry.Property(e => e.ConcurrencyStamp).IsModified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }
}
