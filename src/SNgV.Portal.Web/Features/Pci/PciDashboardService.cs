using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>
/// The PCI dashboard's figures: the record from <see cref="PciRecordQuery"/> (shared with the periodic report), with
/// the composite recomputed by <see cref="PciComposite"/>, the one calculator; then the targets, the other provinces,
/// and for a chosen sub-index its linked tasks (filtered in SQL) and indicators.
/// </summary>
public sealed class PciDashboardService(PortalDbContext db, PciRecordQuery records, PciIndicatorService indicators)
{
    public async Task<PciDashboardViewModel> BuildAsync(int? year, int? subIndexNumber, CancellationToken cancellationToken)
    {
        var record = await records.ReadAsync(cancellationToken);
        var targets = await db.PciTargets.AsNoTracking().Select(t => new { t.SubIndex!.Number, t.Year, t.Score }).ToListAsync(cancellationToken);
        var targetOf = targets.ToDictionary(t => (t.Number, t.Year), t => t.Score);

        var years = record.Years.Select(r => new PciYearRow(r.Year, r.Published, r.Recomputed, r.Rank, r.Source, r.EditionNote)).ToList();
        var scoresByYear = record.Years.ToDictionary(r => r.Year, r => r.Scores);
        var chartYears = record.Years.Select(r => r.Year).Union(targets.Select(t => t.Year)).Order().ToList();
        var series = record.SubIndices.Select(s => new PciSubIndexSeries(s.Number, s.Name, s.EnglishName, chartYears
            .Select(y => new PciPoint(
                y,
                scoresByYear.TryGetValue(y, out var scores) && scores.TryGetValue(s.Number, out var score) ? score : null,
                targetOf.TryGetValue((s.Number, y), out var target) ? target : null))
            .ToList())).ToList();

        var yearsWithScores = record.YearsWithScores;
        int? selected = year is { } y0 && yearsWithScores.Contains(y0) ? y0 : yearsWithScores.Count > 0 ? yearsWithScores[^1] : null;
        var losses = selected is { } sy
            ? record.LossesIn(sy, number => targetOf.TryGetValue((number, sy), out var t) ? t : null)
            : [];

        var selectedSeries = subIndexNumber is { } n ? series.FirstOrDefault(s => s.Number == n) : null;
        var linked = selectedSeries is null ? [] : await LinkedTasksAsync(selectedSeries.Number, cancellationToken);
        var indicatorRows = selectedSeries is null ? [] : await indicators.ListAsync(null, selectedSeries.Number, record.ProvinceId, cancellationToken);

        var comparisons = await db.PciResults.AsNoTracking().Where(r => r.PciProvinceId != record.ProvinceId)
            .OrderBy(r => r.Year).ThenBy(r => r.Province!.Name)
            .Select(r => new PciComparison(r.Province!.Name, r.Year, r.PublishedComposite, r.NationalRank))
            .ToListAsync(cancellationToken);

        return new PciDashboardViewModel
        {
            HomeProvince = record.Province,
            Years = years,
            YearsWithScores = yearsWithScores,
            SelectedYear = selected,
            SubIndices = series,
            Losses = losses,
            SelectedSubIndex = selectedSeries,
            LinkedTasks = linked,
            Indicators = indicatorRows,
            Comparisons = comparisons,
        };
    }

    /// <summary>The tasks, not archived, aimed at a sub-index through their area's link or their own, in plan order.</summary>
    private async Task<List<PciLinkedTask>> LinkedTasksAsync(int subIndexNumber, CancellationToken cancellationToken)
    {
        var rows = await db.PlanTasks
            .Where(t => !t.IsArchived)
            .Select(t => new
            {
                Task = t,
                ThroughArea = db.SolutionAreaPciLinks.Any(l => l.SolutionAreaId == t.SolutionAreaId && l.SubIndex!.Number == subIndexNumber),
                Own = db.PlanTaskPciLinks.Any(l => l.PlanTaskId == t.Id && l.SubIndex!.Number == subIndexNumber),
            })
            .Where(x => x.ThroughArea || x.Own)
            .OrderBy(x => x.Task.SolutionArea!.Plan!.Year).ThenBy(x => x.Task.SolutionArea!.Number).ThenBy(x => x.Task.Number)
            .Select(x => new
            {
                x.Task.Id,
                PlanNumber = x.Task.SolutionArea!.Plan!.Number,
                PlanYear = x.Task.SolutionArea.Plan.Year,
                AreaNumber = x.Task.SolutionArea.Number,
                x.Task.Number,
                x.Task.Title,
                LeadUnit = x.Task.LeadUnit!.Name,
                x.Task.CurrentPercent,
                x.Task.CurrentStatus,
                x.ThroughArea,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PciLinkedTask(r.Id, $"{r.PlanNumber} ({r.PlanYear})", PlanTask.CodeOf(r.AreaNumber, r.Number), r.Title, r.LeadUnit, r.CurrentPercent, r.CurrentStatus, r.ThroughArea)).ToList();
    }
}
