using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>A draft whose figures moved on after the Office edited its text (issue 11, done-when 2).</summary>
public sealed partial class ReportStaleDraftTests(ReportPortalFactory factory) : IClassFixture<ReportPortalFactory>
{
    private const string Stale = "Nội dung không còn khớp với số liệu";
    private const string OfficeAssessment = "Các phòng, đơn vị triển khai nghiêm túc Kế hoạch; Văn phòng Sở đã rà soát từng nhiệm vụ.";

    [Fact]
    public async Task Figures_changed_after_the_Office_edited_the_text_are_flagged_on_the_draft_and_before_approval_and_proposing_again_agrees_with_the_tables()
    {
        using var consular = factory.CreatePortalClient();
        using var cooperation = factory.CreatePortalClient();
        using var office = factory.CreatePortalClient();
        using var leader = factory.CreatePortalClient();
        await consular.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await cooperation.SignInSuccessfullyAsync(DemoUsers.CooperationStaff);
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await leader.SignInSuccessfullyAsync(DemoUsers.Leadership);
        await ReportClient.AcceptedUpdateAsync(consular, office, await factory.TaskIdAsync(4, 2), "40", "InProgress", "Đã tiếp nhận 42 bộ hồ sơ.", "Thiếu cán bộ tiếp nhận hồ sơ.");

        var id = await ReportClient.CreateAsync(factory, office, ReportKind.Quarterly, 1, "2018-12-15", "2019-03-14", "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019");
        var before = ReportClient.Overview(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));
        await ReportClient.SaveGeneralAssessmentAsync(office, id, OfficeAssessment);
        Assert.DoesNotContain(Stale, await PageAsync(office, id), StringComparison.Ordinal);

