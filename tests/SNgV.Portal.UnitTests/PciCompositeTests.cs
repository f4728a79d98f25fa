using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Features.Pci;

namespace SNgV.Portal.UnitTests;

public sealed class PciCompositeTests
{
    private static readonly Dictionary<int, decimal> Weights2022 = new()
    {
        [1] = 0.05m, [2] = 0.10m, [3] = 0.05m, [4] = 0.05m, [5] = 0.15m, [6] = 0.10m, [7] = 0.15m, [8] = 0.15m, [9] = 0.10m, [10] = 0.10m,
    };

    [Fact]
    public void Composite_is_ten_times_the_weighted_sum_rounded_to_two_decimals()
    {
        var scores = new Dictionary<int, decimal>
        {
            [1] = 6.93m, [2] = 5.76m, [3] = 5.94m, [4] = 7.35m, [5] = 6.96m, [6] = 5.40m, [7] = 6.71m, [8] = 4.81m, [9] = 5.49m, [10] = 6.78m,
        };

        Assert.Equal(61.26m, PciComposite.Compute(Weights2022, scores));
    }

    [Fact]
    public void No_composite_without_weights_or_with_a_missing_score()
    {
        Assert.Null(PciComposite.Compute(new Dictionary<int, decimal>(), new Dictionary<int, decimal> { [1] = 5m }));
        Assert.Null(PciComposite.Compute(Weights2022, new Dictionary<int, decimal> { [1] = 5m }));
    }

    [Fact]
    public void Points_lost_and_the_highlight_threshold()
    {
        Assert.Equal(8.02m, PciComposite.PointsLost(0.20m, 5.99m));
        Assert.False(PciComposite.IsNotable(61.31m, 61.26m));
        Assert.True(PciComposite.IsNotable(61.32m, 61.26m));
        Assert.False(PciComposite.IsNotable(null, 61.26m));
    }

    [Fact]
    public void Every_seeded_edition_has_ten_weights_summing_to_one_and_results_have_ten_scores_or_none()
    {
        var seed = SeedDocuments.Pci();

        Assert.Equal(Enumerable.Range(1, 10), seed.SubIndices.Select(s => s.Number));
        Assert.Equal(Enumerable.Range(2013, 11), seed.Editions.Select(e => e.Year));
        Assert.All(seed.Editions, e => Assert.Equal(10, e.Weights.Count));
        Assert.All(seed.Editions, e => Assert.True(PciComposite.WeightsSumToOne(e.Weights)));
        Assert.All(seed.Results, r => Assert.True(r.Scores.Count is 0 or 10));
        Assert.All(seed.Results.SelectMany(r => r.Scores), s => Assert.InRange(s, 1m, 10m));
    }
}
