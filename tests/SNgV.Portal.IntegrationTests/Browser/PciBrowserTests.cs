using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Features;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Features.Pci;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>The PCI record in a browser: a spreadsheet with two errors is refused whole, the corrected one lands on the dashboard.</summary>
[Collection(BrowserTests.Collection)]
public sealed class PciBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    private static IReadOnlyList<object?> Row2024(object score3, object score9) =>
        ["Quảng Trị", 2024, "64,05", null, "Số liệu thử của bài kiểm thử", 7.2m, 6.6m, score3, 6.9m, 6.8m, 5.1m, 6.5m, 6.0m, score9, 6.7m];

    [Fact]
    public async Task The_Office_imports_a_year_after_fixing_the_two_reported_cells_and_sees_it_on_the_dashboard()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await page.FollowMenuLinkAsync("Chỉ số PCI");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản lý số liệu PCI" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "tệp mẫu (.xlsx)" })).ToBeVisibleAsync();

        var file = page.GetByLabel("Tệp bảng tính (.xlsx)");
        await file.SetInputFilesAsync(new FilePayload { Name = "pci-2024.xlsx", MimeType = PciSpreadsheet.ContentType, Buffer = PciImportTests.Workbook(Row2024("10,6", "5,6x")) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập tệp" }).ClickAsync();

        var errors = page.Locator(".import-errors");
        await Assertions.Expect(errors).ToContainTextAsync("Tệp chưa được lưu vì có 2 lỗi");
        // The page opens where the errors are, not at its top with the errors far below.
        Assert.EndsWith("#nhap-tep", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(errors).ToBeInViewportAsync();
        await Assertions.Expect(errors.Locator("li")).ToHaveTextAsync(["Dòng 2, cột H: Điểm phải từ 1 đến 10.", "Dòng 2, cột N: Điểm phải là số, ví dụ 6,58."]);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa kết quả Quảng Trị năm 2024" })).ToHaveCountAsync(0);
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "pci-nhap-tep-loi", fullPage: true);

        await page.GetByLabel("Tệp bảng tính (.xlsx)").SetInputFilesAsync(new FilePayload { Name = "pci-2024.xlsx", MimeType = PciSpreadsheet.ContentType, Buffer = PciImportTests.Workbook(Row2024("6,1", "5.6")) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập tệp" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nhập 1 dòng kết quả từ tệp pci-2024.xlsx");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa kết quả Quảng Trị năm 2024" })).ToHaveCountAsync(1);

        await page.GotoAsync(portal.BaseUrl + "/pci");
        var years = page.Locator("table.pci-years");
        await Assertions.Expect(years.Locator("tbody tr").Last).ToContainTextAsync("2024");
        await Assertions.Expect(years.Locator("tbody tr").Last).ToContainTextAsync("64,05");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mất điểm ở đâu – năm 2024" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_dashboard_shows_the_trend_the_losses_and_the_tasks_of_a_sub_index_and_passes_axe()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Leadership);
        await page.GotoAsync(portal.BaseUrl + "/pci?nam=2022");

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Chỉ số PCI tổng hợp của Quảng Trị từ 2013 đến" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.pci-losses tbody tr").First).ToContainTextAsync("Dịch vụ hỗ trợ doanh nghiệp");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Quản lý số liệu PCI" })).ToHaveCountAsync(0);
        await page.Locator("table.pci-losses").GetByRole(AriaRole.Link, new() { Name = "3. Tính minh bạch" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.pci-tasks tbody tr")).ToHaveCountAsync(4);
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "pci-tong-quan", fullPage: true);

        // Printed: the navigation and the year picker drop out, the charts stay and fit the page.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("form[action='/pci']")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("svg.pci-chart").First).ToBeVisibleAsync();
        var width = await page.Locator("svg.pci-chart").First.EvaluateAsync<double>("svg => svg.getBoundingClientRect().width");
        Assert.InRange(width, 100, 16 / 2.54 * 96 + 1);
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Office_corrects_a_year_on_the_form()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await page.GotoAsync(portal.BaseUrl + "/pci/quan-ly");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa kết quả Quảng Trị năm 2021" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Chỉ số tổng hợp công bố")).ToHaveValueAsync("63,33");

        await page.GetByLabel("1. Chi phí gia nhập thị trường").FillAsync("0,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-summary")).ToContainTextAsync("Điểm phải từ 1 đến 10.");
        await Accessibility.AssertWcag21AaAsync(page);
        await UserGuideScreenshots.TakeAsync(page, "pci-nhap-du-lieu", fullPage: true);

        await page.GetByLabel("1. Chi phí gia nhập thị trường").FillAsync("7.43");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu kết quả PCI năm 2021");
    }

    [Fact]
    public async Task The_links_and_indicator_pages_pass_axe()
    {
        var page = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await page.GotoAsync(portal.BaseUrl + "/pci/quan-ly");
        await page.GetByRole(AriaRole.Link, new() { Name = "Liên kết nội dung, nhiệm vụ với chỉ số thành phần" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("II.3 – 3. Tính minh bạch")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("II.6 – 9. Đào tạo lao động")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("II.7 – 3. Tính minh bạch")).Not.ToBeCheckedAsync();
        await Accessibility.AssertWcag21AaAsync(page);

        await page.GotoAsync(portal.BaseUrl + "/pci/quan-ly/chi-tieu");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thêm chỉ tiêu" })).ToBeVisibleAsync();
        await Accessibility.AssertWcag21AaAsync(page);
    }
}
