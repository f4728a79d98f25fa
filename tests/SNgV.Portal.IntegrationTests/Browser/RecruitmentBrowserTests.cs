using System.Globalization;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>The Office publishes a recruitment notice; a job seeker on a phone finds it, in Vietnamese and in English.</summary>
[Collection(BrowserTests.Collection)]
public sealed class RecruitmentBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task The_Office_publishes_a_notice_and_a_phone_reads_it_in_both_languages()
    {
        // The portal runs on its dated clock (20/05/2019): the deadline is two weeks after that day.
        var deadline = DateOnly.FromDateTime(PlanYearPortalFactory.Today.DateTime).AddDays(14).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await office.FollowMenuLinkAsync("Tin tuyển dụng");
        await office.GetByRole(AriaRole.Link, new() { Name = "Thêm tin tuyển dụng" }).ClickAsync();

        // Saved with the deadline missing: told beside the field, what was typed is kept.
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Tổ chức tuyển dụng", Exact = true }).FillAsync("Tổ chức Hỗ trợ Khắc phục Bom mìn (tên mẫu)");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Tổ chức (tiếng Anh)" }).FillAsync("Mine Action Support Organisation (sample)");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Vị trí tuyển dụng", Exact = true }).FillAsync("Điều phối viên thực địa");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Vị trí (tiếng Anh)" }).FillAsync("Field coordinator");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Nơi làm việc", Exact = true }).FillAsync("Huyện Hướng Hóa");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Nơi làm việc (tiếng Anh)" }).FillAsync("Huong Hoa District");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Mô tả công việc", Exact = true }).FillAsync("Điều phối các đội khảo sát thực địa; báo cáo hằng tuần.");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Mô tả công việc (tiếng Anh)" }).FillAsync("Coordinate the survey teams in the field; report weekly.");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Yêu cầu", Exact = true }).FillAsync("Tốt nghiệp đại học; tiếng Anh giao tiếp tốt; có bằng lái xe máy.");
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Hồ sơ ứng tuyển và nơi nộp", Exact = true }).FillAsync("Đơn ứng tuyển, sơ yếu lý lịch, bản sao văn bằng; nộp tại Trung tâm Dịch vụ đối ngoại.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(office.Locator("[data-valmsg-for='Input.Deadline']")).ToHaveTextAsync("Vui lòng nhập hạn nộp hồ sơ.");
        await Assertions.Expect(office.GetByRole(AriaRole.Textbox, new() { Name = "Vị trí tuyển dụng", Exact = true })).ToHaveValueAsync("Điều phối viên thực địa");
        await Accessibility.AssertWcag21AaAsync(office);

        await office.GetByRole(AriaRole.Textbox, new() { Name = "Hạn nộp hồ sơ", Exact = true }).FillAsync(deadline);
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Đăng tin Điều phối viên thực địa" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đăng tin tuyển dụng");
        await Accessibility.AssertWcag21AaAsync(office);
        await UserGuideScreenshots.TakeAsync(office, "van-phong-tin-tuyen-dung", fullPage: true);
        await office.Context.CloseAsync();

        var phone = await browser.NewPageAsync(portal, 360, 740);
        await phone.GotoAsync("/");
        await phone.FollowMenuLinkAsync("Tuyển dụng");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Tin tuyển dụng", Level = 1 })).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Điều phối viên thực địa" }).ClickAsync();
        await Assertions.Expect(phone.Locator("[data-notice-state='open']")).ToContainTextAsync(deadline);
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The notice scrolls sideways at 360 px.");
        await Accessibility.AssertWcag21AaAsync(phone);
        await UserGuideScreenshots.TakeAsync(phone, "tin-tuyen-dung-dien-thoai", fullPage: true);

        await phone.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Field coordinator", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("[data-field='duties']")).ToHaveTextAsync("Coordinate the survey teams in the field; report weekly.");
        await Assertions.Expect(phone.Locator("[data-field='requirements']")).ToHaveAttributeAsync("lang", "vi");
        await Accessibility.AssertWcag21AaAsync(phone);
        await phone.Context.CloseAsync();
    }
}
