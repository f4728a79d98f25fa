using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Progress;

/// <summary>
/// "Nhiệm vụ của đơn vị": the tasks of the current plan a unit leads or supports, with search, filters, sort and
/// paging. One query builder (<see cref="FilteredAsync"/>) feeds the page, its .xlsx export and the home page's counts,
/// so a figure on the home page is the number of rows its link shows. Filters and counts run in SQL; only the search
/// folds accents in memory, over the unit's task titles (a few hundred short rows), to pick the ids it matches.
/// </summary>
public sealed class UnitTaskListService(PortalDbContext db, PlanReadService plans, ReportingCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 20;

    private DateOnly Today => VietnamTime.Today(clock);

    public async Task<UnitTaskListViewModel> ListAsync(int unitId, string unitName, UnitTaskFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(unitId, cancellationToken);
        var tasks = await FilteredAsync(scope, filter, cancellationToken);
        var total = await tasks.CountAsync(cancellationToken);
        var page = Paging.ClampPage(filter.Page, total, PageSize);
        filter.Page = page;
        var rows = await RowsAsync(scope, tasks, (page - 1) * PageSize, PageSize, filter, cancellationToken);
        var areas = scope.Plan?.Areas.Select(a => new SelectListItem($"{a.Code} {a.Title}", a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Id == filter.AreaId)).ToList() ?? [];
        return new UnitTaskListViewModel(unitName, scope.Plan?.Number, rows, new Paging(page, PageSize, total), Today)
        {
            Filter = filter,
            Areas = areas,
        };
    }

    /// <summary>How many of the unit's tasks the list shows with each of <paramref name="filters"/>: one COUNT each over the same query.</summary>
    public async Task<IReadOnlyList<int>> CountAsync(int unitId, IReadOnlyList<UnitTaskFilter> filters, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(unitId, cancellationToken);
        var counts = new List<int>();
        foreach (var filter in filters)
        {
            counts.Add(await (await FilteredAsync(scope, filter, cancellationToken)).CountAsync(cancellationToken));
        }

        return counts;
    }

    /// <summary>Every row the list shows with <paramref name="filter"/> (all pages), as a workbook of one sheet.</summary>
    public async Task<byte[]> ExportAsync(int unitId, string unitName, UnitTaskFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(unitId, cancellationToken);
        var rows = await RowsAsync(scope, await FilteredAsync(scope, filter, cancellationToken), 0, int.MaxValue, filter, cancellationToken);
        var today = Today;
        return ListExport.Workbook(
            $"Nhiệm vụ của {unitName} — Kế hoạch {scope.Plan?.Number ?? "—"}",
            [
                new ListColumn<UnitTaskRow>("Mục", r => r.Code, 10),
                new("Nhiệm vụ", r => r.Title, 70),
                new("Vai trò", r => r.IsLead ? "Chủ trì" : "Phối hợp", 10),
                new("Tình trạng", r => DisplayNames.Of(r.CurrentStatus)),
                new("Tiến độ", r => DisplayNames.Of(r.ScheduleOn(today)), 18),
                new("Hoàn thành (%)", r => r.CurrentPercent, 12),
                new("Báo cáo gần nhất của đơn vị", r => r.OwnState is { } state ? $"{DisplayNames.Of(state)} {Badges.Format(r.OwnUpdatedAtUtc!.Value)}" : "Chưa báo cáo", 26),
                new("Cần báo cáo", r => r.DuePeriod?.Label),
                new("Thời hạn", r => r.DueOn is { } due ? due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : DisplayNames.Of(r.Schedule), 14),
            ],
            rows,
            clock.GetUtcNow().UtcDateTime,
            $"{rows.Count} nhiệm vụ theo bộ lọc đang chọn.");
    }

    private async Task<UnitTaskScope> ScopeAsync(int unitId, CancellationToken cancellationToken)
    {
        var planId = await plans.CurrentPlanIdAsync(cancellationToken);
        var plan = planId is null ? null : await plans.SummaryAsync(planId.Value, cancellationToken);
        var issued = plan is null ? [] : await calendar.IssuedAsync(plan.Id, cancellationToken);
        return new UnitTaskScope(unitId, plan, issued, Today);
    }

    /// <summary>The one query of the list: the unit's tasks with every filter applied, in SQL.</summary>
    private async Task<IQueryable<PlanTask>> FilteredAsync(UnitTaskScope scope, UnitTaskFilter filter, CancellationToken cancellationToken)
    {
        var unitId = scope.UnitId;
        var planId = scope.Plan?.Id;
        var tasks = db.PlanTasks.AsNoTracking().Where(t => t.SolutionArea!.PlanId == planId && !t.IsArchived
            && (t.LeadUnitId == unitId || t.SupportingUnits.Any(s => s.UnitId == unitId)));

        if (filter.AreaId is { } areaId)
        {
            tasks = tasks.Where(t => t.SolutionAreaId == areaId);
        }

        if (filter.Status is { } status)
        {
            tasks = tasks.Where(t => t.CurrentStatus == status);
        }

        if (filter.Due && scope.Plan is { } plan)
        {
            tasks = tasks.Where(ReportingCalendar.NeedsReport(scope.Issued, plan.Year, scope.Today, unitId));
        }

        if (filter.Returned)
        {
            tasks = tasks.Where(t => t.Updates.Any(u => u.UnitId == unitId && u.State == ProgressUpdateState.Returned));
        }

        if (filter.Draft)
        {
            tasks = tasks.Where(t => t.Updates.Any(u => u.UnitId == unitId && u.State == ProgressUpdateState.Draft));
        }

        if (VietnameseText.Fold(filter.Q) is { Length: > 0 } words)
        {
            var texts = await tasks.Select(t => new { t.Id, AreaNumber = t.SolutionArea!.Number, t.Number, t.Title }).ToListAsync(cancellationToken);
            var ids = texts
                .Where(t => VietnameseText.Fold($"{PlanTask.CodeOf(t.AreaNumber, t.Number)} {t.Title}").Contains(words, StringComparison.Ordinal))
                .Select(t => t.Id).ToList();
            tasks = tasks.Where(t => ids.Contains(t.Id));
        }

        return tasks;
    }

    private static async Task<List<UnitTaskRow>> RowsAsync(UnitTaskScope scope, IQueryable<PlanTask> tasks, int skip, int take, UnitTaskFilter filter, CancellationToken cancellationToken)
    {
        var unitId = scope.UnitId;
        var rows = await Sorted(tasks, unitId, filter.Sort, filter.Desc)
            .Skip(skip).Take(take)
            .Select(t => new
            {
                t.Id,
                AreaNumber = t.SolutionArea!.Number,
                t.Number,
                t.Title,
                IsLead = t.LeadUnitId == unitId,
                t.CurrentPercent,
                t.CurrentStatus,
                t.EffectiveDueOn,
                t.AtRiskFrom,
                t.Schedule,
                t.DueOn,
                Own = t.Updates.Where(u => u.UnitId == unitId).OrderByDescending(u => u.UpdatedAtUtc)
                    .Select(u => new { u.State, u.UpdatedAtUtc }).FirstOrDefault(),
                t.LastAcceptedAtUtc,
                t.ReportingFrequency,
                OwnPeriods = t.Updates.Where(u => u.UnitId == unitId).Select(u => new { u.PeriodStart, u.State }).ToList(),
            })
            .ToListAsync(cancellationToken);

        ReportingPeriod? DueOf(ReportingFrequency? frequency, IReadOnlyDictionary<DateOnly, ProgressUpdateState> own) =>
            scope.Plan is { } plan && ReportingCalendar.Proposed(ReportingCalendar.Open(scope.Issued, own, frequency, plan.Year, scope.Today), scope.Today) is { IsReported: false } due
                ? due.Period : null;
        return rows.Select(r => new UnitTaskRow(r.Id, r.AreaNumber, r.Number, r.Title, r.IsLead, r.CurrentPercent, r.CurrentStatus,
            r.EffectiveDueOn, r.AtRiskFrom, r.Schedule, r.DueOn, r.Own?.State, r.Own?.UpdatedAtUtc, r.LastAcceptedAtUtc,
            DueOf(r.ReportingFrequency, r.OwnPeriods.ToDictionary(u => u.PeriodStart, u => u.State)))).ToList();
    }

    private static IQueryable<PlanTask> Sorted(IQueryable<PlanTask> tasks, int unitId, UnitTaskSort sort, bool desc)
    {
        IOrderedQueryable<PlanTask> By<TKey>(Expression<Func<PlanTask, TKey>> key) => desc ? tasks.OrderByDescending(key) : tasks.OrderBy(key);
        var ordered = sort switch
        {
            UnitTaskSort.DueOn => By(t => t.EffectiveDueOn),
            UnitTaskSort.Percent => By(t => t.CurrentPercent),
            UnitTaskSort.LatestReport => By(t => t.Updates.Where(u => u.UnitId == unitId).Max(u => (DateTime?)u.UpdatedAtUtc)),
            _ => desc ? tasks.OrderByDescending(t => t.SolutionArea!.Number).ThenByDescending(t => t.Number) : tasks.OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number),
        };
        return ordered.ThenBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number).ThenBy(t => t.Id);
    }

    private sealed record UnitTaskScope(int UnitId, PlanSummary? Plan, IReadOnlyList<(DateOnly From, DateOnly To)> Issued, DateOnly Today);
}
