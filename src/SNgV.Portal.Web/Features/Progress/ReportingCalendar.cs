using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Progress;

/// <summary>A period a unit may report a task for, and whether reporting it now is late.</summary>
public sealed record OpenPeriod(ReportingPeriod Period, ProgressUpdateState? OwnState, bool LateIfSentToday)
{
    public bool IsReported => OwnState is ProgressUpdateState.Submitted or ProgressUpdateState.Accepted;
}

/// <summary>
/// Which periods a unit can still report a task for (reports.md): every period of the plan year up to the one
/// containing today, until the Office's periodic report covering that period has been issued. A period whose
/// due day has passed can still be reported, marked late.
/// </summary>
public sealed class ReportingCalendar(PortalDbContext db)
{
    public async Task<IReadOnlyList<OpenPeriod>> OpenPeriodsAsync(TaskSummary task, int unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var frequency = ReportingPeriod.FrequencyOf(task.Frequency);
        var issued = await db.Reports.AsNoTracking()
            .Where(r => r.PlanId == task.PlanId && r.State == ReportState.Approved && r.Kind != ReportKind.AdHoc)
            .Select(r => new { r.DataFrom, r.DataTo })
            .ToListAsync(cancellationToken);
        var own = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.PlanTaskId == task.Id && u.UnitId == unitId)
            .Select(u => new { u.PeriodStart, u.State })
            .ToDictionaryAsync(u => u.PeriodStart, u => u.State, cancellationToken);

        return ReportingPeriod.ReportableOn(today, frequency, task.PlanYear)
            .Where(p => !issued.Any(r => r.DataFrom <= p.Start && r.DataTo >= p.End))
            .Select(p => new OpenPeriod(p, own.TryGetValue(p.Start, out var state) ? state : null, p.IsLateWhenSentOn(today)))
            .ToList();
    }

    /// <summary>
    /// The period a unit most likely means to report: the latest one that has ended and that it has not sent yet
    /// (units report in the days after the cut-off), else the period containing today.
    /// </summary>
    public static OpenPeriod? Proposed(IReadOnlyList<OpenPeriod> open, DateOnly today) =>
        open.LastOrDefault(p => p.Period.End < today && !p.IsReported)
        ?? open.LastOrDefault(p => p.Period.Contains(today))
        ?? (open.Count > 0 ? open[^1] : null);
}
