using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>Staff on a phone (360 × 740): the menu behind a button, the task list as cards without sideways scrolling.</summary>
[Collection(BrowserTests.Collection)]
public sealed class PhoneBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task Staff_open_the_menu_with_its_button_and_read_each_task_as_a_card()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff, 360, 740);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        var link = navigation.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ của đơn vị" });
        var menuButton = navigation.GetByRole(AriaRole.Button, new() { Name = "Mở menu" });

        await Assertions.Expect(link).Not.ToBeVisibleAsync();
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await menuButton.ClickAsync();
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await link.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/nhiem-vu$"));
        var cards = page.Locator("table.unit-task-list tr.task-card");
        await Assertions.Expect(cards).ToHaveCountAsync(9);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The task list scrolls sideways at 360 px.");
        foreach (var card in await cards.AllAsync())
        {
            Assert.True(await card.Locator(".task-status .badge").IsVisibleAsync(), "A card does not show the task's status.");
            Assert.True(await card.Locator(".task-percent .progress-bar").IsVisibleAsync(), "A card does not show the task's %.");
            var box = await card.BoundingBoxAsync();
            Assert.True(box is { X: >= 0 } && box.X + box.Width <= 360, "A card is wider than the screen.");
        }

        await Assertions.Expect(cards.First.Locator(".task-percent")).ToContainTextAsync("%");
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "can-bo-nhiem-vu-dien-thoai", fullPage: true);
    }

    [Fact]
    public async Task On_a_desktop_the_task_list_stays_a_table_and_the_menu_needs_no_button()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff);
        await page.FollowMenuLinkAsync("Nhiệm vụ của đơn vị");

        await Assertions.Expect(page.Locator("table.unit-task-list thead")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" })).Not.ToBeVisibleAsync();
        await Accessibility.AssertWcag21AaAsync(page);
    }

    [Fact]
    public async Task The_Offices_menu_fits_one_row_on_a_desktop()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        var bar = page.Locator("nav.site-nav .navbar-nav");

        var items = await bar.Locator(":scope > li").AllAsync();
        var tops = new HashSet<double>();
        foreach (var item in items)
        {
            tops.Add(Math.Round((await item.BoundingBoxAsync())!.Y));
        }

        Assert.Single(tops);
        await page.FollowMenuLinkAsync("Đôn đốc");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/don-doc$"));
        await Accessibility.AssertWcag21AaAsync(page);
    }
}
