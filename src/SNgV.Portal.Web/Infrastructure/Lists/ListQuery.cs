using FluentValidation;

namespace SNgV.Portal.Web.Infrastructure.Lists;

/// <summary>
/// What every list's query string carries besides its filters: the column it is sorted by (<c>sort</c>), the
/// direction (<c>dir=desc</c>, ascending otherwise) and the page. An unknown column sorts by the list's default.
/// </summary>
public abstract class ListQuery
{
    public const string Descending = "desc";

    public string? Sort { get; set; }

    public string? Dir { get; set; }

    public int Page { get; set; } = 1;

    public bool IsDescending => Dir == Descending;
}

/// <summary>The rules every list query shares; a list's validator includes them (<c>Include(new ListQueryRules())</c>).</summary>
public sealed class ListQueryRules : AbstractValidator<ListQuery>
{
    public ListQueryRules()
    {
        RuleFor(x => x.Sort).MaximumLength(40).Matches("^[a-z-]*$").WithMessage("Cột sắp xếp không hợp lệ.");
        RuleFor(x => x.Dir).Must(d => d is null or "" or "asc" or ListQuery.Descending).WithMessage("Chiều sắp xếp không hợp lệ.");
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Số trang không hợp lệ.");
    }
}
