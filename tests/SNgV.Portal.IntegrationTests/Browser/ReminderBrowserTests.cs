using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

[Collection(BrowserTests.Collection)]
public sealed class ReminderBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task The_Office_chases_a_unit_and_its_staff_member_sees_the_badge_and_the_notification()
    {
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await office.FollowMenuLinkAsync("Đôn đốc");
        await office.GetByLabel("Bước 1. Đơn vị được đôn đốc").SelectOptionAsync(new SelectOptionValue { Label = "Phòng Lãnh sự" });
        await office.GetByRole(AriaRole.Button, new() { Name = "Chọn đơn vị" }).ClickAsync();

        await Assertions.Expect(office.Locator("table.reminder-tasks tbody tr")).ToHaveCountAsync(9);
        // The tasks without a report this period come ticked; "Bỏ chọn tất cả" (a local script) clears them.
        await Assertions.Expect(office.Locator("input[name='Input.TaskIds']:checked")).Not.ToHaveCountAsync(0);
        await office.GetByRole(AriaRole.Button, new() { Name = "Bỏ chọn tất cả" }).ClickAsync();
        await Assertions.Expect(office.Locator("input[name='Input.TaskIds']:checked")).ToHaveCountAsync(0);
        await office.GetByLabel("II.4.2").CheckAsync();
        await Assertions.Expect(office.GetByLabel("Bước 3. Nội dung đôn đốc")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Thực hiện Kế hoạch số 95/KH-SNgV"));
        await Accessibility.AssertWcag21AaAsync(office);
        await UserGuideScreenshots.TakeAsync(office, "van-phong-don-doc", fullPage: true);

        await office.GetByRole(AriaRole.Button, new() { Name = "Gửi đôn đốc" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi đôn đốc 1 nhiệm vụ đến Phòng Lãnh sự");
        await Assertions.Expect(office.Locator("table.reminders tbody tr").First).ToContainTextAsync("II.4.2");

        var staff = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff);
        var notificationsLink = staff.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Thông báo" });
        await Assertions.Expect(notificationsLink).ToContainTextAsync("1 chưa đọc");
        await notificationsLink.ClickAsync();

        var item = staff.Locator("ul.notifications li").First;
        await Assertions.Expect(item).ToContainTextAsync("Văn phòng Sở đôn đốc thực hiện nhiệm vụ II.4.2");
        await Assertions.Expect(item).ToContainTextAsync("Chưa đọc");
        await Accessibility.AssertWcag21AaAsync(staff);
        await UserGuideScreenshots.TakeAsync(staff, "can-bo-thong-bao");

        await item.GetByRole(AriaRole.Button, new() { Name = "Đã đọc" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".unread-count")).ToHaveCountAsync(0);
        await Assertions.Expect(staff.Locator("ul.notifications li").First).Not.ToContainTextAsync("Chưa đọc");
    }
}
