using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>
/// The PCI dashboard's figures. The record is small (one row per year and sub-index), so the scores and weights
/// are read with projections and the composite is recomputed by <see cref="PciComposite"/>, the one calculator;
/// the linked tasks are filtered in SQL.
/// </summary>
public sealed class PciDashboardService(PortalDbContext db, PciIndicatorService indicators)
{
    public async Task<PciDashboardViewModel> BuildAsync(int? year, int? subIndexNumber, CancellationToken cancellationToken)
    {
        var home = await db.PciProvinces.Where(p => p.IsHome).Select(p => new { p.Id, p.Name }).FirstAsync(cancellationToken);
        var subIndices = await db.PciSubIndices.OrderBy(s => s.Number).Select(s => new { s.Id, s.Number, s.Name, s.EnglishName }).ToListAsync(cancellationToken);
        var results = await db.PciResults.Where(r => r.PciProvinceId == home.Id).OrderBy(r => r.Year)
            .Select(r => new
            {
                r.Year,
                r.PublishedComposite,
                r.NationalRank,
                r.Source,
                Scores = r.Scores.Select(s => new { s.SubIndex!.Number, s.Score }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var editions = await db.PciEditions
            .Select(e => new { e.Year, e.SourceNote, Weights = e.Weights.Select(w => new { w.SubIndex!.Number, w.Weight }).ToList() })
            .ToDictionaryAsync(e => e.Year, cancellationToken);
        var targets = await db.PciTargets.Select(t => new { t.SubIndex!.Number, t.Year, t.Score }).ToListAsync(cancellationToken);

        var weightsByYear = editions.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<int, decimal>)e.Value.Weights.ToDictionary(w => w.Number, w => w.Weight));
        var scoresByYear = results.ToDictionary(r => r.Year, r => (IReadOnlyDictionary<int, decimal>)r.Scores.ToDictionary(s => s.Number, s => s.Score));
        var targetOf = targets.ToDictionary(t => (t.Number, t.Year), t => t.Score);

        var years = results.Select(r => new PciYearRow(
            r.Year,
            r.PublishedComposite,
            weightsByYear.TryGetValue(r.Year, out var weights) ? PciComposite.Compute(weights, scoresByYear[r.Year]) : null,
            r.NationalRank,
            r.Source,
            editions.TryGetValue(r.Year, out var edition) ? edition.SourceNote : null)).ToList();

        var chartYears = results.Select(r => r.Year).Union(targets.Select(t => t.Year)).Order().ToList();
        var series = subIndices.Select(s => new PciSubIndexSeries(s.Number, s.Name, s.EnglishName, chartYears
            .Select(y => new PciPoint(
                y,
                scoresByYear.TryGetValue(y, out var scores) && scores.TryGetValue(s.Number, out var score) ? score : null,
                targetOf.TryGetValue((s.Number, y), out var target) ? target : null))
            .ToList())).ToList();

        var yearsWithScores = results.Where(r => r.Scores.Count > 0).Select(r => r.Year).ToList();
        int? selected = year is { } y0 && yearsWithScores.Contains(y0) ? y0 : yearsWithScores.Count > 0 ? yearsWithScores[^1] : null;
        var losses = new List<PciLoss>();
        if (selected is { } sy && weightsByYear.TryGetValue(sy, out var selectedWeights))
        {
            var selectedScores = scoresByYear[sy];
            losses = subIndices
                .Where(s => selectedWeights.ContainsKey(s.Number) && selectedScores.ContainsKey(s.Number))
                .Select(s => new PciLoss(s.Number, s.Name, selectedWeights[s.Number], selectedScores[s.Number],
                    targetOf.TryGetValue((s.Number, sy), out var t) ? t : null,
                    PciComposite.PointsLost(selectedWeights[s.Number], selectedScores[s.Number])))
                .OrderByDescending(l => l.PointsLost).ThenBy(l => l.Number)
                .ToList();
        }

        var selectedSeries = subIndexNumber is { } n ? series.FirstOrDefault(s => s.Number == n) : null;
        var linked = selectedSeries is null ? [] : await LinkedTasksAsync(selectedSeries.Number, cancellationToken);
        var indicatorRows = selectedSeries is null ? [] : await indicators.ListAsync(null, selectedSeries.Number, home.Id, cancellationToken);

        var comparisons = await db.PciResults.Where(r => r.PciProvinceId != home.Id)
            .OrderBy(r => r.Year).ThenBy(r => r.Province!.Name)
            .Select(r => new PciComparison(r.Province!.Name, r.Year, r.PublishedComposite, r.NationalRank))
            .ToListAsync(cancellationToken);

        return new PciDashboardViewModel
        {
            HomeProvince = home.Name,
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
