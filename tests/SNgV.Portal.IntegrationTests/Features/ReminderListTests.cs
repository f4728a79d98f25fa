using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Overview;
using SNgV.Portal.Web.Features.Reminders;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The reminder form pre-ticks the tasks without a report; the history filters, sorts and exports every page.</summary>
public sealed class ReminderListTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task The_form_ticks_the_units_tasks_without_a_report_this_period_and_offers_select_all()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var unitId = await factory.UnitIdAsync("VP");
        var period = OverviewService.ReportPeriodOn(DateOnly.FromDateTime(PlanYearPortalFactory.Today.DateTime), 2019);
        var lacking = OverviewService.LacksUpdateFor(period.End);
        var expected = await factory.WithDbAsync(db => db.PlanTasks
            .Where(t => !t.IsArchived && (t.LeadUnitId == unitId || t.SupportingUnits.Any(s => s.UnitId == unitId)))
            .Where(lacking).Select(t => t.Id).OrderBy(id => id).ToListAsync());
        Assert.NotEmpty(expected);

        var html = await office.GetHtmlAsync($"/don-doc?unitId={unitId}");
        var ticked = Regex.Matches(html, "<input[^>]*name=\"Input.TaskIds\" value=\"([0-9]+)\"[^>]*checked=\"checked\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(expected, ticked);
        Assert.Contains("data-check=\"all\" data-check-target=\"Input.TaskIds\"", html, StringComparison.Ordinal);
        Assert.Contains($"Chưa báo cáo {period.Label}", html, StringComparison.Ordinal);

        var area = await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.LeadUnitId == unitId).Select(t => t.SolutionAreaId).FirstAsync());
        var narrowed = await office.GetHtmlAsync($"/don-doc?unitId={unitId}&areaId={area}");
        var shown = Regex.Count(narrowed, "name=\"Input.TaskIds\" value=\"[0-9]+\"");
        Assert.Equal(await factory.WithDbAsync(db => db.PlanTasks.CountAsync(t => t.SolutionAreaId == area && (t.LeadUnitId == unitId || t.SupportingUnits.Any(s => s.UnitId == unitId)))), shown);
    }

    [Fact]
    public async Task The_history_filters_by_unit_kind_and_days_and_exports_the_rows_of_every_page()
    {
        var units = await factory.WithDbAsync(db => db.Units.OrderBy(u => u.Id).Select(u => u.Id).Take(2).ToListAsync());
        await factory.WithDbAsync(db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.Reminders.Add(new Reminder
                {
                    UnitId = units[i % 5 == 0 ? 1 : 0], Kind = i % 3 == 0 ? ReminderKind.DueSoon : ReminderKind.Manual,
                    Message = $"Lời đôn đốc thử {i}", CreatedAtUtc = new DateTime(2019, 4, 1, 2, 0, 0, DateTimeKind.Utc).AddHours(i * 7),
                });
            }

            return db.SaveChangesAsync();
        });
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var expected = await factory.WithDbAsync(db => db.Reminders.CountAsync(r => r.UnitId == units[0] && r.Kind == ReminderKind.Manual && r.CreatedAtUtc >= new DateTime(2019, 3, 31, 17, 0, 0, DateTimeKind.Utc)));
        Assert.True(expected > ReminderService.PageSize - 10);

        var query = $"?unitId={units[0]}&kind=manual&from=01/04/2019&to=31/12/2019";
        var (keys, _) = await office.RowKeysAsync("/don-doc/lich-su" + query);
        var export = await office.ExportRowsAsync("/don-doc/lich-su/xuat-excel" + query, "Thời gian");
        Assert.Equal(expected, keys.Count);
        Assert.Equal(keys, export.Select(r => $"{r[0]} {r[1]}").ToList());
        Assert.All(export, r => Assert.Equal("Gửi thủ công", r[3]));

        var all = await office.ExportRowsAsync("/don-doc/lich-su/xuat-excel?sort=unit", "Thời gian");
        var (allKeys, pages) = await office.RowKeysAsync("/don-doc/lich-su?sort=unit");
        Assert.True(pages > 1);
        Assert.Equal(allKeys, all.Select(r => $"{r[0]} {r[1]}").ToList());
    }
}
