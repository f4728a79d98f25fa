using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.UnitTests;

public sealed class SeedFileTests
{
    [Fact]
    public void The_plan_seed_names_only_units_that_exist()
    {
        var units = SeedDocuments.Units().Select(u => u.Code).ToHashSet();
        var tasks = SeedDocuments.Plan2019().Areas.SelectMany(a => a.Tasks).ToList();

        Assert.Equal(["VP", "TTr", "LS", "HTQT", "BG", "TTDV"], SeedDocuments.Units().Select(u => u.Code));
        Assert.All(tasks, t => Assert.Contains(t.LeadUnit, units));
        Assert.All(tasks.SelectMany(t => t.SupportingUnits), code => Assert.Contains(code, units));
        Assert.All(tasks, t => Assert.DoesNotContain(t.LeadUnit, t.SupportingUnits));
    }

    [Fact]
    public void Tasks_are_numbered_from_one_in_each_area_and_scheduled_consistently()
    {
        var plan = SeedDocuments.Plan2019();

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], plan.Areas.Select(a => a.Number));
        Assert.All(plan.Areas, a => Assert.Equal(Enumerable.Range(1, a.Tasks.Count), a.Tasks.Select(t => t.Number)));
        Assert.All(plan.Areas.SelectMany(a => a.Tasks), t =>
        {
            if (t.Schedule == TaskSchedule.OneOff)
            {
                Assert.NotNull(t.DueOn);
                Assert.Null(t.ReportingFrequency);
            }
            else
            {
                Assert.Null(t.DueOn);
                Assert.NotNull(t.ReportingFrequency);
            }
        });
    }

    [Fact]
    public void Seed_texts_are_in_Unicode_NFC()
    {
        var plan = SeedDocuments.Plan2019();
        var texts = plan.Areas.SelectMany(a => a.Tasks.Select(t => t.Title).Prepend(a.Title))
            .Concat(plan.Purposes).Concat(plan.Requirements).Append(plan.Title).Append(plan.LegalBasis);

        Assert.All(texts, t => Assert.True(t.IsNormalized(System.Text.NormalizationForm.FormC)));
    }
}
