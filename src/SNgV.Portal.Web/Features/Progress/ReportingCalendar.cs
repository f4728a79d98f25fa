using System.Linq.Expressions;
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
        var issued = await IssuedAsync(task.PlanId, cancellationToken);
        var own = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.PlanTaskId == task.Id && u.UnitId == unitId)
            .Select(u => new { u.PeriodStart, u.State })
            .ToDictionaryAsync(u => u.PeriodStart, u => u.State, cancellationToken);

        return Open(issued, own, task.Frequency, task.PlanYear, today);
    }

    /// <summary>The periods the plan's issued periodic reports cover, which can no longer be reported.</summary>
    public async Task<IReadOnlyList<(DateOnly From, DateOnly To)>> IssuedAsync(int planId, CancellationToken cancellationToken) =>
        (await db.Reports.AsNoTracking()
            .Where(r => r.PlanId == planId && r.State == ReportState.Approved && r.Kind != ReportKind.AdHoc)
            .Select(r => new { r.DataFrom, r.DataTo })
            .ToListAsync(cancellationToken))
        .Select(r => (r.DataFrom, r.DataTo)).ToList();

    public static IReadOnlyList<OpenPeriod> Open(
        IReadOnlyList<(DateOnly From, DateOnly To)> issued, IReadOnlyDictionary<DateOnly, ProgressUpdateState> own,
        ReportingFrequency? frequency, int planYear, DateOnly today) =>
        ReportingPeriod.ReportableOn(today, ReportingPeriod.FrequencyOf(frequency), planYear)
            .Where(p => !issued.Any(r => r.From <= p.Start && r.To >= p.End))
            .Select(p => new OpenPeriod(p, own.TryGetValue(p.Start, out var state) ? state : null, p.IsLateWhenSentOn(today)))
            .ToList();

    /// <summary>
    /// The same rule as <see cref="Proposed"/> giving a period the unit has not reported, for a whole list in SQL: the
    /// unit has an open period of the task (by its frequency) without a submitted or accepted update. Proposed picks the
    /// latest such period when one has ended, else the current one, so "a period is proposed and not reported" holds
    /// exactly when some open period is not reported.
    /// </summary>
    public static Expression<Func<PlanTask, bool>> NeedsReport(IReadOnlyList<(DateOnly From, DateOnly To)> issued, int planYear, DateOnly today, int unitId)
    {
        List<DateOnly> Starts(ReportingFrequency frequency) =>
            Open(issued, new Dictionary<DateOnly, ProgressUpdateState>(), frequency, planYear, today).Select(p => p.Period.Start).ToList();
        var monthly = Starts(ReportingFrequency.Monthly);
        var quarterly = Starts(ReportingFrequency.Quarterly);
        var halfYearly = Starts(ReportingFrequency.HalfYearly);
        var yearly = Starts(ReportingFrequency.Yearly);
        return t => t.Updates.Count(u => u.UnitId == unitId
                && (u.State == ProgressUpdateState.Submitted || u.State == ProgressUpdateState.Accepted)
                && (t.ReportingFrequency == ReportingFrequency.Monthly ? monthly.Contains(u.PeriodStart)
                    : t.ReportingFrequency == ReportingFrequency.HalfYearly ? halfYearly.Contains(u.PeriodStart)
                    : t.ReportingFrequency == ReportingFrequency.Yearly ? yearly.Contains(u.PeriodStart)
                    : quarterly.Contains(u.PeriodStart)))
            < (t.ReportingFrequency == ReportingFrequency.Monthly ? monthly.Count
                : t.ReportingFrequency == ReportingFrequency.HalfYearly ? halfYearly.Count
                : t.ReportingFrequency == ReportingFrequency.Yearly ? yearly.Count
                : quarterly.Count);
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
