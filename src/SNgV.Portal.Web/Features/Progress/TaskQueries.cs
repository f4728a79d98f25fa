using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Progress;

/// <summary>A task as every progress page shows it at the top: what it is, who does it, where it stands.</summary>
public sealed record TaskSummary(
    int Id,
    int AreaNumber,
    int Number,
    string Title,
    string? Description,
    string? ExpectedOutput,
    string AreaTitle,
    int PlanId,
    string PlanNumber,
    int PlanYear,
    int LeadUnitId,
    string LeadUnit,
    IReadOnlyList<string> SupportingUnits,
    TaskSchedule Schedule,
    ReportingFrequency? Frequency,
    DateOnly? DueOn,
    DateOnly EffectiveDueOn,
    DateOnly? AtRiskFrom,
    int CurrentPercent,
    TaskProgressStatus CurrentStatus,
    DateTime? LastAcceptedAtUtc,
    bool IsArchived)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);

    public ScheduleStatus ScheduleOn(DateOnly today) => TaskSchedulePolicy.Classify(CurrentPercent, EffectiveDueOn, AtRiskFrom, today);

    public ReportingPeriod PeriodOn(DateOnly today) => ReportingPeriod.Containing(today, ReportingPeriod.FrequencyOf(Frequency));
}

public static class TaskQueries
{
    public static Task<TaskSummary?> SummaryAsync(PortalDbContext db, int taskId, CancellationToken cancellationToken = default) =>
        db.PlanTasks.Where(t => t.Id == taskId)
            .Select(t => new TaskSummary(
                t.Id,
                t.SolutionArea!.Number,
                t.Number,
                t.Title,
                t.Description,
                t.ExpectedOutput,
                t.SolutionArea.Title,
                t.SolutionArea.PlanId,
                t.SolutionArea.Plan!.Number,
                t.SolutionArea.Plan.Year,
                t.LeadUnitId,
                t.LeadUnit!.Name,
                t.SupportingUnits.OrderBy(s => s.Unit!.SortOrder).Select(s => s.Unit!.Name).ToList(),
                t.Schedule,
                t.ReportingFrequency,
                t.DueOn,
                t.EffectiveDueOn,
                t.AtRiskFrom,
                t.CurrentPercent,
                t.CurrentStatus,
                t.LastAcceptedAtUtc,
                t.IsArchived))
            .SingleOrDefaultAsync(cancellationToken);
}