        // Two more accepted updates: a task completed, another reported; the same difficulty again, written differently.
        await ReportClient.AcceptedUpdateAsync(consular, office, await factory.TaskIdAsync(7, 1), "100", "Completed", "Đã hoàn thành số hóa hồ sơ lãnh sự.", "  thiếu cán bộ tiếp nhận  hồ sơ ");
        await ReportClient.AcceptedUpdateAsync(cooperation, office, await factory.TaskIdAsync(3, 2), "60", "InProgress", "Đã tổ chức 2 hội nghị xúc tiến.");
        var after = ReportClient.Overview(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));
        Assert.Equal(before.Completed + 1, after.Completed);

        // The draft page says the text no longer matches, what changed, and what the Office edited.
        var draft = await PageAsync(office, id);
        Assert.Contains(Stale, draft, StringComparison.Ordinal);
        Assert.Contains($"Số nhiệm vụ hoàn thành: {before.Completed} → {after.Completed}", draft, StringComparison.Ordinal);
        Assert.Contains("Số nhiệm vụ được báo cáo kết quả và được xác nhận trong kỳ: 1 → 3", draft, StringComparison.Ordinal);
        Assert.Contains("Văn phòng đã sửa các phần: Đánh giá chung.", draft, StringComparison.Ordinal);
        Assert.Contains("Thay cả phần Văn phòng đã sửa", draft, StringComparison.Ordinal);

        // The leadership sees the same warning in the approval part, above the approve button.
        using (var submitted = await ReportClient.PostStampedAsync(office, draft, $"/bao-cao-dinh-ky/{id}/trinh"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        var approval = await PageAsync(leader, id);
        var card = approval[approval.IndexOf("id=\"phe-duyet\"", StringComparison.Ordinal)..approval.IndexOf("report-approve-form", StringComparison.Ordinal)];
        Assert.Contains(Stale, card, StringComparison.Ordinal);
        Assert.Contains($"Số nhiệm vụ hoàn thành: {before.Completed} → {after.Completed}", card, StringComparison.Ordinal);
        Assert.Contains("Đề nghị đối chiếu nội dung với các bảng số liệu trước khi phê duyệt", card, StringComparison.Ordinal);
        Assert.DoesNotContain("/de-xuat-lai", approval, StringComparison.Ordinal);
        await ReportClient.ReturnAsync(leader, id, "Đề nghị cập nhật phần đánh giá theo số liệu mới.");

        // A stale form to propose again changes nothing.
        var returned = await PageAsync(office, id);
        await ReportClient.SaveGeneralAssessmentAsync(office, id, OfficeAssessment + " Đã đối chiếu.");
        using (var conflict = await ReportClient.PostStampedAsync(office, returned, $"/bao-cao-dinh-ky/{id}/de-xuat-lai"))
        {
            Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
            Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(OfficeAssessment + " Đã đối chiếu.", (await ReportAsync(id)).GeneralAssessment);

        // Proposed again keeping the Office's edits: its assessment stays, every other section follows the tables.
        using (var kept = await ReportClient.PostStampedAsync(office, await PageAsync(office, id), $"/bao-cao-dinh-ky/{id}/de-xuat-lai"))
        {
            Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        }

        var page = await PageAsync(office, id);
        Assert.Contains("Giữ nguyên phần Văn phòng đã sửa: Đánh giá chung", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Stale, page, StringComparison.Ordinal);
        var report = await ReportAsync(id);
        Assert.Equal(OfficeAssessment + " Đã đối chiếu.", report.GeneralAssessment);
        Assert.Equal("- Phòng Lãnh sự (II.4.2, II.7.1): Thiếu cán bộ tiếp nhận hồ sơ.", report.Difficulties);
        await AssertTextAgreesWithTablesAsync(office, id, report, withAssessment: false);

        // Proposed again replacing the edits: the assessment too, and the page shows it.
        using (var replaced = await ReportClient.PostStampedAsync(office, page, $"/bao-cao-dinh-ky/{id}/de-xuat-lai", new KeyValuePair<string, string>("replaceEdited", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        }

        report = await ReportAsync(id);
        Assert.DoesNotContain("Đã đối chiếu", report.GeneralAssessment, StringComparison.Ordinal);
        Assert.Contains(report.GeneralAssessment, await PageAsync(office, id), StringComparison.Ordinal);
        await AssertTextAgreesWithTablesAsync(office, id, report, withAssessment: true);
    }

    /// <summary>The counts in the sentences are the counts of the overview table (I.1) and of the annex, task by task.</summary>
    private static async Task AssertTextAgreesWithTablesAsync(HttpClient office, int id, Report report, bool withAssessment)
    {
        var totals = ReportClient.Overview(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));
        var tasks = ReportFiles.SheetRows(await office.GetByteArrayAsync($"/bao-cao-dinh-ky/{id}/phu-luc")).Skip(1).ToList();
        var reported = tasks.Count(t => t[8] == "Có");
        var unfinished = tasks.Count(t => int.Parse(t[4], CultureInfo.InvariantCulture) < 100);
        var silent = tasks.Count(t => t[8] == "Không" && int.Parse(t[4], CultureInfo.InvariantCulture) < 100);
        Assert.Equal(totals.Tasks, tasks.Count);

        Assert.Equal(totals.Late, CountIn(report.Shortcomings, @"Còn (\d+) nhiệm vụ chậm tiến độ"));
        Assert.Equal(silent, CountIn(report.Shortcomings, @"Có (\d+) nhiệm vụ chưa hoàn thành nhưng chưa có báo cáo"));
        Assert.Equal(unfinished, CountIn(report.NextTasks, @"Tiếp tục triển khai (\d+) nhiệm vụ chưa hoàn thành"));
        if (withAssessment)
        {
            var general = report.GeneralAssessment;
            var outOf = ReportedOutOf().Match(general);
            Assert.True(outOf.Success, general);
            Assert.Equal((reported, totals.Tasks), (int.Parse(outOf.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(outOf.Groups[2].Value, CultureInfo.InvariantCulture)));
            Assert.Equal(totals.Completed, CountIn(general, @"(\d+) nhiệm vụ đã hoàn thành"));
            Assert.Equal(totals.Late, general.Contains("không còn nhiệm vụ chậm tiến độ", StringComparison.Ordinal) ? 0 : CountIn(general, @"còn (\d+) nhiệm vụ chậm tiến độ"));
        }
    }

    /// <summary>The number a sentence states, or 0 when the sentence is left out (the text says nothing of a count of 0).</summary>
    private static int CountIn(string text, string pattern)
    {
        var match = Regex.Match(text, pattern);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    private static async Task<string> PageAsync(HttpClient client, int id) => WebUtility.HtmlDecode(await client.GetHtmlAsync($"/bao-cao-dinh-ky/{id}"));

    private Task<Report> ReportAsync(int id) => factory.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));

    [GeneratedRegex(@"có (\d+) trên tổng số (\d+) nhiệm vụ được báo cáo kết quả")]
    private static partial Regex ReportedOutOf();
}

/// <summary>What the draft says beyond the lead units' figures: the supporting units' results, the chasing, and an ad-hoc report's range.</summary>
public sealed class ReportContentTests(ReportPortalFactory factory) : IClassFixture<ReportPortalFactory>
{
    [Fact]
    public async Task Supporting_results_stand_under_their_task_and_the_chasing_section_names_who_was_reminded_and_who_reported_after()
    {
        using var consular = factory.CreatePortalClient();
        using var cooperation = factory.CreatePortalClient();
        using var office = factory.CreatePortalClient();
        await consular.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await cooperation.SignInSuccessfullyAsync(DemoUsers.CooperationStaff);
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var consularTask = await factory.TaskIdAsync(4, 2); // led by Phòng Lãnh sự, supported by Phòng Hợp tác quốc tế
        var cooperationTask = await factory.TaskIdAsync(3, 2); // led by Phòng Hợp tác quốc tế

        // The supporting unit reports first; then the Office chases both units; only Phòng Lãnh sự reports afterwards.
        await ReportClient.AcceptedUpdateAsync(cooperation, office, consularTask, "90", "InProgress", "Phối hợp cung cấp danh sách 12 đoàn ra.");
        await RemindAsync(office, await factory.UnitIdAsync("LS"), consularTask, "Đề nghị Phòng Lãnh sự báo cáo kết quả quý I.");
        await RemindAsync(office, await factory.UnitIdAsync("HTQT"), cooperationTask, "Đề nghị Phòng Hợp tác quốc tế báo cáo kết quả quý I.");
        await ReportClient.AcceptedUpdateAsync(consular, office, consularTask, "40", "InProgress", "Đã tiếp nhận 42 bộ hồ sơ.");

        var id = await ReportClient.CreateAsync(factory, office, ReportKind.Quarterly, 1, "2018-12-15", "2019-03-14", "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019");
        var page = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}"));
        Assert.Contains("<td>Đã tiếp nhận 42 bộ hồ sơ.\nPhòng Hợp tác quốc tế (phối hợp): Phối hợp cung cấp danh sách 12 đoàn ra.</td>", page, StringComparison.Ordinal);
        Assert.Contains("Văn phòng Sở theo dõi tiến độ qua báo cáo của các đơn vị trên Cổng thông tin và đã gửi 2 lượt nhắc nhở, đôn đốc (đều do Văn phòng Sở gửi) đến 2 đơn vị. " +
            "Sau khi được đôn đốc, 1/2 đơn vị đã gửi báo cáo tiến độ trong kỳ; chưa gửi: Phòng Hợp tác quốc tế.", page, StringComparison.Ordinal);
        Assert.Matches(@"<td>Phòng Lãnh sự</td>\s*<td>1</td>\s*<td>10/03/2019</td>\s*<td>10/03/2019</td>\s*<td>Đã gửi</td>", page);
        Assert.Matches(@"<td>Phòng Hợp tác quốc tế</td>\s*<td>1</td>\s*<td>10/03/2019</td>\s*<td>10/03/2019</td>\s*<td>Chưa gửi</td>", page);

        // The task's own figures stay the lead unit's; the Word file and the annex carry the supporting result too.
        var annex = ReportFiles.SheetRows(await office.GetByteArrayAsync($"/bao-cao-dinh-ky/{id}/phu-luc"));
        var row = Assert.Single(annex, r => r[0] == "II.4.2");
        Assert.Equal("40", row[4]);
        Assert.Contains("Phòng Hợp tác quốc tế (phối hợp): Phối hợp cung cấp danh sách 12 đoàn ra.", row[7], StringComparison.Ordinal);
        var word = ReportFiles.WordParagraphs(await office.GetByteArrayAsync($"/bao-cao-dinh-ky/{id}/word"));
        Assert.Contains("Phòng Hợp tác quốc tế (phối hợp): Phối hợp cung cấp danh sách 12 đoàn ra.", word);
        Assert.Contains("7. Công tác theo dõi, đôn đốc", word);
    }

    [Fact]
    public async Task An_ad_hoc_report_reads_by_its_range_signs_for_the_director_and_never_says_0_tasks()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var form = WebUtility.HtmlDecode(await office.GetHtmlAsync("/bao-cao-dinh-ky/tao?loai=AdHoc&nam=2019"));
        const string proposed = "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS từ ngày 01/01/2019 đến ngày 31/12/2019";
        Assert.Contains($"value=\"{proposed}\"", form, StringComparison.Ordinal);

        // The Office asks for May and keeps the proposed summary: the summary follows the range.
        var id = await ReportClient.CreateAsync(factory, office, ReportKind.AdHoc, null, "2019-05-01", "2019-05-31", proposed);
        var report = await factory.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal("Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS từ ngày 01/05/2019 đến ngày 31/05/2019", report.Summary);
        Assert.Equal(("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), (report.SignerAuthority, report.SignerTitle));

        var print = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));
        Assert.Contains("Sở Ngoại vụ báo cáo kết quả thực hiện từ ngày 01/05/2019 đến ngày 31/05/2019 như sau:", print, StringComparison.Ordinal);
        Assert.Contains("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 95/KH-SNgV từ ngày 01/05/2019 đến ngày 31/05/2019 của Sở Ngoại vụ./.", print, StringComparison.Ordinal);
        Assert.DoesNotContain("đột xuất)", print, StringComparison.Ordinal);
        Assert.DoesNotContain("(số liệu tính", print, StringComparison.Ordinal);
        Assert.Matches("doc-signature-authority\">KT. GIÁM ĐỐC</div>\\s*<div class=\"doc-signature-title\">PHÓ GIÁM ĐỐC</div>", print);
        Assert.Contains("- Cổng thông tin điện tử Sở;", print, StringComparison.Ordinal);
        Assert.DoesNotContain("Công thông tin", print, StringComparison.Ordinal);

        // Nothing was reported in May: the sentences say so instead of counting 0.
        Assert.Contains("trong kỳ chưa có nhiệm vụ nào được báo cáo kết quả", print, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|[^\d.,])0 nhiệm vụ", print);
        Assert.DoesNotContain("Còn 0", print, StringComparison.Ordinal);
    }

    private static async Task RemindAsync(HttpClient office, int unitId, int taskId, string message)
    {
        using var sent = await office.PostFormAsync($"/don-doc?unitId={unitId}", "/don-doc",
            [new("Input.UnitId", unitId.ToString(CultureInfo.InvariantCulture)), new("Input.TaskIds", taskId.ToString(CultureInfo.InvariantCulture)), new("Input.Message", message)]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }
}
