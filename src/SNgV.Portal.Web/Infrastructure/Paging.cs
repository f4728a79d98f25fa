namespace SNgV.Portal.Web.Infrastructure;

/// <summary>Where a paginated list stands. Pages are numbered from 1.</summary>
public sealed record Paging(int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public int FirstItem => TotalCount == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastItem => Math.Min(Page * PageSize, TotalCount);

    /// <summary>A requested page past the end shows the last page rather than an empty list.</summary>
    public static int ClampPage(int requested, int totalCount, int pageSize) =>
        Math.Clamp(requested, 1, Math.Max(1, (totalCount + pageSize - 1) / pageSize));
}
