using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

[Collection(BrowserTests.Collection)]
public sealed class PlanManagementBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task Office_edits_a_task_and_finds_the_change_in_the_audit_log()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await page.FollowMenuLinkAsync("Quản lý kế hoạch");
        await Assertions.Expect(page.Locator("table.plans")).ToContainTextAsync("95/KH-SNgV");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản lý kế hoạch 95/KH-SNgV" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kế hoạch 95/KH-SNgV");
        await Assertions.Expect(page.Locator("table.plan-tasks tbody tr")).ToHaveCountAsync(20);
        await UserGuideScreenshots.TakeAsync(page, "van-phong-quan-ly-ke-hoach");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa nhiệm vụ II.7.3" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sửa nhiệm vụ II.7.3");
        await Accessibility.AssertWcag21AaAsync(page);
        await page.GetByLabel("Sản phẩm dự kiến").FillAsync("Báo cáo tổng hợp ý kiến của doanh nghiệp");
        await page.GetByLabel("Kỳ báo cáo").SelectOptionAsync(new SelectOptionValue { Label = "6 tháng" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nhiệm vụ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu nhiệm vụ.");

        await page.FollowMenuLinkAsync("Nhật ký thay đổi");
        await page.GetByLabel("Loại bản ghi").SelectOptionAsync(new SelectOptionValue { Label = "Nhiệm vụ" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        var latest = page.Locator("table.audit-log > tbody > tr").First;
        await Assertions.Expect(latest).ToContainTextAsync("Trần Văn Phòng");
        await Assertions.Expect(latest).ToContainTextAsync("II.7.3");
        await Assertions.Expect(latest).ToContainTextAsync("Báo cáo tổng hợp ý kiến của doanh nghiệp");
        await Assertions.Expect(latest.Locator("tr", new() { HasText = "Kỳ báo cáo" })).ToContainTextAsync("Hằng quý");
        await Assertions.Expect(latest.Locator("tr", new() { HasText = "Kỳ báo cáo" })).ToContainTextAsync("6 tháng");
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "nhat-ky-thay-doi");
    }
}
