using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Pci;

public sealed record PciSubIndexName(int Number, string Name, string EnglishName);

/// <summary>One published year of the home province: composite, rank, the scores and the edition's weights, keyed by sub-index number.</summary>
public sealed record PciRecordYear(
    int Year,
    decimal Published,
    int? Rank,
    string Source,
    string? EditionNote,
    IReadOnlyDictionary<int, decimal> Scores,
    IReadOnlyDictionary<int, decimal>? Weights)
{
    public decimal? Recomputed => Weights is null ? null : PciComposite.Compute(Weights, Scores);
}

/// <summary>The home province's PCI record, oldest year first: what both the dashboard and the periodic report are built on.</summary>
public sealed record PciRecord(int ProvinceId, string Province, IReadOnlyList<PciSubIndexName> SubIndices, IReadOnlyList<PciRecordYear> Years)
{
    public IReadOnlyList<int> YearsWithScores => Years.Where(y => y.Scores.Count > 0).Select(y => y.Year).ToList();

    /// <summary>
    /// The sub-indices of <paramref name="year"/> by points lost against a perfect 10, most first; empty when that year
    /// has no scores or its edition no weights. <paramref name="targetOf"/> gives the target set for a sub-index that year.
    /// </summary>
    public IReadOnlyList<PciLoss> LossesIn(int year, Func<int, decimal?>? targetOf = null)
    {
        if (Years.FirstOrDefault(y => y.Year == year) is not { Weights: { } weights } record)
        {
            return [];
        }

        return SubIndices
            .Where(s => weights.ContainsKey(s.Number) && record.Scores.ContainsKey(s.Number))
            .Select(s => new PciLoss(s.Number, s.Name, weights[s.Number], record.Scores[s.Number], targetOf?.Invoke(s.Number),
                PciComposite.PointsLost(weights[s.Number], record.Scores[s.Number])))
            .OrderByDescending(l => l.PointsLost).ThenBy(l => l.Number)
            .ToList();
    }
}

/// <summary>
/// Reads the home province's PCI record in four small projections (province, sub-indices, results with scores, editions
/// with weights): one row per year and sub-index, whatever else the screen asking for it shows.
/// </summary>
public sealed class PciRecordQuery(PortalDbContext db)
{
    public async Task<PciRecord> ReadAsync(CancellationToken cancellationToken)
    {
        var home = await db.PciProvinces.AsNoTracking().Where(p => p.IsHome).Select(p => new { p.Id, p.Name }).FirstAsync(cancellationToken);
        var subIndices = await db.PciSubIndices.AsNoTracking().OrderBy(s => s.Number)
            .Select(s => new PciSubIndexName(s.Number, s.Name, s.EnglishName)).ToListAsync(cancellationToken);
        var results = await db.PciResults.AsNoTracking().Where(r => r.PciProvinceId == home.Id).OrderBy(r => r.Year)
            .Select(r => new
            {
                r.Year,
                r.PublishedComposite,
                r.NationalRank,
                r.Source,
                Scores = r.Scores.Select(s => new { s.SubIndex!.Number, s.Score }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var editions = await db.PciEditions.AsNoTracking()
            .Select(e => new { e.Year, e.SourceNote, Weights = e.Weights.Select(w => new { w.SubIndex!.Number, w.Weight }).ToList() })
            .ToDictionaryAsync(e => e.Year, cancellationToken);

        var years = results.Select(r =>
        {
            var edition = editions.GetValueOrDefault(r.Year);
            return new PciRecordYear(
                r.Year,
                r.PublishedComposite,
                r.NationalRank,
                r.Source,
                edition?.SourceNote,
                r.Scores.ToDictionary(s => s.Number, s => s.Score),
                edition?.Weights.ToDictionary(w => w.Number, w => w.Weight));
        }).ToList();
        return new PciRecord(home.Id, home.Name, subIndices, years);
    }
}
