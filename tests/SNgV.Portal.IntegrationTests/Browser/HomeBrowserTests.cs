using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>The home pages of the Office, the Leadership and staff, and the staff list filtered and exported, in a real browser.</summary>
[Collection(BrowserTests.Collection)]
public sealed class HomeBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Theory]
    [InlineData(DemoUsers.Office, "Việc cần làm", "van-phong-tong-quan")]
    [InlineData(DemoUsers.Leadership, "Việc cần làm và kết quả chính", "lanh-dao-tong-quan")]
    [InlineData(DemoUsers.ConsularStaff, "Việc cần làm của đơn vị", "can-bo-tong-quan")]
    public async Task Each_home_page_passes_axe_on_a_desktop_and_at_360_px_without_sideways_scrolling(string email, string todoHeading, string screenshot)
    {
        await WorkInProgressAsync();
        foreach (var (width, height) in new[] { (1280, 900), (360, 740) })
        {
            var page = await browser.SignedInPageAsync(portal, email, width, height);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = todoHeading, Exact = true })).ToBeVisibleAsync();
            Assert.True(await page.Locator("[data-todo]").CountAsync() > 0, "The home page has no figure linking to its list.");
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, $"The home page scrolls sideways at {width} px.");
            await Accessibility.AssertWcag21AaAsync(page);
            if (width > 360)
            {
                await UserGuideScreenshots.TakeAsync(page, screenshot, fullPage: true);
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Staff_find_the_tasks_to_report_without_accents_and_export_exactly_those_rows()
    {
        await WorkInProgressAsync();
        var page = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ cần báo cáo kỳ này" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Cần báo cáo kỳ này")).ToBeCheckedAsync();

        await page.GetByLabel("Tìm nhiệm vụ").FillAsync("thu tuc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        var rows = page.Locator("table.unit-task-list tbody tr");
        await Assertions.Expect(page.Locator(".unit-task-total")).ToContainTextAsync("phù hợp bộ lọc");
        var count = await rows.CountAsync();
        Assert.InRange(count, 1, 8);
        await Assertions.Expect(page.Locator(".unit-task-total strong")).ToHaveTextAsync(count.ToString(CultureInfo.InvariantCulture));
        foreach (var row in await rows.AllAsync())
        {
            await Assertions.Expect(row.Locator(".task-due")).ToBeVisibleAsync();
        }

        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "can-bo-nhiem-vu-loc", fullPage: true);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var sheet = ReportFiles.SheetRows(copy.ToArray());
        var codes = new List<string>();
        foreach (var row in await rows.AllAsync())
        {
            codes.Add((await row.Locator("td").First.InnerTextAsync()).Trim());
        }

        Assert.Equal(codes, sheet.Skip(1).Select(r => r[0]).ToList());

        // Printed on A4 portrait (the printable width at the browser's default margins, ~19 cm): no filter form, every column on the page.
        await page.GotoAsync("/nhiem-vu");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync(718, 1000);
        await Assertions.Expect(page.Locator("form.unit-task-filters")).ToBeHiddenAsync();
        var right = await page.Locator("table.unit-task-list").EvaluateAsync<double>("t => t.getBoundingClientRect().right");
        Assert.True(right <= 718, $"The printed list is {right} px wide on a 718 px page.");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 718, "The printed list is cut off on the right.");
        await Assertions.Expect(page.Locator("table.unit-task-list th").Last).ToBeVisibleAsync();
    }

    /// <summary>A plan at work on 20/05/2019: an update accepted, one waiting for review, a draft, a quarterly report waiting for approval.</summary>
    private async Task WorkInProgressAsync()
    {
        if (await portal.WithDbAsync(db => db.ProgressUpdates.AnyAsync()))
        {
            return;
        }

        using var consular = await portal.SignedInClientAsync(DemoUsers.ConsularStaff);
        using var cooperation = await portal.SignedInClientAsync(DemoUsers.CooperationStaff);
        using var office = await portal.SignedInClientAsync(DemoUsers.Office);
        await ReportClient.AcceptedUpdateAsync(consular, office, await portal.TaskIdAsync(4, 2), "45", "InProgress", "Đã rà soát quy trình hợp pháp hóa lãnh sự.");
        using (await consular.PostProgressAsync(await portal.TaskIdAsync(7, 1), "draft", "20", "InProgress", "Đang tổng hợp."))
        {
        }

        var cooperationTask = await portal.WithDbAsync(db => db.PlanTasks
            .Where(t => t.LeadUnit!.Code == "HTQT" && t.SolutionArea!.Plan!.Number == "95/KH-SNgV").OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        using (await cooperation.PostProgressAsync(cooperationTask, "submit", "30", "InProgress", "Đã tổ chức hội nghị xúc tiến đầu tư."))
        {
        }

        var planId = await portal.SeededPlanIdAsync();
        await office.SubmitReportAsync(await office.CreateQuarterlyReportAsync(planId, 2019, 1));
    }
}
