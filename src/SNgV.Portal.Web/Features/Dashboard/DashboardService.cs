using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Features.Reports;

namespace SNgV.Portal.Web.Features.Dashboard;

/// <summary>
/// The page a user lands on after signing in: the current plan's areas with task counts per unit, plus
/// what the role needs first (a staff member's own unit tasks, an administrator's accounts, the reports waiting for
/// the leadership's approval). A fixed
/// number of grouped queries, whatever the number of tasks.
/// </summary>
public sealed class DashboardService(PortalDbContext db, PlanReadService plans, ReportService reports)
{
    public async Task<DashboardViewModel> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new UnitColumn(u.Id, u.Code, u.Name))
            .ToListAsync(cancellationToken);

        var planId = await plans.CurrentPlanIdAsync(cancellationToken);
        var summary = planId is null ? null : await plans.SummaryAsync(planId.Value, cancellationToken);

        var matrix = summary is null ? null : await AreaUnitMatrixAsync(summary, units, cancellationToken);
        var unitTasks = summary is not null && user.IsInRole(Roles.Staff) && user.UnitIdOf() is { } unitId
            ? await UnitTasksAsync(summary.Id, unitId, cancellationToken)
            : null;
        var accounts = user.IsInRole(Roles.Administrator) ? await AccountCountsAsync(cancellationToken) : null;
        var waitingReports = user.IsInRole(Roles.Leadership) ? await reports.WaitingAsync(cancellationToken) : null;

        return new DashboardViewModel(user.DisplayName(), user.UnitNameOf(), summary, matrix, unitTasks, accounts, waitingReports);
    }

    private async Task<AreaUnitMatrix> AreaUnitMatrixAsync(PlanSummary plan, IReadOnlyList<UnitColumn> units, CancellationToken cancellationToken)
    {
        var tasks = db.PlanTasks.Where(t => t.SolutionArea!.PlanId == plan.Id && !t.IsArchived);

        var led = await tasks.GroupBy(t => new { t.SolutionAreaId, t.LeadUnitId })
            .Select(g => new { g.Key.SolutionAreaId, UnitId = g.Key.LeadUnitId, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var supported = await tasks.SelectMany(t => t.SupportingUnits, (t, s) => new { t.SolutionAreaId, s.UnitId })
            .GroupBy(x => new { x.SolutionAreaId, x.UnitId })
            .Select(g => new { g.Key.SolutionAreaId, g.Key.UnitId, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var rows = plan.Areas.Select(area => new AreaUnitRow(
            area,
            units.Select(unit => new UnitCount(
                led.Where(x => x.SolutionAreaId == area.Id && x.UnitId == unit.Id).Sum(x => x.Count),
                supported.Where(x => x.SolutionAreaId == area.Id && x.UnitId == unit.Id).Sum(x => x.Count))).ToList()))
            .ToList();

        return new AreaUnitMatrix(units, rows);
    }

    private Task<List<UnitTaskLine>> UnitTasksAsync(int planId, int unitId, CancellationToken cancellationToken) =>
        db.PlanTasks
            .Where(t => t.SolutionArea!.PlanId == planId && !t.IsArchived
                && (t.LeadUnitId == unitId || t.SupportingUnits.Any(s => s.UnitId == unitId)))
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number)
            .Select(t => new UnitTaskLine(t.Id, t.SolutionArea!.Number, t.Number, t.Title, t.LeadUnitId == unitId, t.Schedule, t.DueOn))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<RoleCount>> AccountCountsAsync(CancellationToken cancellationToken)
    {
        var counts = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            join u in db.Users on ur.UserId equals u.Id
                            group u by new { r.Name, u.IsDisabled } into g
                            select new { Role = g.Key.Name!, g.Key.IsDisabled, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return Roles.All.Select(role => new RoleCount(
            role,
            counts.Where(c => c.Role == role && !c.IsDisabled).Sum(c => c.Count),
            counts.Where(c => c.Role == role && c.IsDisabled).Sum(c => c.Count))).ToList();
    }
}

public sealed record DashboardViewModel(
    string UserName,
    string UnitName,
    PlanSummary? Plan,
    AreaUnitMatrix? Matrix,
    IReadOnlyList<UnitTaskLine>? UnitTasks,
    IReadOnlyList<RoleCount>? Accounts,
    IReadOnlyList<WaitingReportRow>? WaitingReports);

public sealed record UnitColumn(int Id, string Code, string Name);

public sealed record UnitCount(int Led, int Supported);

public sealed record AreaUnitRow(AreaSummary Area, IReadOnlyList<UnitCount> Counts);

public sealed record AreaUnitMatrix(IReadOnlyList<UnitColumn> Units, IReadOnlyList<AreaUnitRow> Rows)
{
    public int LedTotal(int unitIndex) => Rows.Sum(r => r.Counts[unitIndex].Led);

    public int SupportedTotal(int unitIndex) => Rows.Sum(r => r.Counts[unitIndex].Supported);
}

public sealed record UnitTaskLine(int Id, int AreaNumber, int Number, string Title, bool IsLead, TaskSchedule Schedule, DateOnly? DueOn)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);
}

public sealed record RoleCount(string Role, int Active, int Disabled);
