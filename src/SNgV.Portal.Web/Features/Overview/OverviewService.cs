using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Overview;

/// <summary>
/// Where the plan stands, per area and per unit. Every figure is counted by grouped SQL queries over the
/// tasks' stored state (percent, status, effective due date, at-risk date): a fixed number of queries
/// whatever the number of tasks.
/// </summary>
public sealed class OverviewService(PortalDbContext db, PlanReadService plans, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<OverviewViewModel?> BuildAsync(OverviewFilter filter, CancellationToken cancellationToken = default)
    {
        var plan = await plans.CurrentSummaryAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var tasks = db.PlanTasks.Where(t => t.SolutionArea!.PlanId == plan.Id && !t.IsArchived);
        var periods = ReportingPeriod.ReportableOn(today, ReportingFrequency.Quarterly, plan.Year);
        var period = ReportPeriodFor(filter, today, plan.Year);
        filter.Period = period.End;
        var lacksUpdate = LacksUpdateFor(period.End);

        var byAreaCounts = await CountAsync(tasks, t => t.SolutionAreaId, lacksUpdate, today, cancellationToken);
        var byUnitCounts = await CountAsync(tasks, t => t.LeadUnitId, lacksUpdate, today, cancellationToken);

        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken);
        var byArea = plan.Areas.Select(a => new OverviewGroup(a.Id, a.Code, a.Title, byAreaCounts.GetValueOrDefault(a.Id, StatusCounts.Empty))).ToList();
        var byUnit = units.Select(u => new OverviewGroup(u.Id, u.Code, u.Name, byUnitCounts.GetValueOrDefault(u.Id, StatusCounts.Empty))).ToList();

        var (rows, paging) = await ListPage.ReadAsync(TaskRows(Filter(tasks, filter, lacksUpdate, today), filter), filter.Page, PageSize, cancellationToken);

        return new OverviewViewModel(
            plan,
            filter,
            byArea,
            byUnit,
            StatusCounts.Sum(byArea.Select(a => a.Counts)),
            rows,
            paging,
            today,
            plan.Areas.Select(a => new SelectListItem($"{a.Code} {a.Title}", a.Id.ToString())).ToList(),
            units.Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToList())
        {
            ReportPeriod = period,
            ReportPeriods = periods,
        };
    }

    /// <summary>Every task the list's filters keep, in the list's order (all pages): what "Xuất Excel" writes. Null without a current plan.</summary>
    public async Task<(IReadOnlyList<OverviewTaskRow> Rows, DateOnly Today, string PlanNumber)?> ExportAsync(OverviewFilter filter, CancellationToken cancellationToken = default)
    {
        var plan = await plans.CurrentSummaryAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var period = ReportPeriodFor(filter, today, plan.Year);
        var tasks = db.PlanTasks.Where(t => t.SolutionArea!.PlanId == plan.Id && !t.IsArchived);
        var rows = await TaskRows(Filter(tasks, filter, LacksUpdateFor(period.End), today), filter).ToListAsync(cancellationToken);
        return (rows, today, plan.Number);
    }

    private static ReportingPeriod ReportPeriodFor(OverviewFilter filter, DateOnly today, int planYear) => ReportPeriodOn(today, planYear, filter.Period);

    /// <summary>
    /// The quarter whose reports are counted as "chưa báo cáo": the one ending on <paramref name="chosen"/> if it is
    /// reportable, else the latest ended one (or the first of the plan year). The reminder form pre-ticks by it too.
    /// </summary>
    public static ReportingPeriod ReportPeriodOn(DateOnly today, int planYear, DateOnly? chosen = null)
    {
        var periods = ReportingPeriod.ReportableOn(today, ReportingFrequency.Quarterly, planYear);
        var ended = periods.Where(p => p.End < today).ToList();
        return periods.Any(p => p.End == chosen) ? periods.First(p => p.End == chosen)
            : ended.Count > 0 ? ended[^1] : periods[^1];
    }

    private static readonly ListSorting<PlanTask> Sorting = new ListSorting<PlanTask>("code")
        .By("code", t => t.SolutionArea!.Number, t => t.Number)
        .By("unit", t => t.LeadUnit!.Name)
        .By("percent", t => t.CurrentPercent)
        .By("due", t => t.EffectiveDueOn)
        .By("accepted", t => t.LastAcceptedAtUtc)
        .Then(t => t.Id);

    private static IQueryable<OverviewTaskRow> TaskRows(IQueryable<PlanTask> filtered, OverviewFilter filter) =>
        Sorting.Apply(filtered, filter)
            .Select(t => new OverviewTaskRow(t.Id, t.SolutionArea!.Number, t.Number, t.Title, t.LeadUnit!.Name, t.CurrentPercent, t.CurrentStatus,
                t.EffectiveDueOn, t.AtRiskFrom, t.Schedule, t.DueOn, t.LastAcceptedAtUtc));

    /// <summary>Two grouped queries: the status counts, and the count of tasks without an update this period.</summary>
    private static async Task<Dictionary<int, StatusCounts>> CountAsync(
        IQueryable<PlanTask> tasks, Expression<Func<PlanTask, int>> key, Expression<Func<PlanTask, bool>> lacksUpdate, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await tasks.GroupBy(key).Select(g => new
        {
            g.Key,
            Total = g.Count(),
            Average = g.Average(t => (double)t.CurrentPercent),
            NotStarted = g.Count(t => t.CurrentStatus == TaskProgressStatus.NotStarted),
            InProgress = g.Count(t => t.CurrentStatus == TaskProgressStatus.InProgress),
            Completed = g.Count(t => t.CurrentStatus == TaskProgressStatus.Completed),
            Paused = g.Count(t => t.CurrentStatus == TaskProgressStatus.Paused),
            Late = g.Count(t => t.CurrentPercent < 100 && t.EffectiveDueOn < today),
            AtRisk = g.Count(t => t.CurrentPercent < 100 && t.EffectiveDueOn >= today && t.AtRiskFrom != null && t.AtRiskFrom <= today),
            Done = g.Count(t => t.CurrentPercent >= 100),
        }).ToListAsync(cancellationToken);

        var noUpdate = await tasks.Where(lacksUpdate).GroupBy(key).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        return counts.ToDictionary(c => c.Key, c => new StatusCounts(
            c.Total, c.Average, c.NotStarted, c.InProgress, c.Completed, c.Paused,
            c.Total - c.Late - c.AtRisk - c.Done, c.AtRisk, c.Late, noUpdate.GetValueOrDefault(c.Key)));
    }

    private static IQueryable<PlanTask> Filter(IQueryable<PlanTask> tasks, OverviewFilter filter, Expression<Func<PlanTask, bool>> lacksUpdate, DateOnly today)
    {
        if (filter.AreaId is { } areaId)
        {
            tasks = tasks.Where(t => t.SolutionAreaId == areaId);
        }

        if (filter.UnitId is { } unitId)
        {
            tasks = tasks.Where(t => t.LeadUnitId == unitId);
        }

        if (filter.NoUpdate)
        {
            tasks = tasks.Where(lacksUpdate);
        }

        return filter.Schedule switch
        {
            ScheduleStatus.Completed => tasks.Where(t => t.CurrentPercent >= 100),
            ScheduleStatus.Late => tasks.Where(t => t.CurrentPercent < 100 && t.EffectiveDueOn < today),
            ScheduleStatus.AtRisk => tasks.Where(t => t.CurrentPercent < 100 && t.EffectiveDueOn >= today && t.AtRiskFrom != null && t.AtRiskFrom <= today),
            ScheduleStatus.OnTrack => tasks.Where(t => t.CurrentPercent < 100 && t.EffectiveDueOn >= today && (t.AtRiskFrom == null || t.AtRiskFrom > today)),
            _ => tasks,
        };
    }

    /// <summary>
    /// Due a report for the period ending on <paramref name="cutOff"/> (the 14th of a quarter's last month) and no
    /// update of it submitted or accepted. Monthly and quarterly tasks are due every quarter, half-yearly ones in
    /// June and December, yearly ones in December; the period start per frequency is chosen per row in SQL. The
    /// list of a past quarter stays as it is when the next quarter begins.
    /// </summary>
    public static Expression<Func<PlanTask, bool>> LacksUpdateFor(DateOnly cutOff)
    {
        var month = ReportingPeriod.Containing(cutOff, ReportingFrequency.Monthly).Start;
        var quarter = ReportingPeriod.Containing(cutOff, ReportingFrequency.Quarterly).Start;
        var half = ReportingPeriod.Containing(cutOff, ReportingFrequency.HalfYearly);
        var year = ReportingPeriod.Containing(cutOff, ReportingFrequency.Yearly);
        var halfDue = half.End == cutOff;
        var yearDue = year.End == cutOff;
        return t => (t.ReportingFrequency == ReportingFrequency.HalfYearly ? halfDue
                : t.ReportingFrequency == ReportingFrequency.Yearly ? yearDue
                : true)
            && !t.Updates.Any(u =>
                (u.State == ProgressUpdateState.Submitted || u.State == ProgressUpdateState.Accepted)
                && u.PeriodEnd == cutOff
                && u.PeriodStart == (t.ReportingFrequency == ReportingFrequency.Monthly ? month
                    : t.ReportingFrequency == ReportingFrequency.HalfYearly ? half.Start
                    : t.ReportingFrequency == ReportingFrequency.Yearly ? year.Start
                    : quarter));
    }
}
