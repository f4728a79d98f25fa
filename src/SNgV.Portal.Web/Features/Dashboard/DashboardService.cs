using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Features.Overview;
using SNgV.Portal.Web.Features.Pci;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Features.Progress;
using SNgV.Portal.Web.Features.Reports;
using SNgV.Portal.Web.Features.Review;
using SNgV.Portal.Web.Features.SurveyResults;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Dashboard;

/// <summary>
/// The page a user lands on after signing in: what the role has to do, each figure a link to the list behind it and
/// counted by that list's own service with the same filter (the review queue, the tracking page, the reports list, the
/// unit's task list), so following a link shows exactly that many rows. Then the charts a role would rather look at
/// than read, and the plan's areas with task counts per unit. A fixed number of grouped queries, whatever the number
/// of tasks.
/// </summary>
public sealed class DashboardService(
    PortalDbContext db,
    PlanReadService plans,
    ReportService reports,
    ReviewService review,
    OverviewService overview,
    UnitTaskListService unitTasks,
    SurveyResultsService surveys,
    PciRecordQuery pci,
    LinkGenerator links,
    TimeProvider clock)
{
    public async Task<DashboardViewModel> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new UnitColumn(u.Id, u.Code, u.Name))
            .ToListAsync(cancellationToken);

        var planId = await plans.CurrentPlanIdAsync(cancellationToken);
        var summary = planId is null ? null : await plans.SummaryAsync(planId.Value, cancellationToken);

        var isStaff = user.IsInRole(Roles.Staff);
        var matrix = summary is null ? null : await AreaUnitMatrixAsync(summary, units, cancellationToken);
        var staff = summary is not null && isStaff && user.UnitIdOf() is { } unitId
            ? await StaffTodoAsync(unitId, cancellationToken)
            : null;
        var accounts = user.IsInRole(Roles.Administrator) ? await AccountCountsAsync(cancellationToken) : null;
        var (office, picture) = summary is not null && user.IsInRole(Roles.Office) ? await OfficeTodoAsync(cancellationToken) : (null, null);
        var leadership = user.IsInRole(Roles.Leadership) ? await LeadershipAsync(cancellationToken) : null;
        if (summary is not null && leadership is not null && picture is null)
        {
            picture = await overview.BuildAsync(new OverviewFilter(), cancellationToken);
        }

        var charts = summary is not null && picture is not null ? await ChartsAsync(summary, picture, cancellationToken) : null;

        return new DashboardViewModel(user.DisplayName(), user.UnitNameOf(), summary, matrix, staff, accounts, leadership?.WaitingReports)
        {
            Office = office,
            Leadership = leadership,
            Charts = charts,
        };
    }

    /// <summary>The staff member's unit: tasks to report this period, updates returned, drafts not sent (the task list's filters).</summary>
    private async Task<StaffTodo> StaffTodoAsync(int unitId, CancellationToken cancellationToken)
    {
        (string Key, string Label, UnitTaskFilter Filter)[] items =
        [
            ("all", "Nhiệm vụ của đơn vị", new UnitTaskFilter()),
            ("due", "Nhiệm vụ cần báo cáo kỳ này", new UnitTaskFilter { Due = true }),
            ("returned", "Báo cáo bị Văn phòng trả lại, cần sửa và gửi lại", new UnitTaskFilter { Returned = true }),
            ("draft", "Bản nháp chưa gửi Văn phòng", new UnitTaskFilter { Draft = true }),
        ];
        var counts = await unitTasks.CountAsync(unitId, items.Select(i => i.Filter).ToList(), cancellationToken);
        var todos = items.Select((i, n) => new TodoItem(i.Key, i.Label, counts[n], links.PathTo("Index", "UnitTasks", i.Filter.RouteValues()))).ToList();
        return new StaffTodo(todos[0], todos[1..]);
    }

    /// <summary>
    /// The Office's queue: updates to review, tasks late and at risk, the units that have not reported the quarter being
    /// reported (each with its tasks still missing), reports the Leadership returned.
    /// </summary>
    /// <returns>The queue, and the tracking page's picture of the plan (its groups do not depend on the filter) for the charts.</returns>
    private async Task<(OfficeTodo? Todo, OverviewViewModel? Picture)> OfficeTodoAsync(CancellationToken cancellationToken)
    {
        var toReview = (await review.QueueAsync(new ReviewQueueQuery(), cancellationToken)).Paging.TotalCount;
        var late = await overview.BuildAsync(new OverviewFilter { Schedule = ScheduleStatus.Late }, cancellationToken);
        var atRisk = await overview.BuildAsync(new OverviewFilter { Schedule = ScheduleStatus.AtRisk }, cancellationToken);
        var missing = await overview.BuildAsync(new OverviewFilter { NoUpdate = true }, cancellationToken);
        if (late is null || atRisk is null || missing is null)
        {
            return (null, null);
        }

        var returned = await reports.ListAsync(new ReportListQuery(State: ReportState.Returned), seesDrafts: true, 1, cancellationToken);
        var period = missing.PeriodValue;
        var todo = new OfficeTodo(
            [
                new TodoItem("review", "Báo cáo tiến độ chờ duyệt", toReview, links.PathTo("Index", "Review")),
                new TodoItem("late", "Nhiệm vụ chậm tiến độ", late.Paging.TotalCount, links.PathTo("Index", "Overview", new { schedule = ScheduleStatus.Late })),
                new TodoItem("at-risk", "Nhiệm vụ có nguy cơ chậm", atRisk.Paging.TotalCount, links.PathTo("Index", "Overview", new { schedule = ScheduleStatus.AtRisk })),
                new TodoItem("no-update", $"Nhiệm vụ chưa có báo cáo {missing.ReportPeriod.Label}", missing.Paging.TotalCount,
                    links.PathTo("Index", "Overview", new { noUpdate = "true", period })),
                new TodoItem("returned-reports", "Báo cáo định kỳ Lãnh đạo Sở trả lại", returned.Paging.TotalCount,
                    links.PathTo("Index", "Reports", new { trangThai = ReportState.Returned })),
            ],
            missing.ReportPeriod,
            missing.ByUnit.Where(u => u.Counts.NoUpdate > 0)
                .Select(u => new TodoItem($"unit-{u.Id}", u.Name, u.Counts.NoUpdate, links.PathTo("Index", "Overview", new { unitId = u.Id, noUpdate = "true", period })))
                .ToList());
        return (todo, late);
    }

    /// <summary>The Leadership: reports waiting for approval, the latest SIPAS index and PCI result.</summary>
    private async Task<LeadershipHome> LeadershipAsync(CancellationToken cancellationToken)
    {
        var waiting = await reports.ListAsync(new ReportListQuery(State: ReportState.Submitted), seesDrafts: true, 1, cancellationToken);
        var waitingRows = await reports.WaitingAsync(cancellationToken);
        var results = await surveys.ResultsAsync(new ResultsFilter(null), withComments: false, cancellationToken);
        var record = await pci.ReadAsync(cancellationToken);
        var latestPci = record.Years.Count > 0 ? record.Years[^1] : null;
        return new LeadershipHome(
            new TodoItem("waiting-reports", "Báo cáo định kỳ chờ phê duyệt", waiting.Paging.TotalCount, links.PathTo("Index", "Reports", new { trangThai = ReportState.Submitted })),
            waitingRows,
            results.Round?.Name,
            results.Results?.Sipas,
            results.Results?.Responses ?? 0,
            latestPci is null ? null : new PciLatest(record.Province, latestPci.Year, latestPci.Published, latestPci.Rank),
            results.ByQuarter.Select(g => new SipasQuarter(g.Label, g.Results.Sipas, g.Results.Responses)).ToList());
    }

    /// <summary>
    /// Progress per area and per unit (the tracking page's own groups, each task count a link to its rows), the plan's
    /// average completion at the end of each quarter from accepted updates.
    /// </summary>
    private async Task<DashboardCharts> ChartsAsync(PlanSummary plan, OverviewViewModel picture, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var tasks = db.PlanTasks.Where(t => t.SolutionArea!.PlanId == plan.Id && !t.IsArchived);
        var quarters = new List<QuarterProgress>();
        foreach (var quarter in ReportingPeriod.ReportableOn(today, ReportingFrequency.Quarterly, plan.Year).Where(q => q.End.Year == plan.Year))
        {
            // Each task at its lead unit's latest accepted percent up to the quarter's cut-off; a task not yet reported counts as 0 %.
            var end = quarter.End;
            var figures = await tasks.GroupBy(_ => 1).Select(g => new
            {
                Average = g.Average(t => (double)(t.Updates
                    .Where(u => u.State == ProgressUpdateState.Accepted && u.UnitId == t.LeadUnitId && u.PeriodEnd <= end)
                    .Max(u => (int?)u.Percent) ?? 0)),
                Reported = g.Count(t => t.Updates.Any(u => u.State == ProgressUpdateState.Accepted && u.UnitId == t.LeadUnitId && u.PeriodEnd <= end)),
            }).SingleOrDefaultAsync(cancellationToken);
            quarters.Add(new QuarterProgress(quarter.Label, (decimal)(figures?.Average ?? 0), figures?.Reported ?? 0));
        }

        return new DashboardCharts(
            picture.ByArea.Select(a => Group(a, new { areaId = a.Id })).ToList(),
            picture.ByUnit.Where(u => u.Counts.Total > 0).Select(u => Group(u, new { unitId = u.Id })).ToList(),
            StatusCounts.Sum(picture.ByArea.Select(a => a.Counts)).AveragePercent,
            quarters);

        ProgressGroup Group(OverviewGroup g, object route) =>
            new(g.Code, g.Name, (decimal)g.Counts.AveragePercent, g.Counts.Total, g.Counts.Completed, g.Counts.Late, links.PathTo("Index", "Overview", route));
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
    StaffTodo? Staff,
    IReadOnlyList<RoleCount>? Accounts,
    IReadOnlyList<WaitingReportRow>? WaitingReports)
{
    public OfficeTodo? Office { get; init; }

    public LeadershipHome? Leadership { get; init; }

    public DashboardCharts? Charts { get; init; }
}

