using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Features.Overview;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>The Office chasing a unit by hand (đôn đốc), and the history of every reminder sent.</summary>
public sealed class ReminderService(
    PortalDbContext db,
    PlanReadService plans,
    NotificationWriter notifications,
    ReminderDelivery delivery,
    TimeProvider clock)
{
    public const int PageSize = 20;

    public Task<bool> UnitExistsAsync(int unitId, CancellationToken cancellationToken = default) =>
        db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, cancellationToken);

    /// <summary>Whether every one of <paramref name="taskIds"/> is a task of the current plan that the unit leads or supports.</summary>
    public async Task<bool> TasksBelongToUnitAsync(int unitId, IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken = default)
    {
        var planId = await plans.CurrentPlanIdAsync(cancellationToken);
        if (planId is null)
        {
            return false;
        }

        var distinct = taskIds.Distinct().ToList();
        var found = await UnitTasks(planId.Value, unitId).CountAsync(t => distinct.Contains(t.Id), cancellationToken);
        return found == distinct.Count;
    }

    /// <summary>
    /// The form: units to choose from and, for a chosen unit, its tasks in the current plan with a polite message
    /// ready to edit. Null when <paramref name="unitId"/> names no active unit.
    /// </summary>
    /// <remarks>
    /// On a fresh form the tasks without a report for the period the tracking page counts are ticked
    /// (<see cref="OverviewService.LacksUpdateFor"/>); <paramref name="areaId"/> narrows the list to one area.
    /// </remarks>
    public async Task<ReminderFormViewModel?> FormAsync(int? unitId, ReminderInput? input, int? areaId = null, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString()))
            .ToListAsync(cancellationToken);
        if (unitId is null)
        {
            return new ReminderFormViewModel(input ?? new ReminderInput(), units, null, null, []) { AreaId = areaId };
        }

        var unitName = units.FirstOrDefault(u => u.Value == unitId.Value.ToString())?.Text;
        if (unitName is null)
        {
            return input is null ? null : new ReminderFormViewModel(input, units, null, null, []) { AreaId = areaId };
        }

        var planId = await plans.CurrentPlanIdAsync(cancellationToken);
        var plan = planId is null ? null : await db.Plans.Where(p => p.Id == planId)
            .Select(p => new { p.Number, p.IssuedOn, p.Year })
            .SingleAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        var period = plan is null ? (ReportingPeriod?)null : OverviewService.ReportPeriodOn(today, plan.Year);
        var unitTasks = planId is null ? db.PlanTasks.Where(t => false) : UnitTasks(planId.Value, unitId.Value);
        var areas = await unitTasks.Select(t => t.SolutionArea!).Distinct().OrderBy(a => a.Number)
            .Select(a => new SelectListItem("II." + a.Number + " " + a.Title, a.Id.ToString()))
            .ToListAsync(cancellationToken);
        if (areaId is { } area)
        {
            unitTasks = unitTasks.Where(t => t.SolutionAreaId == area);
        }

        var lacking = period is { } p ? OverviewService.LacksUpdateFor(p.End) : (t => false);
        var tasks = await unitTasks
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number)
            .Select(t => new { t.Id, Area = t.SolutionArea!.Number, t.Number, t.Title, IsLead = t.LeadUnitId == unitId, t.Schedule, t.EffectiveDueOn, t.CurrentPercent, t.AtRiskFrom })
            .ToListAsync(cancellationToken);
        var unreported = await unitTasks.Where(lacking).Select(t => t.Id).ToListAsync(cancellationToken);

        input ??= new ReminderInput
        {
            UnitId = unitId,
            Message = plan is null ? "" : Template(unitName, plan.Number, plan.IssuedOn),
            TaskIds = unreported,
        };

        return new ReminderFormViewModel(
            input,
            units,
            unitName,
            plan?.Number,
            tasks.Select(t => new UnitTaskChoice(t.Id, t.Area, t.Number, t.Title, t.IsLead, t.Schedule, t.EffectiveDueOn, t.CurrentPercent,
                TaskSchedulePolicy.Classify(t.CurrentPercent, t.EffectiveDueOn, t.AtRiskFrom, today)) { Unreported = unreported.Contains(t.Id) }).ToList())
        {
            AreaId = areaId,
            Areas = areas,
            Period = period,
        };
    }

    /// <summary>Sends a validated manual reminder: one <see cref="Reminder"/>, a notification and an e-mail per staff account of the unit.</summary>
    public async Task<(string UnitName, int TaskCount, DeliveryResult Result)> SendAsync(ReminderInput input, string sentById, CancellationToken cancellationToken = default)
    {
        var unitId = input.UnitId!.Value;
        var planId = (await plans.CurrentPlanIdAsync(cancellationToken))!.Value;
        var ids = input.TaskIds.Distinct().ToList();
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var tasks = await UnitTasks(planId, unitId).Where(t => ids.Contains(t.Id))
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number)
            .Select(t => new ReminderTaskLine(t.Id, t.SolutionArea!.Number, t.Number, t.Title))
            .ToListAsync(cancellationToken);
        var title = tasks.Count == 1
            ? $"Văn phòng Sở đôn đốc thực hiện nhiệm vụ {tasks[0].Code}"
            : $"Văn phòng Sở đôn đốc thực hiện {tasks.Count} nhiệm vụ";
        var message = input.Message;

        var draft = new ReminderDraft(unitId, unitName, ReminderKind.Manual, title, message, sentById, null, tasks);
        var recipients = await notifications.ActiveStaffOfUnitsAsync([unitId], cancellationToken: cancellationToken);
        var result = await delivery.DeliverAsync(draft, recipients, cancellationToken)
            ?? throw new InvalidOperationException("A manual reminder has no deduplication key and is always recorded.");
        return (unitName, tasks.Count, result);
    }

    private static readonly ListSorting<Reminder> HistorySorting = new ListSorting<Reminder>("sent", defaultDescending: true)
        .By("sent", r => r.CreatedAtUtc)
        .By("unit", r => r.Unit!.Name)
        .By("kind", r => r.Kind)
        .Then(r => r.Id, descending: true);

    public async Task<ReminderHistoryViewModel> HistoryAsync(ReminderHistoryQuery query, CancellationToken cancellationToken = default)
    {
        var (rows, paging) = await ListPage.ReadAsync(History(query), query.Page, PageSize, cancellationToken);
        var units = await db.Units.OrderBy(u => u.SortOrder).Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync(cancellationToken);
        return new ReminderHistoryViewModel(query, rows, paging, units);
    }

    /// <summary>Every reminder the filters keep, newest first (all pages): what "Xuất Excel" writes.</summary>
    public Task<List<ReminderHistoryRow>> ExportHistoryAsync(ReminderHistoryQuery query, CancellationToken cancellationToken = default) =>
        History(query).ToListAsync(cancellationToken);

    private IQueryable<ReminderHistoryRow> History(ReminderHistoryQuery query)
    {
        var reminders = db.Reminders.AsQueryable();
        if (query.UnitId is { } unitId)
        {
            reminders = reminders.Where(r => r.UnitId == unitId);
        }

        if (query.Kind == ReminderHistoryQuery.Manual)
        {
            reminders = reminders.Where(r => r.Kind == ReminderKind.Manual);
        }
        else if (query.Kind == ReminderHistoryQuery.Automatic)
        {
            reminders = reminders.Where(r => r.Kind != ReminderKind.Manual);
        }

        if (query.From is { } from)
        {
            var start = DateInput.StartOfDayUtc(from);
            reminders = reminders.Where(r => r.CreatedAtUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = DateInput.StartOfDayUtc(to.AddDays(1));
            reminders = reminders.Where(r => r.CreatedAtUtc < end);
        }

        return HistorySorting.Apply(reminders, query)
            .Select(r => new ReminderHistoryRow(
                r.Id,
                r.CreatedAtUtc,
                r.Unit!.Name,
                r.Kind,
                db.Users.Where(u => u.Id == r.SentById).Select(u => u.FullName).FirstOrDefault(),
                r.Message,
                r.Tasks.OrderBy(t => t.PlanTask!.SolutionArea!.Number).ThenBy(t => t.PlanTask!.Number)
                    .Select(t => new ReminderTaskLine(t.PlanTaskId, t.PlanTask!.SolutionArea!.Number, t.PlanTask.Number, t.PlanTask.Title))
                    .ToList(),
                db.Notifications.Count(n => n.ReminderId == r.Id)));
    }

    private IQueryable<PlanTask> UnitTasks(int planId, int unitId) =>
        db.PlanTasks.Where(t => t.SolutionArea!.PlanId == planId && !t.IsArchived
            && (t.LeadUnitId == unitId || t.SupportingUnits.Any(s => s.UnitId == unitId)));

    private static string Template(string unitName, string planNumber, DateOnly issuedOn) =>
        $"Thực hiện Kế hoạch số {planNumber} ngày {issuedOn:dd/MM/yyyy} của Sở Ngoại vụ, Văn phòng Sở kính đề nghị {unitName} "
        + "quan tâm chỉ đạo, khẩn trương triển khai các nhiệm vụ được giao nêu dưới đây và cập nhật kết quả thực hiện "
        + "trên Cổng thông tin của Sở để Văn phòng tổng hợp, báo cáo Lãnh đạo Sở.\n\n"
        + "Trân trọng cảm ơn sự phối hợp của quý đơn vị.";
}
