using Microsoft.EntityFrameworkCore;

namespace SNgV.Portal.Web.Infrastructure.Lists;

/// <summary>One page of a sorted query: a count and a page of rows, two SQL statements whatever the list's length.</summary>
public static class ListPage
{
    public static async Task<(List<T> Rows, Paging Paging)> ReadAsync<T>(IQueryable<T> sorted, int requestedPage, int pageSize, CancellationToken cancellationToken)
    {
        var total = await sorted.CountAsync(cancellationToken);
        var page = Paging.ClampPage(requestedPage, total, pageSize);
        var rows = await sorted.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (rows, new Paging(page, pageSize, total));
    }
}
