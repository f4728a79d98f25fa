namespace SNgV.Portal.Web.Features.Pci;

/// <summary>
/// The one place the PCI composite is computed: PCI = 10 × Σ weightᵢ × scoreᵢ, rounded to two decimals as
/// VCCI rounds. The dashboard, the reports and the tests all call this; the portal shows the result beside
/// the published composite and never replaces the published one with it.
/// </summary>
public static class PciComposite
{
    /// <summary>A difference above this between recomputed and published composites is highlighted.</summary>
    public const decimal Tolerance = 0.05m;

    /// <summary>
    /// The composite from scores and weights keyed by sub-index number; empty when the edition has no
    /// weights or a weighted sub-index has no score (2013 and 2014 were published as composites only).
    /// </summary>
    public static decimal? Compute(IReadOnlyDictionary<int, decimal> weights, IReadOnlyDictionary<int, decimal> scores)
    {
        if (weights.Count == 0)
        {
            return null;
        }

        var sum = 0m;
        foreach (var (subIndex, weight) in weights)
        {
            if (!scores.TryGetValue(subIndex, out var score))
            {
                return null;
            }

            sum += weight * score;
        }

        return Math.Round(10m * sum, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Points lost on one sub-index against a perfect 10: weight × (10 − score), on the 100-point scale.</summary>
    public static decimal PointsLost(decimal weight, decimal score) => Math.Round(10m * weight * (10m - score), 2, MidpointRounding.AwayFromZero);

    /// <summary>True when the recomputed composite differs from the published one by more than <see cref="Tolerance"/>.</summary>
    public static bool IsNotable(decimal? recomputed, decimal published) => recomputed is { } r && Math.Abs(r - published) > Tolerance;

    /// <summary>True when the weights of an edition add up to exactly 1.</summary>
    public static bool WeightsSumToOne(IEnumerable<decimal> weights) => weights.Sum() == 1m;
}