/// <summary>A figure of a to-do list and the address of the list holding exactly that many rows.</summary>
public sealed record TodoItem(string Key, string Label, int Count, string Url);

public sealed record StaffTodo(TodoItem All, IReadOnlyList<TodoItem> Items);

/// <param name="MissingUnits">The units that lead tasks without a report of <paramref name="Period"/>, each with how many.</param>
public sealed record OfficeTodo(IReadOnlyList<TodoItem> Items, ReportingPeriod Period, IReadOnlyList<TodoItem> MissingUnits);

public sealed record PciLatest(string Province, int Year, decimal Composite, int? Rank);

public sealed record LeadershipHome(
    TodoItem Waiting, IReadOnlyList<WaitingReportRow> WaitingReports, string? SurveyRound, decimal? Sipas, long SurveyResponses, PciLatest? Pci, IReadOnlyList<SipasQuarter> SipasByQuarter);

/// <summary>An area's or a unit's tasks: average completion, how many, done and late, and the tracking page's rows of it.</summary>
public sealed record ProgressGroup(string Code, string Name, decimal AveragePercent, int Tasks, int Completed, int Late, string Url);

public sealed record QuarterProgress(string Label, decimal AveragePercent, int TasksReported);

public sealed record SipasQuarter(string Label, decimal? Sipas, long Responses);

public sealed record DashboardCharts(
    IReadOnlyList<ProgressGroup> ByArea,
    IReadOnlyList<ProgressGroup> ByUnit,
    double PlanAveragePercent,
    IReadOnlyList<QuarterProgress> Quarters);

public sealed record UnitColumn(int Id, string Code, string Name);

public sealed record UnitCount(int Led, int Supported);

public sealed record AreaUnitRow(AreaSummary Area, IReadOnlyList<UnitCount> Counts);

public sealed record AreaUnitMatrix(IReadOnlyList<UnitColumn> Units, IReadOnlyList<AreaUnitRow> Rows)
{
    public int LedTotal(int unitIndex) => Rows.Sum(r => r.Counts[unitIndex].Led);

    public int SupportedTotal(int unitIndex) => Rows.Sum(r => r.Counts[unitIndex].Supported);
}

public sealed record RoleCount(string Role, int Active, int Disabled);
