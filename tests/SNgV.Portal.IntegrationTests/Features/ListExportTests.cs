using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Overview;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// The Office's lists over generated data longer than a page: each filtered and sorted, its "Xuất Excel" opened with
/// the Open XML SDK holding exactly the rows of every page of the screen, in the screen's order.
/// </summary>
public sealed class ListExportTests(GeneratedListsPortalFactory factory) : IClassFixture<GeneratedListsPortalFactory>
{
    [Fact]
    public async Task Tracking_page_filtered_by_schedule_and_sorted_by_percent_exports_the_rows_of_every_page()
    {
        await factory.EnsureGeneratedAsync();
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var expected = await factory.WithDbAsync(db => db.PlanTasks.CountAsync(t => !t.IsArchived && t.CurrentPercent < 100));
        Assert.True(expected > OverviewService.PageSize, "The filtered list must span more than one page.");

        // Not completed = on track, at risk or late: the three filters together hold every task below 100 %.
        var counted = 0;
        foreach (var schedule in new[] { ScheduleStatus.OnTrack, ScheduleStatus.AtRisk, ScheduleStatus.Late })
        {
            var query = $"?schedule={schedule}&sort=percent&dir=desc";
            var (keys, _) = await office.RowKeysAsync("/theo-doi" + query);
            var export = await office.ExportRowsAsync("/theo-doi/xuat-excel" + query, "Mục");
            Assert.Equal(keys, export.Select(r => r[0]).ToList());
            Assert.All(export, r => Assert.Equal(Web.Domain.DisplayNames.Of(schedule), r[5]));
            var percents = export.Select(r => int.Parse(r[3], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(percents.OrderByDescending(p => p).ToList(), percents);
            counted += keys.Count;
        }

        Assert.Equal(expected, counted);
        var (all, pages) = await office.RowKeysAsync("/theo-doi?sort=unit");
        Assert.True(pages > 1);
        var allExport = await office.ExportRowsAsync("/theo-doi/xuat-excel?sort=unit", "Mục");
        Assert.Equal(all, allExport.Select(r => r[0]).ToList());
        var units = allExport.Select(r => r[2]).ToList();
        Assert.Equal(units.Order(StringComparer.Ordinal).ToList(), units);
    }
}
