using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Dossiers;
using SNgV.Portal.Web.Features.Pci;
using SNgV.Portal.Web.Features.SurveyResults;
using SNgV.Portal.Web.Features.Surveys;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// Reads what a report needs for a plan and a cut-off, in a fixed number of queries whatever the number of tasks,
/// updates, answers or dossiers: the latest accepted update per task is picked in SQL, the survey indices and the
/// dossier timeliness are grouped in SQL, and only one row per task, per criterion or per procedure comes back.
/// </summary>
public sealed class ReportAssembler(
    PortalDbContext db,
    SurveyService surveys,
    SurveyResultsService surveyResults,
    PciRecordQuery pci,
    TimeProvider clock)
{
    public const int PciTrendYears = 4;

    public async Task<ReportData?> AssembleAsync(int planId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var areas = await db.SolutionAreas.AsNoTracking().Where(a => a.PlanId == planId).OrderBy(a => a.Number)
            .Select(a => new ReportArea(a.Number, a.Title)).ToListAsync(cancellationToken);
        var tasks = await TasksAsync(planId, plan.IssuedOn.Year, from, to, cancellationToken);
        var remarks = await RemarksAsync(planId, from, to, cancellationToken);

        return new ReportData(
            plan,
            from,
            to,
            areas,
            tasks,
            remarks.Where(r => r.Difficulties != null).Select(r => new UnitRemark(r.Unit, r.TaskCode, r.Difficulties!, r.UnitOrder)).ToList(),
            remarks.Where(r => r.Proposals != null).Select(r => new UnitRemark(r.Unit, r.TaskCode, r.Proposals!, r.UnitOrder)).ToList(),
            await SurveyAsync(from, to, cancellationToken),
            await DossiersAsync(from, to, cancellationToken),
            await PciAsync(to.Year, cancellationToken))
        {
            SupportingResults = await SupportingResultsAsync(planId, from, to, cancellationToken),
            Chasing = await ChasingAsync(planId, from, to, cancellationToken),
            Recruitment = await RecruitmentAsync(from, to, cancellationToken),
        };
    }

    private async Task<ReportRecruitment> RecruitmentAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var counts = await db.RecruitmentNotices.AsNoTracking()
            .Where(n => n.PublishedOn >= from && n.PublishedOn <= to)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Notices = g.Count(),
                Posts = g.Sum(n => n.Posts),
                WithResults = g.Count(n => n.PostsFilled != null),
                Filled = g.Sum(n => n.PostsFilled ?? 0),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return counts is null ? ReportRecruitment.None : new ReportRecruitment(counts.Notices, counts.Posts, counts.WithResults, counts.Filled);
    }

    private async Task<ReportPlan?> PlanAsync(int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new
            {
                p.Id,
                p.Number,
                p.IssuedOn,
                p.Title,
                p.SignerTitle,
                p.SignerName,
                Recipients = p.Provisions.Where(x => x.Kind == PlanProvisionKind.Recipient).OrderBy(x => x.SortOrder).Select(x => x.Text).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return plan is null ? null : new ReportPlan(plan.Id, plan.Number, plan.IssuedOn, plan.Title, plan.SignerTitle, plan.SignerName, plan.Recipients);
    }

    private async Task<List<ReportTask>> TasksAsync(int planId, int planYear, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.PlanTasks.AsNoTracking()
            .Where(t => t.SolutionArea!.PlanId == planId && !t.IsArchived)
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number)
            .Select(t => new { t.Id, AreaNumber = t.SolutionArea!.Number, t.Number, t.Title, LeadUnit = t.LeadUnit!.Name, t.Schedule, t.EffectiveDueOn })
            .ToListAsync(cancellationToken);

        // The task's figures come from its lead unit's accepted updates (ADR 0004): the update of the latest period
        // that ends by the cut-off, whenever the Office accepted it (units report in the days after the cut-off, and
        // late ones later still). A draft report is assembled afresh; an issued one reads its snapshot.
        var latest = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.State == ProgressUpdateState.Accepted && u.PeriodEnd <= to
                && u.PlanTask!.SolutionArea!.PlanId == planId && u.UnitId == u.PlanTask.LeadUnitId)
            .GroupBy(u => u.PlanTaskId)
            .Select(g => g.OrderByDescending(u => u.PeriodEnd).ThenByDescending(u => u.ReviewedAtUtc).ThenByDescending(u => u.Id)
                .Select(u => new { u.PlanTaskId, u.Percent, u.Status, u.WorkDone, u.PeriodEnd, u.SubmittedLate })
                .First())
            .ToDictionaryAsync(u => u.PlanTaskId, cancellationToken);

        return rows.Select(t =>
        {
            var update = latest.GetValueOrDefault(t.Id);
            var percent = update?.Percent ?? 0;
            var riskFrom = TaskSchedulePolicy.AtRiskFrom(t.Schedule, t.EffectiveDueOn, planYear, percent);
            return new ReportTask(
                t.AreaNumber,
                t.Number,
                t.Title,
                t.LeadUnit,
                t.Schedule,
                t.EffectiveDueOn,
                percent,
                update?.Status ?? TaskProgressStatus.NotStarted,
                update?.WorkDone,
                update is not null && update.PeriodEnd >= from,
                TaskSchedulePolicy.Classify(percent, t.EffectiveDueOn, riskFrom, to))
            {
                ReportedLate = update is not null && update.PeriodEnd >= from && update.SubmittedLate,
            };
        }).ToList();
    }

    /// <summary>The difficulties and proposals of each unit's accepted update per task for the latest period ending within the cut-off.</summary>
    private async Task<List<RemarkRow>> RemarksAsync(int planId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.State == ProgressUpdateState.Accepted && u.PeriodEnd >= from && u.PeriodEnd <= to
                && u.PlanTask!.SolutionArea!.PlanId == planId && (u.Difficulties != null || u.Proposals != null))
            .GroupBy(u => new { u.PlanTaskId, u.UnitId })
            .Select(g => g.OrderByDescending(u => u.PeriodEnd).ThenByDescending(u => u.ReviewedAtUtc).ThenByDescending(u => u.Id)
                .Select(u => new RemarkRow(
                    u.Unit!.Name,
                    u.PlanTask!.SolutionArea!.Number,
                    u.PlanTask.Number,
                    u.Unit.SortOrder,
                    u.Difficulties,
                    u.Proposals))
                .First())
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.AreaNumber).ThenBy(r => r.TaskNumber).ThenBy(r => r.UnitOrder).ToList();
    }

    /// <summary>
    /// What each supporting unit reported on a task: its accepted update of the latest period ending within the cut-off, taken in the same
    /// window as the units' remarks. The task's own figures stay its lead unit's (ADR 0004).
    /// </summary>
    private async Task<List<SupportingResult>> SupportingResultsAsync(int planId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.State == ProgressUpdateState.Accepted && u.PeriodEnd >= from && u.PeriodEnd <= to
                && u.PlanTask!.SolutionArea!.PlanId == planId && u.UnitId != u.PlanTask.LeadUnitId && u.WorkDone != "")
            .GroupBy(u => new { u.PlanTaskId, u.UnitId })
            .Select(g => g.OrderByDescending(u => u.PeriodEnd).ThenByDescending(u => u.ReviewedAtUtc).ThenByDescending(u => u.Id)
                .Select(u => new
                {
                    AreaNumber = u.PlanTask!.SolutionArea!.Number,
                    TaskNumber = u.PlanTask.Number,
                    Unit = u.Unit!.Name,
                    UnitOrder = u.Unit.SortOrder,
                    u.WorkDone,
                })
                .First())
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.AreaNumber).ThenBy(r => r.TaskNumber).ThenBy(r => r.UnitOrder)
            .Select(r => new SupportingResult(PlanTask.CodeOf(r.AreaNumber, r.TaskNumber), r.Unit, r.WorkDone)).ToList();
    }

    /// <summary>
    /// The reminders sent within the cut-off about the plan's tasks, by unit, and whether each reminded unit submitted a
    /// progress update on the plan after its first reminder and by the period's due day. Two queries whatever the numbers.
    /// </summary>
    private async Task<ReportChasing> ChasingAsync(int planId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var fromUtc = DateInput.StartOfDayUtc(from);
        var untilUtc = DateInput.StartOfDayUtc(to.AddDays(1));
        // Units answer a reminder with the period's update, which they send in the days after the cut-off.
        var answeredUntilUtc = DateInput.StartOfDayUtc(to.AddDays(ReportingPeriod.DaysToReportAfterCutOff + 1));
        var reminders = await db.Reminders.AsNoTracking()
            .Where(r => r.CreatedAtUtc >= fromUtc && r.CreatedAtUtc < untilUtc && r.Tasks.Any(t => t.PlanTask!.SolutionArea!.PlanId == planId))
            .Select(r => new { r.UnitId, Unit = r.Unit!.Name, UnitOrder = r.Unit.SortOrder, r.Kind, r.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        if (reminders.Count == 0)
        {
            return ReportChasing.None;
        }

        var unitIds = reminders.Select(r => r.UnitId).Distinct().ToList();
        var lastSubmitted = await db.ProgressUpdates.AsNoTracking()
            .Where(u => unitIds.Contains(u.UnitId) && u.SubmittedAtUtc != null && u.SubmittedAtUtc >= fromUtc && u.SubmittedAtUtc < answeredUntilUtc
                && u.PlanTask!.SolutionArea!.PlanId == planId)
            .GroupBy(u => u.UnitId)
            .Select(g => new { UnitId = g.Key, Last = g.Max(u => u.SubmittedAtUtc) })
            .ToDictionaryAsync(x => x.UnitId, x => x.Last, cancellationToken);

        var units = reminders.GroupBy(r => new { r.UnitId, r.Unit, r.UnitOrder })
            .OrderBy(g => g.Key.UnitOrder).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.Min(r => r.CreatedAtUtc);
                return new ChasedUnit(
                    g.Key.Unit,
                    g.Count(),
                    DateOnly.FromDateTime(VietnamTime.ToLocal(first)),
                    DateOnly.FromDateTime(VietnamTime.ToLocal(g.Max(r => r.CreatedAtUtc))),
                    lastSubmitted.GetValueOrDefault(g.Key.UnitId) is { } last && last > first);
            })
            .ToList();
        return new ReportChasing(reminders.Count, reminders.Count(r => r.Kind == ReminderKind.Manual), units);
    }

    /// <summary>The SIPAS indices of the responses counted within the cut-off, for the questionnaire most of them answered.</summary>
    private async Task<ReportSurvey?> SurveyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var inPeriod = db.SurveyResponses.AsNoTracking()
            .Where(r => r.Decision == SurveyDecision.Counted && r.SubmittedOn >= from && r.SubmittedOn <= to);
        var questionnaireId = await inPeriod.GroupBy(r => r.QuestionnaireId)
            .OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefaultAsync(cancellationToken);
        if (questionnaireId is not { } id)
        {
            return null;
        }

        var questionnaire = await surveys.QuestionnaireAsync(id, cancellationToken);
        var results = await surveyResults.ResultsOfAsync(questionnaire, inPeriod.Where(r => r.QuestionnaireId == id), cancellationToken);
        return new ReportSurvey(
            results.Responses,
            results.Sipas,
            results.Elements.Select(e => (e.Element.Number, e.Element.Name.Vi, e.Index)).ToList(),
            results.Small);
    }

    private async Task<List<ReportProcedureFigures>> DossiersAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var figures = await DossierFigures.ByProcedureAsync(db.Dossiers.AsNoTracking().ReceivedBetween(from, to), VietnamTime.Today(clock), cancellationToken);
        if (figures.Count == 0)
        {
            return [];
        }

        var names = await db.Procedures.AsNoTracking().Where(p => figures.Keys.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return figures.Select(f => new ReportProcedureFigures(names.GetValueOrDefault(f.Key) ?? "", f.Value))
            .OrderBy(f => f.Procedure, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true)).ToList();
    }

    /// <summary>
    /// PCI of year Y is published in the spring of Y+1, so a report of year Y shows the record up to Y−1: its
    /// composite and rank over the last years and the sub-indices that cost the most points.
    /// </summary>
    private async Task<ReportPci?> PciAsync(int reportYear, CancellationToken cancellationToken)
    {
        var latestYear = reportYear - 1;
        var record = await pci.ReadAsync(cancellationToken);
        var years = record.Years.Where(y => y.Year <= latestYear).TakeLast(PciTrendYears)
            .Select(y => (y.Year, y.Published, y.Rank)).ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var mostLost = record.LossesIn(latestYear).Take(3).Select(l => (l.Name, l.Score, l.PointsLost)).ToList();
        return new ReportPci(years, mostLost);
    }

    private sealed record RemarkRow(string Unit, int AreaNumber, int TaskNumber, int UnitOrder, string? Difficulties, string? Proposals)
    {
        public string TaskCode => PlanTask.CodeOf(AreaNumber, TaskNumber);
    }
}
