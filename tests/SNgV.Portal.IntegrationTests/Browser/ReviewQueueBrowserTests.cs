using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>The review queue in a browser: cards on a phone, select all by a local script, axe on the filtered list.</summary>
[Collection(BrowserTests.Collection)]
public sealed class ReviewQueueBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    /// <summary>The updates, added once per portal (the tests of a class run one after another).</summary>
    private async Task SubmittedUpdatesAsync()
    {
        if (!await portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.ProgressUpdates)))
        {
            await ListsPortalFactory.AddSubmittedUpdatesAsync(portal);
        }
    }

    [Fact]
    public async Task On_a_phone_the_queue_is_cards_without_sideways_scrolling()
    {
        await SubmittedUpdatesAsync();
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office, 360, 740);
        await page.GotoAsync($"{portal.BaseUrl}/duyet-bao-cao?period=2019-01-14");

        var cards = page.Locator("table.review-queue tr.task-card");
        await Assertions.Expect(cards).ToHaveCountAsync(20);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The review queue scrolls sideways at 360 px.");
        var box = await cards.First.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 360, "A card is wider than the screen.");
        await Assertions.Expect(page.Locator("table.review-queue thead")).Not.ToBeInViewportAsync();
        await Accessibility.AssertWcag21AaAsync(page);
    }

    [Fact]
    public async Task On_a_desktop_the_filtered_queue_sorts_selects_all_and_offers_its_export()
    {
        await SubmittedUpdatesAsync();
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await page.GotoAsync($"{portal.BaseUrl}/duyet-bao-cao");
        await page.GetByLabel("Kỳ báo cáo").SelectOptionAsync(new SelectOptionValue { Value = "2019-02-14" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đơn vị" }).ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort='ascending']")).ToContainTextAsync("Đơn vị");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("period=2019-02-14.*sort=unit"));

        await page.GetByLabel("Chọn tất cả báo cáo trên trang").CheckAsync();
        await Assertions.Expect(page.Locator("input[name='Input.Updates']:not(:checked)")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/duyet-bao-cao/xuat-excel\\?period=2019-02-14&sort=unit$"));
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "van-phong-duyet-bao-cao-loc-xuat-excel");

        foreach (var url in new[] { "/nhat-ky", "/mot-cua?loc=tat-ca" })
        {
            await page.GotoAsync(portal.BaseUrl + url);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" })).ToBeVisibleAsync();
            await Accessibility.AssertWcag21AaAsync(page);
        }

        // The tracking page and the reminder history (empty here: no export offered) pass axe too.
        foreach (var url in new[] { "/theo-doi", "/don-doc/lich-su" })
        {
            await page.GotoAsync(portal.BaseUrl + url);
            await Accessibility.AssertWcag21AaAsync(page);
        }
    }
}
