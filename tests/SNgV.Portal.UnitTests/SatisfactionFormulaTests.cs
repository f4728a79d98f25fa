using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Surveys;

namespace SNgV.Portal.UnitTests;

/// <summary>Hand-computed fixtures of the SIPAS formulas of sipas.md and the reporting quarter of reports.md.</summary>
public sealed class SatisfactionFormulaTests
{
    [Fact]
    public void Criterion_index_of_scores_5_4_2_is_66_67_percent()
    {
        int[] scores = [5, 4, 2];
        Assert.Equal(66.67m, SatisfactionCalculator.CriterionIndex(scores.Count(s => s >= 4), scores.Length));
        Assert.Equal(3.67m, SatisfactionCalculator.MeanScore(scores.Sum(), scores.Length));
    }

    [Fact]
    public void Not_applicable_answers_are_left_out_not_counted_as_1()
    {
        int?[] answers = [5, null, 4, null, 1, 3];
        var valid = answers.Where(a => a.HasValue).Select(a => a!.Value).ToList();
        Assert.Equal(50m, SatisfactionCalculator.CriterionIndex(valid.Count(s => s >= 4), valid.Count));
        Assert.Equal(3.25m, SatisfactionCalculator.MeanScore(valid.Sum(), valid.Count));
    }

    [Fact]
    public void A_criterion_nobody_answered_has_no_index()
    {
        Assert.Null(SatisfactionCalculator.CriterionIndex(0, 0));
        Assert.Null(SatisfactionCalculator.WilsonInterval(0, 0));
    }

    [Fact]
    public void Element_index_is_the_mean_of_its_criteria_and_SIPAS_the_mean_of_the_elements()
    {
        var element = SatisfactionCalculator.MeanOf([100m, 50m, 66.67m]);
        Assert.Equal(72.22m, element);
        Assert.Equal(80m, SatisfactionCalculator.MeanOf([100m, 60m, 80m, 90m, 70m]));
        Assert.Equal(75m, SatisfactionCalculator.MeanOf([100m, null, 50m]));
    }

    [Theory]
    // Wilson 95 %: 8 of 10 → 49.02–94.33; 0 of 5 → 0–43.45; 30 of 30 → 88.65–100.
    [InlineData(8, 10, 49.02, 94.33)]
    [InlineData(0, 5, 0, 43.45)]
    [InlineData(30, 30, 88.65, 100)]
    public void Wilson_interval_matches_hand_computation(int satisfied, int valid, double low, double high)
    {
        var interval = SatisfactionCalculator.WilsonInterval(satisfied, valid)!.Value;
        Assert.Equal((decimal)low, interval.Low);
        Assert.Equal((decimal)high, interval.High);
    }

    [Fact]
    public void Small_samples_are_flagged()
    {
        Assert.True(SatisfactionCalculator.IsSmall(29));
        Assert.False(SatisfactionCalculator.IsSmall(30));
    }

    [Theory]
    [InlineData("2018-12-15", 2019, 1)]
    [InlineData("2019-03-14", 2019, 1)]
    [InlineData("2019-03-15", 2019, 2)]
    [InlineData("2019-06-14", 2019, 2)]
    [InlineData("2019-09-15", 2019, 4)]
    [InlineData("2019-12-14", 2019, 4)]
    [InlineData("2019-12-15", 2020, 1)]
    public void Reporting_quarter_follows_the_decree_09_cut_off(string date, int year, int quarter)
    {
        var q = ReportingPeriod.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), ReportingFrequency.Quarterly);
        Assert.Equal(ReportingPeriod.Quarter(year, quarter), q);
        Assert.Equal((year, quarter), (q.ReportingYear, q.QuarterNumber));
        Assert.True(q.Start <= DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Quarter_one_2019_runs_from_15_December_2018_to_14_March_2019()
    {
        var q = ReportingPeriod.Quarter(2019, 1);
        Assert.Equal(new DateOnly(2018, 12, 15), q.Start);
        Assert.Equal(new DateOnly(2019, 3, 14), q.End);
        Assert.Equal("Quý I/2019", q.Label);
    }

    [Fact]
    public void Seeded_questionnaire_has_five_elements_and_22_criteria_in_both_languages()
    {
        var seed = SeedDocuments.Sipas2017();
        Assert.Equal([4, 5, 6, 3, 4], seed.Elements.Select(e => e.Criteria.Count));
        Assert.All(seed.Elements.SelectMany(e => e.Criteria), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Text));
            Assert.False(string.IsNullOrWhiteSpace(c.TextEn));
        });
        Assert.Equal(["gioi-tinh", "do-tuoi", "hoc-van", "nghe-nghiep"], seed.ProfileQuestions.Select(p => p.Code));
    }
}
