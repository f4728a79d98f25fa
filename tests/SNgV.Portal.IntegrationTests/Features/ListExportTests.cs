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

    [Fact]
    public async Task One_stop_register_searches_filters_by_days_and_procedure_sorts_by_applicant_and_exports_every_page()
    {
        await factory.EnsureGeneratedAsync();
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var received = await factory.WithDbAsync(db => db.Dossiers.OrderBy(d => d.ReceivedOn).Select(d => d.ReceivedOn).ToListAsync());
        var from = received[5];
        var to = received[^5];
        var expected = received.Count(d => d >= from && d <= to);
        Assert.True(expected > Web.Features.Dossiers.DossierService.PageSize, "The filtered register must span more than one page.");

        var query = $"?loc=tat-ca&from={from:dd/MM/yyyy}&to={to:dd/MM/yyyy}&sort=applicant";
        var (keys, pages) = await office.RowKeysAsync("/mot-cua" + query);
        var export = await office.ExportRowsAsync("/mot-cua/xuat-excel" + query, "Mã hồ sơ");
        Assert.True(pages > 1);
        Assert.Equal(expected, keys.Count);
        Assert.Equal(keys, export.Select(r => r[0]).ToList());
        var applicants = export.Select(r => r[2]).ToList();
        Assert.Equal(applicants.Order(StringComparer.Ordinal).ToList(), applicants);

        var one = await factory.WithDbAsync(db => db.Dossiers.OrderBy(d => d.Id).Select(d => new { d.ReceiptCode, d.AdministrativeProcedureId }).FirstAsync());
        var code = Web.Features.Dossiers.ReceiptCodes.Format(one.ReceiptCode);
        var (found, _) = await office.RowKeysAsync($"/mot-cua?loc=tat-ca&q={code.ToLowerInvariant()}");
        Assert.Equal([code], found);

        var byProcedure = await office.ExportRowsAsync($"/mot-cua/xuat-excel?loc=tat-ca&procedureId={one.AdministrativeProcedureId}", "Mã hồ sơ");
        Assert.Equal(await factory.WithDbAsync(db => db.Dossiers.CountAsync(d => d.AdministrativeProcedureId == one.AdministrativeProcedureId)), byProcedure.Count);
        Assert.Single(byProcedure.Select(r => r[1]).Distinct());
    }

    [Fact]
    public async Task Accounts_filter_by_unit_role_and_state_search_sort_by_name_and_export_every_page()
    {
        for (var i = 1; i <= 26; i++)
        {
            var id = await factory.CreateUserAsync($"canbo.ls{i:00}@sngv.demo", Roles.Staff, "LS");
            if (i % 9 == 0)
            {
                await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true)));
            }
        }

        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var unitId = await factory.UnitIdAsync("LS");
        var expected = await factory.WithDbAsync(db => db.Users.Where(u => u.UnitId == unitId && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Staff)))
            .Select(u => u.Email!).ToListAsync());
        Assert.True(expected.Count > Web.Features.Admin.UserAdministrationService.PageSize);

        var query = $"?unitId={unitId}&role={Roles.Staff}&state=active&sort=email&dir=desc";
        var (keys, pages) = await admin.RowKeysAsync("/quan-tri/tai-khoan" + query);
        var export = await admin.ExportRowsAsync("/quan-tri/tai-khoan/xuat-excel" + query, "Họ và tên");
        Assert.True(pages > 1);
        Assert.Equal(expected.OrderDescending(StringComparer.Ordinal).ToList(), keys);
        Assert.Equal(keys, export.Select(r => r[2]).ToList());
        Assert.All(export, r => Assert.Equal("Đang hoạt động", r[5]));

        var disabled = await admin.ExportRowsAsync("/quan-tri/tai-khoan/xuat-excel?state=disabled&search=canbo.ls", "Họ và tên");
        Assert.Equal(["canbo.ls09@sngv.demo", "canbo.ls18@sngv.demo"], disabled.Select(r => r[2]).Order(StringComparer.Ordinal).ToList());
        Assert.All(disabled, r => Assert.Equal("Đã vô hiệu hóa", r[5]));
    }
}
