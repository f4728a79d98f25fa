using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// The PCI as pci.md gives it (pci.json): the ten sub-indices, the editions 2013–2023 with their weights
/// (2023 carries the 2022 weights as a stated assumption, VCCI not having published them), Quảng Trị's published
/// results 2013–2023, the top province's composites, and plan 95/KH-SNgV's area → sub-index links.
/// Idempotent by natural key (sub-index number, edition year, province name, province and year); the area links
/// are seeded only while no area of the plan has any link, so links the Office removed stay removed.
/// </summary>
internal static class PciSeeder
{
    public static async Task SeedAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var seed = SeedDocuments.Pci();

        var numbers = await db.PciSubIndices.Select(s => s.Number).ToListAsync(cancellationToken);
        foreach (var subIndex in seed.SubIndices.Where(s => !numbers.Contains(s.Number)))
        {
            db.PciSubIndices.Add(new PciSubIndex { Number = subIndex.Number, Name = subIndex.Name, EnglishName = subIndex.EnglishName });
        }

        var provinceNames = await db.PciProvinces.Select(p => p.Name).ToListAsync(cancellationToken);
        foreach (var province in seed.Provinces.Where(p => !provinceNames.Contains(p.Name)))
        {
            db.PciProvinces.Add(new PciProvince { Name = province.Name, IsHome = province.IsHome });
        }

        await db.SaveChangesAsync(cancellationToken);

        var subIndexIds = await db.PciSubIndices.ToDictionaryAsync(s => s.Number, s => s.Id, cancellationToken);
        var provinceIds = await db.PciProvinces.ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);

        var years = await db.PciEditions.Select(e => e.Year).ToListAsync(cancellationToken);
        foreach (var edition in seed.Editions.Where(e => !years.Contains(e.Year)))
        {
            db.PciEditions.Add(new PciEdition
            {
                Year = edition.Year,
                SourceNote = edition.SourceNote,
                Weights = edition.Weights.Select((w, i) => new PciWeight { PciSubIndexId = subIndexIds[i + 1], Weight = w }).ToList(),
            });
        }

        var results = await db.PciResults.Select(r => new { r.PciProvinceId, r.Year }).ToListAsync(cancellationToken);
        foreach (var result in seed.Results.Where(r => !results.Contains(new { PciProvinceId = provinceIds[r.Province], r.Year })))
        {
            db.PciResults.Add(new PciResult
            {
                PciProvinceId = provinceIds[result.Province],
                Year = result.Year,
                PublishedComposite = result.Composite,
                NationalRank = result.Rank,
                Source = result.Source,
                Scores = result.Scores.Select((s, i) => new PciScore { PciSubIndexId = subIndexIds[i + 1], Score = s }).ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        var areas = await db.SolutionAreas.Where(a => a.Plan!.Number == seed.AreaLinks.Plan)
            .ToDictionaryAsync(a => a.Number, a => a.Id, cancellationToken);
        var areaIds = areas.Values.ToList();
        if (areas.Count > 0 && !await db.SolutionAreaPciLinks.AnyAsync(l => areaIds.Contains(l.SolutionAreaId), cancellationToken))
        {
            foreach (var link in seed.AreaLinks.Links.Where(l => areas.ContainsKey(l.Area)))
            {
                db.SolutionAreaPciLinks.AddRange(link.SubIndices.Select(n => new SolutionAreaPciLink { SolutionAreaId = areas[link.Area], PciSubIndexId = subIndexIds[n] }));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

internal sealed record PciSeed(
    IReadOnlyList<PciSubIndexSeed> SubIndices,
    IReadOnlyList<PciEditionSeed> Editions,
    IReadOnlyList<PciProvinceSeed> Provinces,
    IReadOnlyList<PciResultSeed> Results,
    PciAreaLinksSeed AreaLinks);

internal sealed record PciSubIndexSeed(int Number, string Name, string EnglishName);

/// <summary>An edition's weights in sub-index order (1 … 10), as fractions.</summary>
internal sealed record PciEditionSeed(int Year, string SourceNote, IReadOnlyList<decimal> Weights);

internal sealed record PciProvinceSeed(string Name, bool IsHome);

/// <summary>A published result; its scores in sub-index order, or none when only the composite was published.</summary>
internal sealed record PciResultSeed(string Province, int Year, decimal Composite, int? Rank, string Source, IReadOnlyList<decimal> Scores);

internal sealed record PciAreaLinksSeed(string Plan, IReadOnlyList<PciAreaLinkSeed> Links);

/// <summary>Area II.<see cref="Area"/> aims at these sub-index numbers (pci.md; II.7 is about SIPAS, not a PCI sub-index).</summary>
internal sealed record PciAreaLinkSeed(int Area, IReadOnlyList<int> SubIndices);
