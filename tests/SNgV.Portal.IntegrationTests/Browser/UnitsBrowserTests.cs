using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>The administrator reorganises the rooms: a unit added, renamed, merged into another, and one retired by mistake brought back.</summary>
[Collection(BrowserTests.Collection)]
public sealed class UnitsBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task The_administrator_adds_renames_merges_and_brings_back_units_through_the_screens()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Administrator);
        await page.FollowMenuLinkAsync("Đơn vị");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm đơn vị" }).ClickAsync();
        await page.GetByLabel("Mã đơn vị").FillAsync("TH");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tên đơn vị", Exact = true }).FillAsync("Phòng Tổng hợp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        var row = page.Locator("table.units tbody tr", new() { HasText = "Phòng Tổng hợp" });
        await Assertions.Expect(row).ToContainTextAsync("Đang sử dụng");
        await row.GetByRole(AriaRole.Link, new() { Name = "Sửa đơn vị Phòng Tổng hợp" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tên đơn vị", Exact = true }).FillAsync("Phòng Tổng hợp - Thông tin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        row = page.Locator("table.units tbody tr", new() { HasText = "Phòng Tổng hợp - Thông tin" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "quan-tri-don-vi", fullPage: true);

        // Merging cannot be undone: the page says what moves, asks for the box, then the browser asks once more.
        await row.GetByRole(AriaRole.Link, new() { Name = "Sáp nhập đơn vị Phòng Tổng hợp - Thông tin vào đơn vị khác" }).ClickAsync();
        await page.GetByLabel("Sáp nhập vào đơn vị").SelectOptionAsync(new SelectOptionValue { Label = "Văn phòng Sở (VP)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sáp nhập" }).ClickAsync(); // dismissed: nothing happens
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sáp nhập đơn vị Phòng Tổng hợp - Thông tin (TH)" })).ToBeVisibleAsync();
        await page.GetByLabel("Tôi xác nhận sáp nhập đơn vị Phòng Tổng hợp - Thông tin vào đơn vị đã chọn; việc này không hoàn tác được.").CheckAsync();
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "quan-tri-sap-nhap-don-vi");
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Sáp nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã sáp nhập");
        Assert.StartsWith("Sáp nhập đơn vị Phòng Tổng hợp - Thông tin vào đơn vị đã chọn?", asked, StringComparison.Ordinal);
        row = page.Locator("table.units tbody tr", new() { HasText = "Phòng Tổng hợp - Thông tin" });
        await Assertions.Expect(row).ToContainTextAsync("Ngừng sử dụng");

        // Brought back: the unit is offered again.
        await row.GetByRole(AriaRole.Button, new() { Name = "Sử dụng lại đơn vị Phòng Tổng hợp - Thông tin" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã sử dụng lại đơn vị");
        await Assertions.Expect(page.Locator("table.units tbody tr", new() { HasText = "Phòng Tổng hợp - Thông tin" })).ToContainTextAsync("Đang sử dụng");
        Assert.True(await portal.WithDbAsync(db => db.Units.Where(u => u.Code == "TH").Select(u => u.IsActive).SingleAsync()));
        Assert.Contains(await portal.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Unit").Select(e => e.Changes).ToListAsync()),
            c => c.Contains("Phòng Tổng hợp - Thông tin", StringComparison.Ordinal));
    }
}
