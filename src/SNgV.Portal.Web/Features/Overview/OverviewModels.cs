using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Overview;

/// <summary>The filters of the overview's task list (query string).</summary>
public sealed class OverviewFilter : ListQuery
{
    public int? AreaId { get; set; }

    public int? UnitId { get; set; }

    public ScheduleStatus? Schedule { get; set; }

    /// <summary>Only tasks without a submitted or accepted update for the chosen period.</summary>
    public bool NoUpdate { get; set; }

    /// <summary>The last day (cut-off) of the quarter whose reports are counted; the latest ended quarter when absent.</summary>
    public DateOnly? Period { get; set; }

    /// <summary>The query values of these filters on page <paramref name="page"/> of the list.</summary>
    public object RouteValues(int page) =>
        new { areaId = AreaId, unitId = UnitId, schedule = Schedule, noUpdate = NoUpdate ? "true" : null, period = Period?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sort = Sort, dir = Dir, page };
}

public sealed class OverviewFilterValidator : AbstractValidator<OverviewFilter>
{
    public OverviewFilterValidator()
    {
        Include(new ListQueryRules());
        RuleFor(x => x.Schedule).IsInEnum().WithMessage("Tình trạng tiến độ không hợp lệ.");
    }
}

/// <summary>Counts of one group of tasks (an area, a unit, or the whole plan).</summary>
public sealed record StatusCounts(int Total, double AveragePercent, int NotStarted, int InProgress, int Completed, int Paused, int OnTrack, int AtRisk, int Late, int NoUpdate)
{
    public static readonly StatusCounts Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static StatusCounts Sum(IEnumerable<StatusCounts> parts)
    {
        var list = parts.ToList();
        var total = list.Sum(p => p.Total);
        return new StatusCounts(
            total,
            total == 0 ? 0 : list.Sum(p => p.AveragePercent * p.Total) / total,
            list.Sum(p => p.NotStarted),
            list.Sum(p => p.InProgress),
            list.Sum(p => p.Completed),
            list.Sum(p => p.Paused),
            list.Sum(p => p.OnTrack),
            list.Sum(p => p.AtRisk),
            list.Sum(p => p.Late),
            list.Sum(p => p.NoUpdate));
    }
}

public sealed record OverviewGroup(int Id, string Code, string Name, StatusCounts Counts);

public sealed record OverviewTaskRow(int Id, int AreaNumber, int Number, string Title, string LeadUnit, int CurrentPercent, TaskProgressStatus CurrentStatus,
    DateOnly EffectiveDueOn, DateOnly? AtRiskFrom, TaskSchedule Schedule, DateOnly? DueOn, DateTime? LastAcceptedAtUtc)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);

    public ScheduleStatus ScheduleOn(DateOnly today) => TaskSchedulePolicy.Classify(CurrentPercent, EffectiveDueOn, AtRiskFrom, today);

    /// <summary>The task list's columns as the .xlsx shows them, the schedule status as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<ListColumn<OverviewTaskRow>> Columns(DateOnly today) =>
    [
        new("Mục", r => r.Code, 9),
        new("Nhiệm vụ", r => r.Title, 60),
        new("Đơn vị chủ trì", r => r.LeadUnit, 24),
        new("Hoàn thành (%)", r => r.CurrentPercent, 11),
        new("Tình trạng thực hiện", r => DisplayNames.Of(r.CurrentStatus), 16),
        new("Tiến độ", r => DisplayNames.Of(r.ScheduleOn(today)), 16),
        new("Thời hạn", r => r.DueOn is { } due ? due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : DisplayNames.Of(r.Schedule), 13),
        new("Duyệt gần nhất", r => r.LastAcceptedAtUtc is { } at ? VietnamTime.ToLocal(at).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "", 17),
    ];
}

public sealed record OverviewViewModel(
    PlanSummary Plan,
    OverviewFilter Filter,
    IReadOnlyList<OverviewGroup> ByArea,
    IReadOnlyList<OverviewGroup> ByUnit,
    StatusCounts Total,
    IReadOnlyList<OverviewTaskRow> Tasks,
    Paging Paging,
    DateOnly Today,
    IReadOnlyList<SelectListItem> Areas,
    IReadOnlyList<SelectListItem> Units)
{
    /// <summary>The quarter whose "chưa báo cáo" figures are shown, and the quarters the Office can choose.</summary>
    public ReportingPeriod ReportPeriod { get; init; }

    public IReadOnlyList<ReportingPeriod> ReportPeriods { get; init; } = [];

    /// <summary>The chosen quarter's cut-off as the <c>period</c> query value.</summary>
    public string PeriodValue => ReportPeriod.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
