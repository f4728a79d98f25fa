using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>Section III of the plan in a browser: the Office drafts the Q1/2019 report, the leadership approves it, it prints on A4.</summary>
[Collection(BrowserTests.Collection)]
public sealed partial class ReportBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task The_Office_drafts_the_Q1_2019_report_the_leadership_approves_it_and_it_prints_on_A4_and_downloads()
    {
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await office.FollowMenuLinkAsync("Báo cáo định kỳ");
        await office.GetByRole(AriaRole.Link, new() { Name = "Tạo báo cáo" }).ClickAsync();
        await office.GetByLabel("Loại báo cáo").SelectOptionAsync(new SelectOptionValue { Label = "Báo cáo quý" });
        await office.GetByLabel("Năm", new() { Exact = true }).FillAsync("2019");
        await office.GetByLabel("Quý (báo cáo quý)").SelectOptionAsync(new SelectOptionValue { Label = "Quý I" });
        await office.GetByRole(AriaRole.Button, new() { Name = "Đề xuất thời gian chốt số liệu" }).ClickAsync();

        // Decree 09/2019: the Q1/2019 figures run from 15/12/2018 to 14/03/2019.
        await Assertions.Expect(office.GetByLabel("Số liệu tính từ ngày")).ToHaveValueAsync("15/12/2018");
        await Assertions.Expect(office.GetByLabel("Đến ngày (chốt số liệu)")).ToHaveValueAsync("14/03/2019");
        await Accessibility.AssertWcag21AaAsync(office);
        await office.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo dự thảo báo cáo");
        await Assertions.Expect(office.Locator(".report-cut-off")).ToHaveTextAsync("15/12/2018 – 14/03/2019");

        await office.GetByLabel("Đánh giá chung (mục I.1)").FillAsync("Các phòng, đơn vị đã triển khai đồng bộ các nhiệm vụ của Kế hoạch trong quý I năm 2019.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu dự thảo báo cáo");
        await Accessibility.AssertWcag21AaAsync(office);
        await UserGuideScreenshots.TakeAsync(office, "van-phong-soan-bao-cao");
        var reportUrl = office.Url;

        // A unit's Q1 update accepted after the text was written: the draft says the text no longer matches the figures.
        await AcceptedQ1UpdateAsync(5, 4);
        await office.ReloadAsync();
        var warning = office.Locator(".report-stale-text");
        await Assertions.Expect(warning).ToContainTextAsync("Nội dung không còn khớp với số liệu");
        await Assertions.Expect(warning).ToContainTextAsync("Số nhiệm vụ hoàn thành:");
        await Assertions.Expect(warning).ToContainTextAsync("Văn phòng đã sửa các phần: Đánh giá chung.");
        await Accessibility.AssertWcag21AaAsync(office);
        await warning.EvaluateAsync("element => element.scrollIntoView({ block: 'start' })");
        await UserGuideScreenshots.TakeAsync(office, "van-phong-canh-bao-du-thao-cu");
        await office.GetByRole(AriaRole.Button, new() { Name = "Đề xuất lại nội dung" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Giữ nguyên phần Văn phòng đã sửa: Đánh giá chung");
        await Assertions.Expect(warning).ToHaveCountAsync(0);
        await Assertions.Expect(office.GetByLabel("Đánh giá chung (mục I.1)")).ToHaveValueAsync("Các phòng, đơn vị đã triển khai đồng bộ các nhiệm vụ của Kế hoạch trong quý I năm 2019.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Trình Lãnh đạo Sở" }).ClickAsync();
        await Assertions.Expect(office.Locator(".report-state")).ToHaveTextAsync("Chờ Lãnh đạo duyệt");

        // The Leadership's home page lists the report waiting for approval, with a link to it.
        var leader = await browser.SignedInPageAsync(portal, DemoUsers.Leadership);
        await leader.GotoAsync("/tong-quan");
        var waiting = leader.Locator("section.waiting-reports");
        await Assertions.Expect(waiting.GetByRole(AriaRole.Heading)).ToContainTextAsync("Báo cáo chờ phê duyệt");
        await Assertions.Expect(waiting.Locator($"a[href='{new Uri(reportUrl).AbsolutePath}']")).ToBeVisibleAsync();
        await UserGuideScreenshots.TakeAsync(leader, "lanh-dao-bao-cao-cho-duyet");
        await leader.GotoAsync(reportUrl);
        await leader.GetByLabel("Ý kiến (bắt buộc khi trả lại)").FillAsync("Đồng ý ban hành.");
        await UserGuideScreenshots.TakeAsync(leader, "lanh-dao-phe-duyet-bao-cao");
        // Issuing cannot be undone, so the browser asks first; the Leadership confirms.
        string? asked = null;
        leader.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };
        await leader.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt và ban hành" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".report-state")).ToHaveTextAsync("Đã ban hành");
        Assert.StartsWith("Phê duyệt và ban hành báo cáo này?", asked, StringComparison.Ordinal);
        var number = await portal.WithDbAsync(db => db.Reports.Where(r => r.State == Web.Domain.ReportState.Approved).OrderByDescending(r => r.Id).Select(r => r.Number).FirstAsync());
        var numberLine = $"Số: {number:00}/BC-SNgV";
        await Assertions.Expect(leader.GetByText(numberLine)).ToBeVisibleAsync();

        // The print view: A4, the letterhead, no portal navigation.
        await leader.GetByRole(AriaRole.Link, new() { Name = "Bản in (A4)" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".doc-number")).ToHaveTextAsync(numberLine);
        await Assertions.Expect(leader.Locator(".doc-title")).ToHaveTextAsync("BÁO CÁO");
        await Accessibility.AssertWcag21AaAsync(leader);
        await leader.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await leader.SetViewportSizeAsync(794, 1123); // A4 at 96 dpi
        await UserGuideScreenshots.TakeAsync(leader, "bao-cao-ban-in-trang-1");
        var pdf = await leader.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        var (width, height, pages) = PdfPages(pdf);
        Assert.InRange(width, 593, 597);   // 210 mm in points
        Assert.InRange(height, 840, 844);  // 297 mm in points
        Assert.True(pages >= 2, $"The report printed on {pages} page(s).");

        // Both files open and carry the number, the title, the header blocks and every task.
        await leader.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await leader.GotoAsync(reportUrl);
        var word = await DownloadAsync(leader, "Tải tệp Word (.docx)");
        var annex = await DownloadAsync(leader, "Tải phụ lục nhiệm vụ (.xlsx)");
        var paragraphs = ReportFiles.WordParagraphs(word);
        foreach (var expected in new[] { numberLine, "UBND TỈNH QUẢNG TRỊ", "SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                     "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019" })
        {
            Assert.Contains(expected, paragraphs);
        }

        var taskCodes = await portal.WithDbAsync(db => db.PlanTasks.Where(t => t.SolutionArea!.Plan!.Number == "95/KH-SNgV" && !t.IsArchived)
            .Select(t => "II." + t.SolutionArea!.Number + "." + t.Number).ToListAsync());
        Assert.All(taskCodes, code => Assert.Contains(code, paragraphs));
        var rows = ReportFiles.SheetRows(annex);
        Assert.Equal(taskCodes.Order(), rows.Skip(1).Select(r => r[0]).Order());
        Assert.Contains(numberLine, ReportFiles.SheetRows(annex, sheet: 1).SelectMany(r => r));
    }

    /// <summary>A completed update of task II.{area}.{number} by its lead unit, for the Q1/2019 period, accepted on 10/03/2019.</summary>
    private Task AcceptedQ1UpdateAsync(int area, int number) => portal.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<Web.Data.PortalDbContext>();
        var task = await db.PlanTasks.SingleAsync(t => t.SolutionArea!.Number == area && t.Number == number && t.SolutionArea.Plan!.Number == "95/KH-SNgV");
        var at = new DateTime(2019, 3, 10, 2, 0, 0, DateTimeKind.Utc);
        db.ProgressUpdates.Add(new Web.Domain.ProgressUpdate
        {
            PlanTaskId = task.Id, UnitId = task.LeadUnitId, PeriodStart = new DateOnly(2018, 12, 15), PeriodEnd = new DateOnly(2019, 3, 14), Percent = 100,
            Status = Web.Domain.TaskProgressStatus.Completed, WorkDone = "Đã hoàn thành kiểm tra công vụ quý I.", State = Web.Domain.ProgressUpdateState.Accepted,
            CreatedById = "seed", CreatedAtUtc = at, UpdatedAtUtc = at, SubmittedAtUtc = at, ReviewedAtUtc = at,
        });
        await db.SaveChangesAsync();
    });

    private static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>The size of the first page (points) and the number of pages, read from the PDF's page objects.</summary>
    private static (double Width, double Height, int Pages) PdfPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "The PDF has no page size.");
        return (double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture), PageObject().Count(text));
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PageObject();
}
