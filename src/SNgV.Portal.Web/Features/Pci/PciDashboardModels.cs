using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>One year of the home province: published composite and rank, and the composite recomputed from the scores.</summary>
public sealed record PciYearRow(int Year, decimal Published, decimal? Recomputed, int? Rank, string Source, string? EditionNote)
{
    public decimal? Difference => Recomputed - Published;

    public bool IsNotable => PciComposite.IsNotable(Recomputed, Published);
}

/// <summary>One point of a sub-index over the years: its score (when published) and its target (when set).</summary>
public sealed record PciPoint(int Year, decimal? Score, decimal? Target);

public sealed record PciSubIndexSeries(int Number, string Name, string EnglishName, IReadOnlyList<PciPoint> Points);

/// <summary>A sub-index in the selected year, with the points lost against a perfect 10: weight × (10 − score).</summary>
public sealed record PciLoss(int Number, string Name, decimal Weight, decimal Score, decimal? Target, decimal PointsLost);

/// <summary>A task aimed at the selected sub-index, through its area's link or its own.</summary>
public sealed record PciLinkedTask(int Id, string PlanNumber, string Code, string Title, string LeadUnit, int CurrentPercent, TaskProgressStatus Status, bool ThroughArea);

/// <summary>Another province's published composite, to compare.</summary>
public sealed record PciComparison(string Province, int Year, decimal Composite, int? Rank);

public sealed class PciDashboardViewModel
{
    public required string HomeProvince { get; init; }

    public required IReadOnlyList<PciYearRow> Years { get; init; }

    public required IReadOnlyList<int> YearsWithScores { get; init; }

    public int? SelectedYear { get; init; }

    public required IReadOnlyList<PciSubIndexSeries> SubIndices { get; init; }

    public required IReadOnlyList<PciLoss> Losses { get; init; }

    public PciSubIndexSeries? SelectedSubIndex { get; init; }

    public required IReadOnlyList<PciLinkedTask> LinkedTasks { get; init; }

    /// <summary>The home province's indicators under the selected sub-index, latest year first.</summary>
    public required IReadOnlyList<PciIndicatorRow> Indicators { get; init; }

    public required IReadOnlyList<PciComparison> Comparisons { get; init; }
}
