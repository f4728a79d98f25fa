using FluentValidation;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Progress;

/// <summary>How the unit's task list is ordered.</summary>
public enum UnitTaskSort
{
    /// <summary>In plan order: area, then task number.</summary>
    Code = 0,

    /// <summary>By deadline (the task's effective due day).</summary>
    DueOn = 1,

    /// <summary>By the accepted completion percent.</summary>
    Percent = 2,

    /// <summary>By the unit's latest report on the task.</summary>
    LatestReport = 3,
}

/// <summary>
/// The filters of the unit's task list (query string). The home page links to the list with these names and counts its
/// figures with the same query (<see cref="UnitTaskQuery"/>), so a figure and its list always agree.
/// </summary>
public sealed class UnitTaskFilter
{
    /// <summary>Words of the task's code or text, accents optional ("hop phap hoa" finds "hợp pháp hóa").</summary>
    public string? Q { get; set; }

    public int? AreaId { get; set; }

    public TaskProgressStatus? Status { get; set; }

    /// <summary>Only tasks the unit still has a period to report (the rule of <see cref="ReportingCalendar"/>).</summary>
    public bool Due { get; set; }

    /// <summary>Only tasks with an update of the unit returned by the Office and not yet sent again.</summary>
    public bool Returned { get; set; }

    /// <summary>Only tasks with a draft of the unit not yet sent.</summary>
    public bool Draft { get; set; }

    public UnitTaskSort Sort { get; set; }

    public bool Desc { get; set; }

    public int Page { get; set; } = 1;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || AreaId is not null || Status is not null || Due || Returned || Draft;

    /// <summary>The query values of these filters on page <paramref name="page"/>; defaults are left out of the address.</summary>
    public Dictionary<string, string?> RouteValues(int? page = null) => new()
    {
        ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        ["areaId"] = AreaId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["status"] = Status?.ToString(),
        ["due"] = Due ? "true" : null,
        ["returned"] = Returned ? "true" : null,
        ["draft"] = Draft ? "true" : null,
        ["sort"] = Sort == UnitTaskSort.Code ? null : Sort.ToString(),
        ["desc"] = Desc ? "true" : null,
        ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };
}

public sealed class UnitTaskFilterValidator : AbstractValidator<UnitTaskFilter>
{
    public UnitTaskFilterValidator()
    {
        RuleFor(x => x.Q).MaximumLength(FieldLengths.Title).WithMessage($"Từ khóa tìm kiếm tối đa {FieldLengths.Title} ký tự.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Tình trạng không hợp lệ.");
        RuleFor(x => x.Sort).IsInEnum().WithMessage("Cách sắp xếp không hợp lệ.");
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Số trang không hợp lệ.");
    }
}
