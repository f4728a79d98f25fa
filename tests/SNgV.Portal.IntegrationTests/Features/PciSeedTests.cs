using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Features.Pci;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class PciSeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Quang_Tri_composites_2015_to_2022_recompute_from_the_seeded_scores_and_edition_weights()
    {
        var rows = await factory.WithDbAsync(db => db.PciResults
            .Where(r => r.Province!.IsHome && r.Year >= 2015 && r.Year <= 2022)
            .OrderBy(r => r.Year)
            .Select(r => new
            {
                r.Year,
                r.PublishedComposite,
                Scores = r.Scores.Select(s => new { s.SubIndex!.Number, s.Score }).ToList(),
                Weights = db.PciEditions.Where(e => e.Year == r.Year).SelectMany(e => e.Weights).Select(w => new { w.SubIndex!.Number, w.Weight }).ToList(),
            })
            .ToListAsync());

        Assert.Equal(Enumerable.Range(2015, 8), rows.Select(r => r.Year));
        Assert.All(rows, r =>
        {
            Assert.Equal(10, r.Scores.Count);
            Assert.Equal(1m, r.Weights.Sum(w => w.Weight));
            var recomputed = PciComposite.Compute(r.Weights.ToDictionary(w => w.Number, w => w.Weight), r.Scores.ToDictionary(s => s.Number, s => s.Score));
            Assert.NotNull(recomputed);
            Assert.True(Math.Abs(recomputed.Value - r.PublishedComposite) <= 0.02m, $"{r.Year}: recomputed {recomputed} against published {r.PublishedComposite}");
        });
    }

    [Fact]
    public async Task The_published_record_2013_to_2023_is_seeded_with_ranks_until_2022()
    {
        var record = await factory.WithDbAsync(db => db.PciResults.Where(r => r.Province!.IsHome).OrderBy(r => r.Year)
            .Select(r => new { r.Year, r.PublishedComposite, r.NationalRank, Scores = r.Scores.Count }).ToListAsync());

        Assert.Equal(Enumerable.Range(2013, 11), record.Select(r => r.Year));
        Assert.Equal([53.13m, 55.07m, 57.32m, 57.62m, 59.25m, 61.16m, 63.84m, 63.07m, 63.33m, 61.26m, 63.23m], record.Select(r => r.PublishedComposite));
        Assert.Equal([58, 53, 43, 43, 54, 53, 49, 41, 41, 59, null], record.Select(r => r.NationalRank));
        Assert.Equal([0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10], record.Select(r => r.Scores));
    }

    [Fact]
    public async Task Plan_areas_are_linked_to_sub_indices_as_pci_md_maps_them_and_seeding_twice_adds_nothing()
    {
        await factory.WithServicesAsync(services => services.GetRequiredService<ReferenceDataSeeder>().SeedAsync());

        var links = await factory.WithDbAsync(db => db.SolutionAreaPciLinks
            .OrderBy(l => l.SolutionArea!.Number).ThenBy(l => l.SubIndex!.Number)
            .Select(l => "II." + l.SolutionArea!.Number + "→" + l.SubIndex!.Number).ToListAsync());
        var counts = await factory.WithDbAsync(async db => (await db.PciSubIndices.CountAsync(), await db.PciEditions.CountAsync(), await db.PciResults.CountAsync()));

        Assert.Equal(["II.1→7", "II.1→10", "II.2→7", "II.3→3", "II.4→4", "II.5→5", "II.6→9"], links);
        Assert.Equal((10, 11, 18), counts);
    }
}
