using Microsoft.EntityFrameworkCore;

namespace SNgV.Portal.Web.Data;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, committed when <paramref name="commit"/> says so.
    /// Goes through the provider's execution strategy, because SQL Server's retrying strategy refuses a
    /// transaction opened outside it.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, Func<T, bool> commit, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            if (commit(result))
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        });

    public static Task InTransactionAsync(this DbContext db, Func<Task> work, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async () => { await work(); return true; }, _ => true, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction that holds the portal's start-up lock, so that instances
    /// started together on one database seed it one after the other: the second one finds what the first added.
    /// SQLite's transaction takes the write lock at its start (<c>BEGIN IMMEDIATE</c>; the other instance waits out
    /// the busy timeout); SQL Server's takes an application lock (<c>sp_getapplock</c>) held until it ends.
    /// </summary>
    public static Task<T> SeedingExclusivelyAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // A retried attempt starts again from what the database holds.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsSqlServer())
            {
                await db.Database.ExecuteSqlRawAsync(
                    "DECLARE @result int; "
                    + "EXEC @result = sp_getapplock @Resource = N'SNgV.Portal.Seed', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 120000; "
                    + "IF @result < 0 THROW 50000, N'SNgV.Portal: the seeding lock was not granted.', 1;",
                    cancellationToken);
            }

            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });

    public static Task SeedingExclusivelyAsync(this DbContext db, Func<Task> work, CancellationToken cancellationToken = default) =>
        db.SeedingExclusivelyAsync(async () => { await work(); return true; }, cancellationToken);
}
