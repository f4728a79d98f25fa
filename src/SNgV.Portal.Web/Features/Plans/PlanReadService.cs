using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Plans;

/// <summary>Reads plans for display: which one is current, its summary, and the whole document.</summary>
public sealed class PlanReadService(PortalDbContext db)
{
    /// <summary>The plan in force: the latest active one, else the latest of any status.</summary>
    public Task<int?> CurrentPlanIdAsync(CancellationToken cancellationToken = default) =>
        Current().Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The plan in force (the active one, else the latest) with its areas and task counts, in one query.</summary>
    public Task<PlanSummary?> CurrentSummaryAsync(CancellationToken cancellationToken = default) =>
        SummaryOfAsync(Current(), cancellationToken);

    public Task<PlanSummary?> SummaryAsync(int planId, CancellationToken cancellationToken = default) =>
        SummaryOfAsync(db.Plans.Where(p => p.Id == planId), cancellationToken);

    private IQueryable<Plan> Current() =>
        db.Plans
            .OrderByDescending(p => p.Status == PlanStatus.Active)
            .ThenByDescending(p => p.Year)
            .ThenByDescending(p => p.IssuedOn);

    private static Task<PlanSummary?> SummaryOfAsync(IQueryable<Plan> plans, CancellationToken cancellationToken) =>
        plans.AsNoTracking()
            .Select(p => new PlanSummary(
                p.Id,
                p.Number,
                p.IssuedOn,
                p.Title,
                p.Year,
                p.Status,
                p.Areas.OrderBy(a => a.Number).Select(a => new AreaSummary(a.Id, a.Number, a.Title, a.Tasks.Count(t => !t.IsArchived))).ToList()))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<PlanDocument?> DocumentAsync(int planId, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Provisions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var tasks = await db.PlanTasks
            .Where(t => t.SolutionArea!.PlanId == planId && !t.IsArchived)
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number)
            .Select(t => new
            {
                t.SolutionAreaId,
                Line = new PlanDocumentTask(
                    t.Id,
                    t.Number,
                    t.Title,
                    t.LeadUnit!.Name,
                    t.SupportingUnits.OrderBy(s => s.Unit!.SortOrder).Select(s => s.Unit!.Name).ToList(),
                    t.Schedule,
                    t.ReportingFrequency,
                    t.DueOn),
            })
            .ToListAsync(cancellationToken);

        var areas = await db.SolutionAreas.Where(a => a.PlanId == planId).OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Title })
            .ToListAsync(cancellationToken);

        return new PlanDocument(
            plan.Id,
            plan.Number,
            plan.IssuedOn,
            plan.IssuedAt,
            plan.Title,
            plan.LegalBasis,
            Texts(plan, PlanProvisionKind.Purpose),
            Texts(plan, PlanProvisionKind.Requirement),
            areas.Select(a => new PlanDocumentArea(a.Id, a.Number, a.Title,
                tasks.Where(t => t.SolutionAreaId == a.Id).Select(t => t.Line).ToList())).ToList(),
            Texts(plan, PlanProvisionKind.Implementation),
            plan.ClosingText,
            Texts(plan, PlanProvisionKind.Recipient),
            plan.SignerTitle,
            plan.SignerName,
            plan.Status);
    }

    /// <summary>
    /// What the public may see of a plan's execution (plan section II.3): each task with its lead unit, status
    /// and accepted percent. No internal comments, difficulties or files.
    /// </summary>
    public async Task<IReadOnlyList<PublicAreaProgress>> PublicProgressAsync(int planId, CancellationToken cancellationToken = default)
    {
        var tasks = await db.PlanTasks
            .Where(t => t.SolutionArea!.PlanId == planId && !t.IsArchived)
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number)
            .Select(t => new
            {
                t.SolutionAreaId,
                Line = new PublicTaskProgress(t.SolutionArea!.Number, t.Number, t.Title, t.LeadUnit!.Name, t.CurrentStatus, t.CurrentPercent,
                    t.EffectiveDueOn, t.AtRiskFrom, t.Schedule, t.DueOn),
            })
            .ToListAsync(cancellationToken);
        var areas = await db.SolutionAreas.Where(a => a.PlanId == planId).OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Title }).ToListAsync(cancellationToken);
        return areas.Select(a => new PublicAreaProgress(a.Number, a.Title,
            tasks.Where(t => t.SolutionAreaId == a.Id).Select(t => t.Line).ToList())).ToList();
    }

    private static List<string> Texts(Plan plan, PlanProvisionKind kind) =>
        plan.Provisions.Where(p => p.Kind == kind).OrderBy(p => p.SortOrder).Select(p => p.Text).ToList();
}

public sealed record PlanSummary(int Id, string Number, DateOnly IssuedOn, string Title, int Year, PlanStatus Status, IReadOnlyList<AreaSummary> Areas)
{
    public int TaskCount => Areas.Sum(a => a.TaskCount);
}

public sealed record AreaSummary(int Id, int Number, string Title, int TaskCount)
{
    public string Code => SolutionArea.CodeOf(Number);
}

public sealed record PlanDocument(
    int Id,
    string Number,
    DateOnly IssuedOn,
    string IssuedAt,
    string Title,
    string LegalBasis,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<PlanDocumentArea> Areas,
    IReadOnlyList<string> Implementation,
    string ClosingText,
    IReadOnlyList<string> Recipients,
    string SignerTitle,
    string SignerName,
    PlanStatus Status);

public sealed record PlanDocumentArea(int Id, int Number, string Title, IReadOnlyList<PlanDocumentTask> Tasks)
{
    public string Code => SolutionArea.CodeOf(Number);
}

public sealed record PlanDocumentTask(
    int Id,
    int Number,
    string Title,
    string LeadUnit,
    IReadOnlyList<string> SupportingUnits,
    TaskSchedule Schedule,
    ReportingFrequency? ReportingFrequency,
    DateOnly? DueOn);

public sealed record PublicAreaProgress(int Number, string Title, IReadOnlyList<PublicTaskProgress> Tasks)
{
    public string Code => SolutionArea.CodeOf(Number);

    public double AveragePercent => Tasks.Count == 0 ? 0 : Tasks.Average(t => t.Percent);
}

public sealed record PublicTaskProgress(int AreaNumber, int Number, string Title, string LeadUnit, TaskProgressStatus Status, int Percent,
    DateOnly EffectiveDueOn, DateOnly? AtRiskFrom, TaskSchedule Schedule, DateOnly? DueOn)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);

    public ScheduleStatus ScheduleOn(DateOnly today) => TaskSchedulePolicy.Classify(Percent, EffectiveDueOn, AtRiskFrom, today);
}
