using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>Plan section II.4 in a browser: the desk receives a dossier, prints the slip, settles it; a citizen looks it up.</summary>
[Collection(BrowserTests.Collection)]
public sealed class DossierBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    private const string Procedure = "Chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu";
    private const string Applicant = "Hoàng Thị Minh Thư";

    [Fact]
    public async Task The_desk_registers_prints_the_slip_and_settles_a_dossier_that_a_citizen_then_finds()
    {
        var desk = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await desk.FollowMenuLinkAsync("Bộ phận Một cửa");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();

        // Reception.
        await desk.GetByLabel("Thủ tục").SelectOptionAsync(new SelectOptionValue { Label = $"{Procedure} (5 ngày làm việc)" });
        await desk.GetByLabel("Cá nhân").CheckAsync();
        await desk.GetByLabel("Tên người nộp hoặc tên tổ chức").FillAsync(Applicant);
        await desk.GetByLabel("Điện thoại hoặc địa chỉ liên hệ (không bắt buộc)").FillAsync("0233 3852 000");
        await desk.GetByLabel("Hình thức nộp").SelectOptionAsync(new SelectOptionValue { Label = "Trực tiếp" });
        await UserGuideScreenshots.TakeAsync(desk, "mot-cua-tiep-nhan", fullPage: true);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và cấp mã hồ sơ" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tiếp nhận hồ sơ");
        await Assertions.Expect(desk.Locator("dd.due-on")).ToHaveTextAsync("27/05/2019");
        var code = (await desk.Locator("h1 .receipt-code").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}$", code);

        // The appointment slip, with its QR code, printed to PDF.
        await desk.GetByRole(AriaRole.Link, new() { Name = "In phiếu hẹn trả kết quả" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Img, new() { Name = $"Mã QR tra cứu hồ sơ {code}" })).ToBeVisibleAsync();
        await Assertions.Expect(desk.Locator(".slip-qr svg")).ToBeVisibleAsync();
        await Assertions.Expect(desk.Locator(".slip .due-on")).ToHaveTextAsync("27/05/2019");
        await UserGuideScreenshots.TakeAsync(desk, "phieu-hen", fullPage: true);
        var pdf = await desk.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.True(pdf.Length > 10_000, $"The slip's PDF is only {pdf.Length} bytes.");
        await desk.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(desk.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(desk.Locator(".slip-qr svg")).ToBeVisibleAsync();
        await desk.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // Through its statuses, the documents requested once on the way.
        await desk.GetByRole(AriaRole.Link, new() { Name = "Quay lại hồ sơ" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Chuyển giải quyết" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".dossier-status")).ToHaveTextAsync("Đang giải quyết");
        await desk.GetByLabel("Ghi chú (bắt buộc khi yêu cầu bổ sung hoặc từ chối)").FillAsync("Bổ sung bản dịch tiếng Việt có chứng thực của giấy tờ.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung hồ sơ" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".dossier-status")).ToHaveTextAsync("Chờ bổ sung hồ sơ");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Chuyển giải quyết" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Đã có kết quả" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".dossier-status")).ToHaveTextAsync("Đã có kết quả");
        await UserGuideScreenshots.TakeAsync(desk, "mot-cua-ho-so", fullPage: true);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Trả kết quả" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".dossier-status")).ToHaveTextAsync("Đã trả kết quả");
        await Assertions.Expect(desk.Locator("ol.timeline li")).ToHaveCountAsync(6);

        // A second, anonymous browser finds it by the code, without the applicant's name.
        var citizen = await browser.NewPageAsync(portal);
        await citizen.GotoAsync("/");
        await citizen.FollowMenuLinkAsync("Tra cứu hồ sơ");
        await citizen.GetByLabel("Mã hồ sơ").FillAsync(code.ToLowerInvariant());
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(citizen.Locator(".lookup-status")).ToHaveTextAsync("Đã trả kết quả");
        await Assertions.Expect(citizen.Locator(".lookup-steps li")).ToHaveCountAsync(6);
        await Assertions.Expect(citizen.GetByText(Applicant)).ToHaveCountAsync(0);
        await Assertions.Expect(citizen.GetByText("0233 3852 000")).ToHaveCountAsync(0);
        await Assertions.Expect(citizen.GetByText("bản dịch tiếng Việt")).ToHaveCountAsync(0);
        await UserGuideScreenshots.TakeAsync(citizen, "tra-cuu-ho-so", fullPage: true);

        // The procedure's public page counts the dossier, settled early.
        await citizen.FollowMenuLinkAsync("Thủ tục hành chính");
        await citizen.GetByLabel("Tìm thủ tục (có thể gõ không dấu)").FillAsync("hop phap hoa");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Assertions.Expect(citizen.Locator("ul.procedure-list li")).ToHaveCountAsync(1);
        await UserGuideScreenshots.TakeAsync(citizen, "thu-tuc-danh-sach", fullPage: true);
        await citizen.GetByRole(AriaRole.Link, new() { Name = Procedure }).ClickAsync();
        await Assertions.Expect(citizen.Locator("[data-figure=received]")).ToHaveTextAsync("1");
        await Assertions.Expect(citizen.Locator("[data-figure=early]")).ToHaveTextAsync("1");
        await UserGuideScreenshots.TakeAsync(citizen, "thu-tuc-chi-tiet");

        // The Office's statistics.
        await desk.GotoAsync("/mot-cua/thong-ke");
        await Assertions.Expect(desk.Locator("table.dossier-statistics tfoot")).ToContainTextAsync("Tổng cộng");
        await UserGuideScreenshots.TakeAsync(desk, "mot-cua-thong-ke", fullPage: true);
    }

    [Theory]
    [InlineData("/thu-tuc", 1280)]
    [InlineData("/thu-tuc", 375)]
    [InlineData("/thu-tuc/chung-nhan-lanh-su-hop-phap-hoa-lanh-su", 1280)]
    [InlineData("/thu-tuc/chung-nhan-lanh-su-hop-phap-hoa-lanh-su", 375)]
    [InlineData("/tra-cuu-ho-so", 1280)]
    [InlineData("/tra-cuu-ho-so", 375)]
    [InlineData("/tra-cuu-ho-so?ma=WXYZ-2345", 1280)]
    public async Task Public_procedure_pages_meet_WCAG_21_AA(string url, int width)
    {
        var page = await browser.NewPageAsync(portal, width, 800);
        await page.GotoAsync(url);

        await Accessibility.AssertWcag21AaAsync(page);
    }

    [Fact]
    public async Task The_Office_keeps_the_calendar_of_working_days()
    {
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await office.GotoAsync("/lich-lam-viec?nam=2019");
        await Assertions.Expect(office.Locator("table.calendar-days tbody tr")).ToHaveCountAsync(13);
        await UserGuideScreenshots.TakeAsync(office, "lich-lam-viec", fullPage: true);
    }
}
