using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class ReportTests(ReportPortalFactory factory) : IClassFixture<ReportPortalFactory>
{
    private const string WorkDone = "Đã hợp pháp hóa lãnh sự 42 bộ hồ sơ, niêm yết công khai thủ tục tại Bộ phận Một cửa.";

    [Fact]
    public async Task The_Q1_2019_report_is_drafted_returned_approved_with_a_number_and_never_changes_after()
    {
        var taskId = await factory.TaskIdAsync(4, 2); // led by Phòng Lãnh sự
        using var staff = factory.CreatePortalClient();
        using var office = factory.CreatePortalClient();
        using var leader = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await leader.SignInSuccessfullyAsync(DemoUsers.Leadership);
        await ReportClient.AcceptedUpdateAsync(staff, office, taskId, "40", "InProgress", WorkDone, "Thiếu cán bộ tiếp nhận hồ sơ.");

        // The form proposes the cut-off of Decree 09/2019 for Q1/2019.
        var form = await office.GetHtmlAsync("/bao-cao-dinh-ky/tao?loai=Quarterly&nam=2019&quy=1");
        // Typed as dd/mm/yyyy in a text box (ADR 0012), not the browser's date picker.
        var dataFrom = Regex.Match(form, "<input [^>]*name=\"Input.DataFrom\"[^>]*>").Value;
        Assert.Contains("id=\"Input_DataFrom\"", dataFrom, StringComparison.Ordinal);
        Assert.Contains("type=\"text\"", dataFrom, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"dd/mm/yyyy\"", dataFrom, StringComparison.Ordinal);
        Assert.Contains("value=\"15/12/2018\"", dataFrom, StringComparison.Ordinal);
        Assert.Contains("value=\"14/03/2019\"", form, StringComparison.Ordinal);
        Assert.Contains("Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019", form, StringComparison.Ordinal);

        var id = await CreateQ1ReportAsync(office);
        var draft = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}"));
        Assert.Contains(WorkDone, draft, StringComparison.Ordinal);
        Assert.Contains("- Phòng Lãnh sự (II.4.2): Thiếu cán bộ tiếp nhận hồ sơ.", draft, StringComparison.Ordinal);
        Assert.Contains("Số:        /BC-SNgV", draft, StringComparison.Ordinal);
        Assert.Contains("(số liệu tính từ ngày 15/12/2018 đến ngày 14/03/2019)", draft, StringComparison.Ordinal);

        // Staff see neither the draft nor its files; the Office cannot approve its own report.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/bao-cao-dinh-ky/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/bao-cao-dinh-ky/{id}/word")).StatusCode);
        Assert.DoesNotContain($"/bao-cao-dinh-ky/{id}\"", await staff.GetHtmlAsync("/bao-cao-dinh-ky"), StringComparison.Ordinal);

        await SaveTextAsync(office, id, "Các đơn vị triển khai nghiêm túc Kế hoạch trong quý I.");
        await PostAsync(office, id, $"/bao-cao-dinh-ky/{id}/trinh", HttpStatusCode.Redirect);
        await DecideAsync(leader, id, "return", "Đề nghị bổ sung số liệu khảo sát.");
        Assert.Equal(ReportState.Returned, await StateAsync(id));
        Assert.Contains("Đề nghị bổ sung số liệu khảo sát.", await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}"), StringComparison.Ordinal);
        await PostAsync(office, id, $"/bao-cao-dinh-ky/{id}/trinh", HttpStatusCode.Redirect);

        // Signed after the cut-off (14/03): the form proposes the next number of the year and today's date.
        factory.TestClock.MoveTo(new DateTimeOffset(2019, 3, 18, 9, 0, 0, TimeSpan.FromHours(7)));
        await leader.SignInSuccessfullyAsync(DemoUsers.Leadership);
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await DecideAsync(leader, id, "approve");

        var issued = await factory.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == id));
        Assert.Equal((ReportState.Approved, 1, new DateOnly(2019, 3, 18)), (issued.State, issued.Number, issued.IssuedOn));
        var print = await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in");
        Assert.Contains("Số: 01/BC-SNgV", print, StringComparison.Ordinal);
        Assert.Contains("Quảng Trị, ngày 18 tháng 3 năm 2019", print, StringComparison.Ordinal);
        var word = await DownloadAsync(staff, $"/bao-cao-dinh-ky/{id}/word"); // issued: every signed-in user may read it
        var annex = await DownloadAsync(office, $"/bao-cao-dinh-ky/{id}/phu-luc");

        // Progress in the next quarter changes the task, and the next report, but never the issued one.
        factory.TestClock.MoveTo(new DateTimeOffset(2019, 4, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff); // three weeks later: the sessions have expired
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await ReportClient.AcceptedUpdateAsync(staff, office, taskId, "90", "InProgress", "Hoàn thành số hóa hồ sơ lãnh sự.");
        Assert.Equal(90, await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == taskId).Select(t => t.CurrentPercent).SingleAsync()));
        Assert.Equal(print, await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));
        Assert.Equal(ReportFiles.WordParagraphs(word), ReportFiles.WordParagraphs(await DownloadAsync(office, $"/bao-cao-dinh-ky/{id}/word")));
        Assert.Equal(ReportFiles.SheetRows(annex), ReportFiles.SheetRows(await DownloadAsync(office, $"/bao-cao-dinh-ky/{id}/phu-luc")));
        Assert.Contains(ReportFiles.SheetRows(annex), row => row[0] == "II.4.2" && row[4] == "40");
        var second = await CreateReportAsync(office, quarter: 2);
        Assert.Contains("Hoàn thành số hóa hồ sơ lãnh sự.", WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{second}")), StringComparison.Ordinal);

        // An issued report can be neither edited nor deleted.
        var stamp = (await factory.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == id))).ConcurrencyStamp;
        using var delete = await office.PostFormAsync($"/bao-cao-dinh-ky/{second}", $"/bao-cao-dinh-ky/{id}/xoa", [new("concurrencyStamp", stamp.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Reports.AnyAsync(r => r.Id == id)));
        Assert.Equal(issued.ConcurrencyStamp, (await factory.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == id))).ConcurrencyStamp);
    }

    [Fact]
    public async Task The_Word_file_and_the_annex_carry_the_header_blocks_and_every_task_of_the_plan()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var id = await CreateQ1ReportAsync(office);
        var taskCount = await factory.WithDbAsync(db => db.PlanTasks.CountAsync(t => t.SolutionArea!.Plan!.Number == "95/KH-SNgV" && !t.IsArchived));

        var word = await DownloadAsync(office, $"/bao-cao-dinh-ky/{id}/word");
        var paragraphs = ReportFiles.WordParagraphs(word);
        foreach (var expected in new[] { "UBND TỈNH QUẢNG TRỊ", "SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Nơi nhận:", "- Lưu: VT, VP." })
        {
            Assert.Contains(expected, paragraphs);
        }

        Assert.Contains("Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019", paragraphs);
        Assert.Contains(ReportFiles.WordHeaders(word), h => h.Contains("PAGE", StringComparison.Ordinal));
        var taskCodes = await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.SolutionArea!.Plan!.Number == "95/KH-SNgV" && !t.IsArchived)
            .Select(t => "II." + t.SolutionArea!.Number + "." + t.Number).ToListAsync());
        Assert.All(taskCodes, code => Assert.Contains(code, paragraphs));

        var rows = ReportFiles.SheetRows(await DownloadAsync(office, $"/bao-cao-dinh-ky/{id}/phu-luc"));
        Assert.Equal("Mã nhiệm vụ", rows[0][0]);
        Assert.Equal(taskCount, rows.Count - 1);
        Assert.Equal(taskCodes.Order(), rows.Skip(1).Select(r => r[0]).Order());
    }

    [Theory]
    [InlineData(DemoUsers.ConsularStaff, "GET", "/bao-cao-dinh-ky/tao", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Leadership, "GET", "/bao-cao-dinh-ky/tao", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Administrator, "GET", "/bao-cao-dinh-ky/tao", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Office, "GET", "/bao-cao-dinh-ky/tao", HttpStatusCode.OK)]
    [InlineData(DemoUsers.ConsularStaff, "GET", "/bao-cao-dinh-ky", HttpStatusCode.OK)]
    [InlineData(DemoUsers.Leadership, "GET", "/bao-cao-dinh-ky/{id}", HttpStatusCode.OK)]
    [InlineData(DemoUsers.ConsularStaff, "GET", "/bao-cao-dinh-ky/{id}/ban-in", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Administrator, "GET", "/bao-cao-dinh-ky/{id}/phu-luc", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Leadership, "POST", "/bao-cao-dinh-ky/{id}", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Leadership, "POST", "/bao-cao-dinh-ky/{id}/xoa", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Office, "POST", "/bao-cao-dinh-ky/{id}/phe-duyet", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.ConsularStaff, "POST", "/bao-cao-dinh-ky/{id}/trinh", HttpStatusCode.Forbidden)]
    public async Task Only_the_Office_writes_only_the_leadership_approves_and_staff_never_see_drafts(string user, string method, string url, HttpStatusCode expected)
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var id = await CreateQ1ReportAsync(office);
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(user);
        url = url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostFormAsync("/tong-quan", url, [new("concurrencyStamp", Guid.NewGuid().ToString())]);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(ReportState.Draft, await StateAsync(id));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var anonymous = factory.CreatePortalClient();
        using var response = await anonymous.GetAsync("/bao-cao-dinh-ky");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_approvals_of_the_same_report_at_the_same_moment_issue_it_once_with_one_number()
    {
        // Signed in another year than the other tests of the class, so that its number is not one they expect.
        factory.TestClock.MoveTo(new DateTimeOffset(2020, 1, 6, 9, 0, 0, TimeSpan.FromHours(7)));
        try
        {
            using var office = factory.CreatePortalClient();
            using var first = factory.CreatePortalClient();
            using var second = factory.CreatePortalClient();
            await office.SignInSuccessfullyAsync(DemoUsers.Office);
            await first.SignInSuccessfullyAsync(DemoUsers.Leadership);
            await second.SignInSuccessfullyAsync(DemoUsers.Leadership);
            // An ad-hoc report, so that issuing it closes no period the units of the other tests report for.
            var id = await ReportClient.CreateAsync(factory, office, ReportKind.AdHoc, null, "2019-01-01", "2019-03-10", "Báo cáo đột xuất tình hình thực hiện Kế hoạch");
            await PostAsync(office, id, $"/bao-cao-dinh-ky/{id}/trinh", HttpStatusCode.Redirect);

            // Both open the page before either decides: both forms carry the same stamp and the same proposed number.
            var forms = await Task.WhenAll(VerdictFormAsync(first, id), VerdictFormAsync(second, id));
            var responses = await Task.WhenAll(
                first.PostAsync($"/bao-cao-dinh-ky/{id}/phe-duyet", new FormUrlEncodedContent(forms[0])),
                second.PostAsync($"/bao-cao-dinh-ky/{id}/phe-duyet", new FormUrlEncodedContent(forms[1])));
            var outcomes = await Task.WhenAll(OutcomeAsync(first, id, responses[0]), OutcomeAsync(second, id, responses[1]));

            Assert.Single(outcomes, page => page.Contains("Đã phê duyệt. Báo cáo được ban hành với số", StringComparison.Ordinal));
            Assert.Single(outcomes, page => page.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", StringComparison.Ordinal)
                || page.Contains("Báo cáo đã chuyển sang bước khác", StringComparison.Ordinal));
            var issued = await factory.WithDbAsync(db => db.Reports.Where(r => r.Id == id)
                .Select(r => new { r.State, r.Number, Snapshots = db.ReportSnapshots.Count(s => s.ReportId == r.Id) }).SingleAsync());
            Assert.Equal((ReportState.Approved, 1), (issued.State, issued.Snapshots));
            Assert.Equal(int.Parse(forms[0].Single(f => f.Key == "Verdict.Number").Value, System.Globalization.CultureInfo.InvariantCulture), issued.Number);
        }
        finally
        {
            factory.TestClock.MoveTo(ReportPortalFactory.Today); // the other tests of the class start on 10/03
        }
    }

    [Fact]
    public async Task Bad_input_and_a_stale_form_keep_what_the_Office_wrote_and_save_nothing()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var badPeriod = await office.PostFormAsync("/bao-cao-dinh-ky/tao", "/bao-cao-dinh-ky/tao",
            [new("Input.PlanId", await PlanIdAsync()), new("Input.Kind", "Quarterly"), new("Input.Year", "2019"), new("Input.Quarter", "1"),
             new("Input.DataFrom", "2019-03-14"), new("Input.DataTo", "2018-12-15"), new("Input.Summary", "")]);
        var errors = PortalClient.FieldErrors(await badPeriod.Content.ReadAsStringAsync());
        Assert.Equal("Ngày chốt số liệu không được trước ngày bắt đầu.", errors["Input.DataTo"]);
        Assert.Equal("Vui lòng nhập trích yếu của báo cáo.", errors["Input.Summary"]);

        // Dates are read as dd/mm/yyyy; one that is no date is named once, not also "please enter".
        using var badDate = await office.PostFormAsync("/bao-cao-dinh-ky/tao", "/bao-cao-dinh-ky/tao",
            [new("Input.PlanId", await PlanIdAsync()), new("Input.Kind", "Quarterly"), new("Input.Year", "2019"), new("Input.Quarter", "1"),
             new("Input.DataFrom", "15/12/2018"), new("Input.DataTo", "31/02/2019"), new("Input.Summary", "Báo cáo quý I")]);
        var dateErrors = PortalClient.FieldErrors(await badDate.Content.ReadAsStringAsync());
        Assert.Equal("Ngày chốt số liệu phải có dạng ngày/tháng/năm, ví dụ 20/01/2020.", dateErrors["Input.DataTo"]);
        Assert.False(dateErrors.ContainsKey("Input.DataFrom"));

        var id = await CreateQ1ReportAsync(office);
        var page = await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        await SaveTextAsync(office, id, "Bản của người thứ nhất.");
        using var stale = await office.PostAsync($"/bao-cao-dinh-ky/{id}", new FormUrlEncodedContent(TextFields(page, "Bản của người thứ hai.")));
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", html, StringComparison.Ordinal);
        Assert.Contains("Bản của người thứ hai.", html, StringComparison.Ordinal);
        Assert.Equal("Bản của người thứ nhất.", await factory.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.GeneralAssessment).SingleAsync()));

        using var empty = await office.PostAsync($"/bao-cao-dinh-ky/{id}", new FormUrlEncodedContent(TextFields(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}"), "")));
        Assert.Equal("Vui lòng viết phần đánh giá chung.", PortalClient.FieldErrors(await empty.Content.ReadAsStringAsync())["Text.GeneralAssessment"]);
    }

    [Fact]
    public async Task Assembling_a_report_runs_the_same_number_of_queries_for_a_small_and_a_large_plan()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var id = await CreateQ1ReportAsync(office);
        await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"); // warm up

        var before = await factory.CountQueriesAsync(() => office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));
        await AddAcceptedTasksAsync(150);
        var after = await factory.CountQueriesAsync(() => office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));

        Assert.InRange(before, 5, 30);
        Assert.Equal(before, after);
        Assert.Contains("Nhiệm vụ thử tải 149", WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_reads_the_PCI_record_it_shows_not_the_whole_dashboard()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var id = await CreateQ1ReportAsync(office);
        await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"); // warm up

        string html = "";
        var commands = await factory.RecordQueriesAsync(async () => html = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in")));

        // One read of the home province's results; the dashboard's targets and other provinces are not the report's.
        Assert.Equal(1, commands.Reading("PciResults"));
        Assert.Equal(0, commands.Reading("PciTargets"));
        Assert.Equal(1, commands.Reading("PciEditions"));

        // A 2019 report shows the record up to 2018 and the three sub-indices that cost the most points that year, worked out here from the stored rows.
        var (published, mostLost) = await factory.WithDbAsync(async db =>
        {
            var home = await db.PciProvinces.Where(p => p.IsHome).Select(p => p.Id).SingleAsync();
            var composite = await db.PciResults.Where(r => r.PciProvinceId == home && r.Year == 2018).Select(r => r.PublishedComposite).SingleAsync();
            var weights = await db.PciEditions.Where(e => e.Year == 2018).SelectMany(e => e.Weights).ToDictionaryAsync(w => w.PciSubIndexId, w => w.Weight);
            var lost = await db.PciResults.Where(r => r.PciProvinceId == home && r.Year == 2018).SelectMany(r => r.Scores)
                .Select(s => new { s.PciSubIndexId, s.SubIndex!.Number, s.SubIndex.Name, s.Score }).ToListAsync();
            return (composite, lost.Where(s => weights.ContainsKey(s.PciSubIndexId))
                .OrderByDescending(s => weights[s.PciSubIndexId] * (10m - s.Score)).ThenBy(s => s.Number).Take(3).Select(s => s.Name).ToList());
        });
        Assert.Contains($"Năm 2018, chỉ số PCI của tỉnh Quảng Trị đạt {published.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} điểm", html, StringComparison.Ordinal);
        Assert.Equal(3, mostLost.Count);
        var paragraph = html[html.IndexOf("mất nhiều điểm nhất", StringComparison.Ordinal)..];
        var at = mostLost.Select(name => paragraph.IndexOf(name + " (", StringComparison.Ordinal)).ToList();
        Assert.True(at.All(i => i > 0) && at[0] < at[1] && at[1] < at[2], string.Join(", ", mostLost));
    }

    private Task<int> CreateQ1ReportAsync(HttpClient office) => CreateReportAsync(office, quarter: 1);

    private async Task<int> CreateReportAsync(HttpClient office, int quarter)
    {
        var (from, to) = quarter == 1 ? ("2018-12-15", "2019-03-14") : ("2019-03-15", "2019-06-14");
        using var created = await office.PostFormAsync($"/bao-cao-dinh-ky/tao?loai=Quarterly&nam=2019&quy={quarter}", "/bao-cao-dinh-ky/tao",
            [new("Input.PlanId", await PlanIdAsync()), new("Input.Kind", "Quarterly"), new("Input.Year", "2019"), new("Input.Quarter", quarter.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new("Input.DataFrom", from), new("Input.DataTo", to),
             new("Input.Summary", $"Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý {(quarter == 1 ? "I" : "II")} năm 2019")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<string> PlanIdAsync() =>
        factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString()).SingleAsync());

    private Task<ReportState> StateAsync(int id) => factory.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.State).SingleAsync());

    private static async Task SaveTextAsync(HttpClient office, int id, string assessment)
    {
        var page = await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        using var saved = await office.PostAsync($"/bao-cao-dinh-ky/{id}", new FormUrlEncodedContent(TextFields(page, assessment)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>The draft form as the page filled it, with a new general assessment.</summary>
    private static List<KeyValuePair<string, string>> TextFields(string page, string assessment)
    {
        string Value(string name) => WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);
        string Area(string name) => WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, $"name=\"{name}\"[^>]*>([^<]*)</textarea>").Groups[1].Value);
        return
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)),
            new("Text.ConcurrencyStamp", Value("Text.ConcurrencyStamp")),
            new("Text.Summary", Value("Text.Summary")),
            new("Text.GeneralAssessment", assessment),
            new("Text.Shortcomings", Area("Text.Shortcomings")),
            new("Text.Difficulties", Area("Text.Difficulties")),
            new("Text.NextTasks", Area("Text.NextTasks")),
            new("Text.Proposals", Area("Text.Proposals")),
            new("Text.SignerAuthority", Value("Text.SignerAuthority")),
            new("Text.SignerTitle", Value("Text.SignerTitle")),
            new("Text.SignerName", Value("Text.SignerName")),
            new("Text.Recipients", Area("Text.Recipients")),
        ];
    }

    private static async Task PostAsync(HttpClient client, int id, string url, HttpStatusCode expected)
    {
        var page = await client.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        var stamp = System.Text.RegularExpressions.Regex.Match(page, "name=\"concurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        using var response = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("concurrencyStamp", stamp)]));
        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>The verdict form as the page proposes it: the stamp and, for an approval, the next free number and today's date.</summary>
    private static async Task<KeyValuePair<string, string>[]> VerdictFormAsync(HttpClient leader, int id, string decision = "approve", string comment = "")
    {
        var page = await leader.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        string Value(string name) => System.Text.RegularExpressions.Regex.Match(page, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
        return
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("Verdict.ConcurrencyStamp", Value("Verdict.ConcurrencyStamp")),
            new("Verdict.Decision", decision), new("Verdict.Comment", comment),
            new("Verdict.Number", Value("Verdict.Number")), new("Verdict.IssuedOn", Value("Verdict.IssuedOn")),
        ];
    }

    /// <summary>What the user sees after posting: the page shown at once, or the report page the redirect leads to.</summary>
    private static async Task<string> OutcomeAsync(HttpClient client, int id, HttpResponseMessage response)
    {
        using (response)
        {
            var html = response.StatusCode == HttpStatusCode.Redirect
                ? await client.GetHtmlAsync($"/bao-cao-dinh-ky/{id}")
                : await response.Content.ReadAsStringAsync();
            return WebUtility.HtmlDecode(html);
        }
    }

    /// <summary>Decides as the form proposes: for an approval, the proposed number and date.</summary>
    private static async Task DecideAsync(HttpClient leader, int id, string decision, string comment = "")
    {
        using var response = await leader.PostAsync($"/bao-cao-dinh-ky/{id}/phe-duyet", new FormUrlEncodedContent(await VerdictFormAsync(leader, id, decision, comment)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Adds tasks with an accepted update each, inside the Q1/2019 cut-off.</summary>
    private Task AddAcceptedTasksAsync(int count) => factory.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var area = await db.SolutionAreas.Include(a => a.Plan).FirstAsync(a => a.Number == 6 && a.Plan!.Number == "95/KH-SNgV");
        var unitId = await db.Units.Where(u => u.Code == "BG").Select(u => u.Id).SingleAsync();
        var reviewedAt = new DateTime(2019, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var task = new PlanTask { SolutionAreaId = area.Id, Number = 200 + i, Title = $"Nhiệm vụ thử tải {i}", LeadUnitId = unitId, ReportingFrequency = ReportingFrequency.Quarterly };
            TaskSchedulePolicy.Apply(task, area.Plan!.Year);
            task.Updates.Add(new ProgressUpdate
            {
                UnitId = unitId, PeriodStart = new DateOnly(2019, 1, 1), PeriodEnd = new DateOnly(2019, 3, 31), Percent = 50, Status = TaskProgressStatus.InProgress,
                WorkDone = $"Kết quả {i}", Difficulties = $"Khó khăn {i}", State = ProgressUpdateState.Accepted, CreatedById = "seed",
                CreatedAtUtc = reviewedAt, UpdatedAtUtc = reviewedAt, SubmittedAtUtc = reviewedAt, ReviewedAtUtc = reviewedAt,
            });
            db.PlanTasks.Add(task);
        }

        await db.SaveChangesAsync();
    });
}
