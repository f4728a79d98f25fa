using SNgV.Portal.Web.Domain;
namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>
/// The portal's SIPAS formulas (sipas.md), the one place results and reports take them from:
/// criterion index = answers at 4 or 5 ÷ valid answers × 100; element index = mean of its criterion indices;
/// SIPAS = mean of the element indices; a Wilson 95 % interval for each index. For a criterion and the overall
/// question it is the interval of the proportion of 4–5 among valid answers; for an element and SIPAS (means of
/// proportions) it is the Wilson interval with p = the index and n = the responses counted for that index, which
/// treats the responses, not the answers, as the sample (conservative).
/// The counts come from grouped database queries; this class only does the arithmetic on them.
/// </summary>
public static class SatisfactionCalculator
{
    /// <summary>Below this many valid answers an index is shown with a warning that it is not reliable.</summary>
    public const int SmallSample = 30;

    private const double Z95 = 1.959963984540054;

    /// <summary>Share of 4–5 answers among valid answers, in %, rounded to two decimals; empty when nobody answered.</summary>
    public static decimal? CriterionIndex(long satisfied, long valid) =>
        valid == 0 ? null : Math.Round(satisfied * 100m / valid, 2, MidpointRounding.AwayFromZero);

    /// <summary>Mean score on the 1–5 scale; empty when nobody answered.</summary>
    public static decimal? MeanScore(long scoreSum, long valid) =>
        valid == 0 ? null : Math.Round((decimal)scoreSum / valid, 2, MidpointRounding.AwayFromZero);

    /// <summary>Mean of the indices that exist (an element without any valid answer has no index and is left out).</summary>
    public static decimal? MeanOf(IEnumerable<decimal?> indices)
    {
        var present = indices.Where(i => i.HasValue).Select(i => i!.Value).ToList();
        return present.Count == 0 ? null : Math.Round(present.Average(), 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The Wilson score interval (95 %) for the proportion satisfied/valid, in %.</summary>
    public static (decimal Low, decimal High)? WilsonInterval(long satisfied, long valid) =>
        valid == 0 ? null : Wilson((double)satisfied / valid, valid);

    /// <summary>The Wilson interval (95 %) of an index in % that is a mean of proportions, over <paramref name="responses"/> responses.</summary>
    public static (decimal Low, decimal High)? WilsonIntervalOfIndex(decimal? index, long responses) =>
        index is not { } value || responses == 0 ? null : Wilson((double)(value / 100m), responses);

    private static (decimal Low, decimal High) Wilson(double p, double n)
    {
        var z2 = Z95 * Z95;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return (Percent(Math.Max(0, centre - half)), Percent(Math.Min(1, centre + half)));
    }

    public static bool IsSmall(long n) => n < SmallSample;

    private static decimal Percent(double share) => Math.Round((decimal)share * 100m, 2, MidpointRounding.AwayFromZero);
}

/// <summary>Counts of one criterion's valid answers, as a grouped query returns them.</summary>
public readonly record struct AnswerCounts(long Valid, long Satisfied, long ScoreSum);

public sealed record CriterionResult(CriterionView Criterion, AnswerCounts Counts, decimal? Index, decimal? Mean, (decimal Low, decimal High)? Interval)
{
    public bool Small => SatisfactionCalculator.IsSmall(Counts.Valid);
}

/// <summary>An element's index over the <paramref name="Responses"/> that answered at least one of its criteria.</summary>
public sealed record ElementResult(ElementView Element, IReadOnlyList<CriterionResult> Criteria, decimal? Index, decimal? Mean, long Responses)
{
    public (decimal Low, decimal High)? Interval => SatisfactionCalculator.WilsonIntervalOfIndex(Index, Responses);

    public bool Small => SatisfactionCalculator.IsSmall(Responses);
}

/// <summary>The indices of one group of responses: criteria, elements, SIPAS, and the overall question.</summary>
public sealed record SatisfactionResults(long Responses, IReadOnlyList<ElementResult> Elements, decimal? Sipas, CriterionResult Overall)
{
    public (decimal Low, decimal High)? SipasInterval => SatisfactionCalculator.WilsonIntervalOfIndex(Sipas, Responses);

    public bool Small => SatisfactionCalculator.IsSmall(Responses);
}

public static class SatisfactionSummary
{
    /// <summary>
    /// Applies the formulas to grouped counts: criterion → element → SIPAS. <paramref name="elementResponses"/> holds, per element id,
    /// the responses that answered at least one of its criteria.
    /// </summary>
    public static SatisfactionResults Of(
        QuestionnaireView questionnaire, long responses, IReadOnlyDictionary<int, AnswerCounts> counts, IReadOnlyDictionary<int, long> elementResponses, AnswerCounts overall)
    {
        var elements = questionnaire.Elements.Select(e =>
        {
            var criteria = e.Criteria.Select(c => Criterion(c, counts.GetValueOrDefault(c.Id))).ToList();
            var pooled = criteria.Aggregate(default(AnswerCounts), (sum, c) => new AnswerCounts(sum.Valid + c.Counts.Valid, sum.Satisfied + c.Counts.Satisfied, sum.ScoreSum + c.Counts.ScoreSum));
            return new ElementResult(e, criteria, SatisfactionCalculator.MeanOf(criteria.Select(c => c.Index)), SatisfactionCalculator.MeanScore(pooled.ScoreSum, pooled.Valid),
                elementResponses.GetValueOrDefault(e.Id));
        }).ToList();
        var overallQuestion = new CriterionView(0, 0, 0, questionnaire.OverallQuestion);
        return new SatisfactionResults(responses, elements, SatisfactionCalculator.MeanOf(elements.Select(e => e.Index)), Criterion(overallQuestion, overall));
    }

    private static CriterionResult Criterion(CriterionView criterion, AnswerCounts counts) =>
        new(criterion, counts, SatisfactionCalculator.CriterionIndex(counts.Satisfied, counts.Valid),
            SatisfactionCalculator.MeanScore(counts.ScoreSum, counts.Valid), SatisfactionCalculator.WilsonInterval(counts.Satisfied, counts.Valid));
}
