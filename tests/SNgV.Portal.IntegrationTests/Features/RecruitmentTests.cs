using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using static SNgV.Portal.IntegrationTests.Infrastructure.RoleMatrix;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// Recruitment notices for foreign organisations (plan II.5, II.7): the Office and the service centre write and publish
/// them; the public reads the open ones, the archive after the deadline, the English fields and the Atom feed.
/// </summary>
public sealed class RecruitmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_notice_past_its_deadline_is_in_the_archive_not_the_open_list_and_both_are_in_a_valid_atom_feed()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var closed = await CreateAsync(office, "Cán bộ hành chính lưu trữ", Today.AddDays(-1), english: false);
        var open = await CreateAsync(office, "Điều phối viên dự án rà phá bom mìn", Today.AddDays(10), english: true);
        await PublishAsync(office, closed);
        await PublishAsync(office, open);

        using var visitor = portal.CreatePortalClient();
        var list = await visitor.GetHtmlAsync("/tuyen-dung");
        Assert.Contains($"data-notice=\"{open}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-notice=\"{closed}\"", list, StringComparison.Ordinal);
        var archive = await visitor.GetHtmlAsync("/tuyen-dung/luu-tru");
        Assert.Contains($"data-notice=\"{closed}\"", archive, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-notice=\"{open}\"", archive, StringComparison.Ordinal);
        Assert.Contains("data-notice-state=\"closed\"", await visitor.GetHtmlAsync($"/tuyen-dung/{closed}"), StringComparison.Ordinal);
        Assert.Contains("data-notice-state=\"open\"", await visitor.GetHtmlAsync($"/tuyen-dung/{open}"), StringComparison.Ordinal);

        using var feedResponse = await visitor.GetAsync("/tuyen-dung/atom.xml");
        Assert.Equal("application/atom+xml", feedResponse.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await feedResponse.Content.ReadAsStringAsync()).Root!;
        AssertAtomFeed(feed);
        var entries = feed.Elements(Atom + "entry").ToList();
        var links = entries.Select(e => e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value).ToList();
        Assert.Contains(links, l => l.EndsWith($"/tuyen-dung/{open}", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith($"/tuyen-dung/{closed}", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Element(Atom + "summary")!.Value.Contains("Đã hết hạn nhận hồ sơ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_English_page_shows_the_English_fields_and_marks_the_rest_Vietnamese()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var id = await CreateAsync(office, "Chuyên viên truyền thông dự án", Today.AddDays(5), english: true);
        await PublishAsync(office, id);

        using var visitor = portal.CreatePortalClient();
        var english = WebUtility.HtmlDecode(await visitor.GetHtmlAsync($"/tuyen-dung/{id}?lang=en"));
        Assert.Contains("<h1 class=\"h3\">Project officer</h1>", english, StringComparison.Ordinal);
        Assert.Contains("Mine Action Support Organisation", english, StringComparison.Ordinal);
        Assert.Contains("Coordinate the project's field work.", english, StringComparison.Ordinal);
        Assert.Contains("Applications are accepted until", english, StringComparison.Ordinal);
        Assert.Contains("1 post", english, StringComparison.Ordinal);
        // The requirements were written in Vietnamese only: shown as they are, marked, with the one-line note.
        Assert.Contains("<p class=\"pre-line\" lang=\"vi\" data-field=\"requirements\">Tốt nghiệp đại học", english, StringComparison.Ordinal);
        Assert.Contains("data-vietnamese-only", english, StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await visitor.GetHtmlAsync("/tuyen-dung?lang=en"));
        Assert.Contains("Recruitment notices", list, StringComparison.Ordinal);
        Assert.Contains("Project officer", list, StringComparison.Ordinal);
        Assert.Matches(@"\d+ notices? open for applications\.", list);
    }

    [Fact]
    public async Task A_draft_is_not_public_and_its_job_description_downloads_once_published()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var id = await CreateAsync(office, "Kế toán dự án", Today.AddDays(3), english: false, jobDescription: ("mo-ta-ke-toan.pdf", ProgressClient.SmallPdf));

        using var visitor = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tuyen-dung/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tuyen-dung/{id}/mo-ta-cong-viec")).StatusCode);
        Assert.DoesNotContain($"data-notice=\"{id}\"", await visitor.GetHtmlAsync("/tuyen-dung"), StringComparison.Ordinal);

        await PublishAsync(office, id);
        using var download = await visitor.GetAsync($"/tuyen-dung/{id}/mo-ta-cong-viec");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mo-ta-ke-toan.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(ProgressClient.SmallPdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Bad_input_and_a_file_that_is_not_a_pdf_get_messages_beside_the_fields_and_save_nothing()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var before = await portal.WithDbAsync(db => db.RecruitmentNotices.CountAsync());

        using var response = await PostAsync(office, "/quan-ly-tuyen-dung/tao-moi",
            [("Input.Organisation", ""), ("Input.Position", "Lái xe"), ("Input.Posts", "0"), ("Input.Place", "Đông Hà"), ("Input.Deadline", "31/02/2019"),
             ("Input.Duties", new string('x', 4001)), ("Input.Requirements", "Có bằng lái"), ("Input.HowToApply", "Nộp tại Trung tâm")],
            ("anh.png", HostileInputFixture.SmallPng));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var errors = PortalClient.FieldErrors(html);
        Assert.Equal("Vui lòng nhập tên tổ chức tuyển dụng.", errors["Input.Organisation"]);
        Assert.Equal("Số lượng cần tuyển từ 1 đến 999.", errors["Input.Posts"]);
        Assert.StartsWith("Hạn nộp hồ sơ phải có dạng ngày/tháng/năm", errors["Input.Deadline"], StringComparison.Ordinal);
        Assert.Equal("Nội dung dài tối đa 4000 ký tự.", errors["Input.Duties"]);
        Assert.Contains("anh.png", errors["Input.JobDescription"], StringComparison.Ordinal);
        Assert.Contains("<title>Lỗi: ", html, StringComparison.Ordinal);
        Assert.Equal(before, await portal.WithDbAsync(db => db.RecruitmentNotices.CountAsync()));
    }

    [Fact]
    public async Task A_form_opened_before_another_save_is_told_and_saves_nothing()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var id = await CreateAsync(office, "Phiên dịch viên", Today.AddDays(7), english: false);
        var stamp = await portal.WithDbAsync(db => db.RecruitmentNotices.Where(n => n.Id == id).Select(n => n.ConcurrencyStamp).SingleAsync());
        await PublishAsync(office, id);

        using var stale = await PostAsync(office, $"/quan-ly-tuyen-dung/{id}", [.. Fields("Phiên dịch viên (sửa)", Today.AddDays(7), english: false), ("Input.ConcurrencyStamp", stamp.ToString())]);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Phiên dịch viên", await portal.WithDbAsync(db => db.RecruitmentNotices.Where(n => n.Id == id).Select(n => n.Position).SingleAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.Office, "GET", "/quan-ly-tuyen-dung", 200)]
    [InlineData("ttdv.tuyendung@sngv.test", "GET", "/quan-ly-tuyen-dung", 200)]
    [InlineData("ttdv.tuyendung@sngv.test", "GET", "/quan-ly-tuyen-dung/tao-moi", 200)]
    [InlineData(DemoUsers.ConsularStaff, "GET", "/quan-ly-tuyen-dung", 403)]
    [InlineData(DemoUsers.Leadership, "GET", "/quan-ly-tuyen-dung", 403)]
    [InlineData(DemoUsers.Administrator, "GET", "/quan-ly-tuyen-dung", 403)]
    [InlineData(Anonymous, "GET", "/quan-ly-tuyen-dung", 302)]
    [InlineData(DemoUsers.ConsularStaff, "POST", "/quan-ly-tuyen-dung/tao-moi", 403)]
    [InlineData(DemoUsers.Leadership, "POST", "/quan-ly-tuyen-dung/tao-moi", 403)]
    public async Task Only_the_Office_and_the_service_centre_manage_recruitment_notices(string user, string method, string url, int expected)
    {
        if (user.StartsWith("ttdv.", StringComparison.Ordinal) && await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == user)) is false)
        {
            await portal.CreateUserAsync(user, Roles.Staff, Unit.ServiceCentreCode);
        }

        var before = await portal.WithDbAsync(db => db.RecruitmentNotices.CountAsync());
        using var client = portal.CreatePortalClient();

        using var response = await client.SendAsAsync(user, method, url, Fields("Không được phép", Today.AddDays(1), english: false).Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(before, await portal.WithDbAsync(db => db.RecruitmentNotices.CountAsync()));
    }

    [Fact]
    public async Task The_quarterly_report_counts_the_notices_published_in_its_quarter_and_the_posts_filled()
    {
        await portal.WithDbAsync(async db =>
        {
            db.RecruitmentNotices.AddRange(
                Notice("Kỹ sư dự án quý II", new DateOnly(2019, 3, 15), posts: 2, filled: 1),
                Notice("Trợ lý dự án quý II", new DateOnly(2019, 6, 10), posts: 1, filled: null),
                // After the quarter's cut-off (14/06, reports.md): counted in the next report.
                Notice("Lái xe sau ngày chốt số liệu", new DateOnly(2019, 6, 20), posts: 4, filled: 4),
                Notice("Bản nháp quý II", null, posts: 9, filled: null));
            await db.SaveChangesAsync();
            return 0;
        });
        using var office = await SignedInAsync(DemoUsers.Office);

        var id = await office.CreateQuarterlyReportAsync(await portal.SeededPlanIdAsync(), 2019, 2);

        var print = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}/ban-in"));
        Assert.Contains("(mục II.5, II.7 của Kế hoạch): trong kỳ đăng 2 tin tuyển dụng trên Cổng thông tin với 3 vị trí cần tuyển; 1 tin đã có kết quả, tuyển được 1 người.",
            print, StringComparison.Ordinal);
    }

    /// <summary>What RFC 4287 requires of a feed and its entries: id, title and updated (RFC 3339), links with href.</summary>
    private static void AssertAtomFeed(XElement feed)
    {
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var element in new[] { feed }.Concat(feed.Elements(Atom + "entry")))
        {
            Assert.True(Uri.TryCreate(element.Element(Atom + "id")?.Value, UriKind.Absolute, out _), $"{element.Name.LocalName} has no absolute atom:id.");
            Assert.False(string.IsNullOrWhiteSpace(element.Element(Atom + "title")?.Value), $"{element.Name.LocalName} has no atom:title.");
            Assert.True(DateTimeOffset.TryParseExact(element.Element(Atom + "updated")?.Value, ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ssZ"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                $"{element.Name.LocalName} has no RFC 3339 atom:updated.");
            Assert.All(element.Elements(Atom + "link"), l => Assert.True(Uri.TryCreate(l.Attribute("href")?.Value, UriKind.Absolute, out _)));
        }

        // A feed without an author must give one in every entry (RFC 4287, 4.1.1).
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
    }

    private static RecruitmentNotice Notice(string position, DateOnly? publishedOn, int posts, int? filled) => new()
    {
        Organisation = "Tổ chức Thử nghiệm",
        Position = position,
        Posts = posts,
        Place = "Đông Hà",
        Duties = "Công việc.",
        Requirements = "Yêu cầu.",
        HowToApply = "Nộp tại Trung tâm.",
        Deadline = (publishedOn ?? new DateOnly(2019, 5, 1)).AddDays(20),
        PublishedOn = publishedOn,
        PostsFilled = filled,
        UpdatedAtUtc = DateTime.UtcNow,
    };

    private static List<(string Name, string Value)> Fields(string position, DateOnly deadline, bool english) =>
    [
        ("Input.Organisation", "Tổ chức Hỗ trợ Khắc phục Bom mìn"),
        ("Input.OrganisationEn", english ? "Mine Action Support Organisation" : ""),
        ("Input.Position", position),
        ("Input.PositionEn", english ? "Project officer" : ""),
        ("Input.Posts", "1"),
        ("Input.Place", "Thành phố Đông Hà"),
        ("Input.PlaceEn", english ? "Dong Ha City" : ""),
        ("Input.Duties", "Điều phối hoạt động thực địa của dự án."),
        ("Input.DutiesEn", english ? "Coordinate the project's field work." : ""),
        ("Input.Requirements", "Tốt nghiệp đại học, tiếng Anh thành thạo."),
        ("Input.HowToApply", "Đơn, sơ yếu lý lịch, bản sao văn bằng; nộp tại Trung tâm Dịch vụ đối ngoại."),
        ("Input.Deadline", deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
    ];

    private async Task<int> CreateAsync(HttpClient office, string position, DateOnly deadline, bool english, (string Name, byte[] Bytes)? jobDescription = null)
    {
        using var response = await PostAsync(office, "/quan-ly-tuyen-dung/tao-moi", Fields(position, deadline, english), jobDescription);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.WithDbAsync(db => db.RecruitmentNotices.Where(n => n.Position == position).Select(n => n.Id).SingleAsync());
    }

    private async Task PublishAsync(HttpClient office, int id)
    {
        var stamp = await portal.WithDbAsync(db => db.RecruitmentNotices.Where(n => n.Id == id).Select(n => n.ConcurrencyStamp).SingleAsync());
        using var published = await office.PostFormAsync("/quan-ly-tuyen-dung", $"/quan-ly-tuyen-dung/{id}/dang-tin", [new("concurrencyStamp", stamp.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.NotNull(await portal.WithDbAsync(db => db.RecruitmentNotices.Where(n => n.Id == id).Select(n => n.PublishedOn).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<(string Name, string Value)> fields, (string Name, byte[] Bytes)? file = null)
    {
        var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/quan-ly-tuyen-dung/tao-moi"));
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } attached)
        {
            var bytes = new ByteArrayContent(attached.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "Input.JobDescription", attached.Name);
        }

        return await client.PostAsync(url, content);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);
        return client;
    }
}
