using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

[Collection(BrowserTests.Collection)]
public sealed class ShellBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task Office_signs_in_and_sees_the_plan_by_area_and_unit()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan", Exact = true })).ToBeVisibleAsync();
        var matrix = page.Locator("table.matrix");
        await Assertions.Expect(matrix.Locator("tbody tr")).ToHaveCountAsync(7);
        await Assertions.Expect(matrix.Locator("tbody tr").First).ToContainTextAsync("II.1");
        await Assertions.Expect(matrix.Locator("tfoot")).ToContainTextAsync("20");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem toàn văn kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "KẾ HOẠCH" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.plan-document tbody tr")).ToHaveCountAsync(20);
        await Assertions.Expect(page.GetByText("Trần Khánh Phôi")).ToBeVisibleAsync();
        await UserGuideScreenshots.TakeAsync(page, "ke-hoach-toan-van");
    }

    [Fact]
    public async Task Icons_are_drawn_from_the_sprite_in_the_text_colour_and_no_icon_font_is_loaded()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        var fonts = new List<string>();
        page.Request += (_, request) => { if (request.ResourceType == "font") fonts.Add(request.Url); };
        await page.ReloadAsync();

        var icons = page.Locator("svg.bi:visible");
        Assert.True(await icons.CountAsync() > 5);
        // An icon whose <use> did not resolve (a missing symbol, a sprite the CSP refused) has an empty box.
        var drawn = await icons.EvaluateAllAsync<double[]>("svgs => svgs.map(s => s.querySelector('use').getBBox().width)");
        Assert.All(drawn, width => Assert.True(width > 0, "an icon drew nothing"));
        var colours = await page.Locator("nav svg.bi").First.EvaluateAsync<string[]>(
            "s => [getComputedStyle(s).fill, getComputedStyle(s.closest('a, button')).color]");
        Assert.Equal(colours[1], colours[0]);
        Assert.Empty(fonts);
    }

    [Fact]
    public async Task Staff_sees_the_tasks_their_unit_leads_or_supports()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Việc cần làm của đơn vị" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ của đơn vị (9)" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.unit-task-list tbody tr")).ToHaveCountAsync(9);
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tài khoản người dùng" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Leadership_sees_the_whole_plan()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Leadership);

        await Assertions.Expect(page.Locator("table.matrix tbody tr")).ToHaveCountAsync(7);
    }

    [Fact]
    public async Task Administrator_creates_an_account_and_is_told_what_is_wrong_first()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Administrator);

        await page.FollowMenuLinkAsync("Tài khoản người dùng");
        await Assertions.Expect(page.Locator("table.users tbody tr")).ToHaveCountAsync(5);
        await UserGuideScreenshots.TakeAsync(page, "quan-tri-tai-khoan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await page.GetByLabel("Họ và tên").FillAsync("Đặng Văn Thử");
        await page.GetByLabel("Thư điện tử (dùng để đăng nhập)").FillAsync("dang.thu@sngv.test");
        await page.GetByLabel("Đơn vị").SelectOptionAsync(new SelectOptionValue { Label = "Phòng Biên giới" });
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("ngan");
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync("ngan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();

        var summary = page.Locator(".validation-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Mật khẩu phải có ít nhất 10 ký tự.");
        // What was typed is kept; only the password must be entered again.
        await Assertions.Expect(page.GetByLabel("Họ và tên")).ToHaveValueAsync("Đặng Văn Thử");
        await UserGuideScreenshots.TakeAsync(page, "quan-tri-tao-tai-khoan-loi");

        // The summary links to the field.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Mật khẩu phải có ít nhất 10 ký tự." }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#Input_Password$"));

        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("BienGioi-2019");
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync("BienGioi-2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo tài khoản dang.thu@sngv.test");
        await Assertions.Expect(page.Locator("table.users")).ToContainTextAsync("Đặng Văn Thử");
    }

    [Theory]
    [InlineData("/", 1280)]
    [InlineData("/", 375)]
    [InlineData("/dang-nhap", 375)]
    [InlineData("/khong-co-trang-nay", 1280)]
    [InlineData("/ke-hoach", 1280)]
    [InlineData("/ke-hoach", 375)]
    public async Task Public_pages_meet_WCAG_21_AA(string url, int width)
    {
        var page = await browser.NewPageAsync(portal, width, 800);
        await page.GotoAsync(url);

        await Accessibility.AssertWcag21AaAsync(page);
        if (url == "/" && width < 400)
        {
            await UserGuideScreenshots.TakeAsync(page, "trang-chu-dien-thoai", fullPage: true);
        }
    }

    [Fact]
    public async Task The_first_tab_reaches_a_visible_skip_link_to_the_content()
    {
        var page = await browser.NewPageAsync(portal);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua, đến nội dung chính" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#noi-dung")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Visitors_can_read_the_home_page_in_English()
    {
        var page = await browser.NewPageAsync(portal);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Department of Foreign Affairs of Quang Tri Province");
        await UserGuideScreenshots.TakeAsync(page, "trang-chu-tieng-anh");
    }
}
