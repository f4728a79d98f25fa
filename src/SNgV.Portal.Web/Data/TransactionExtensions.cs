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
}
