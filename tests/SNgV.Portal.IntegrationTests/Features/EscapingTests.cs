using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// Markup typed into the free-text fields of the main forms, each by someone allowed to use the form, every field
/// with a payload of its own: <c>&lt;script&gt;alert('field')&lt;/script&gt;&lt;img src=x onerror=alert('field')&gt;</c>.
/// </summary>
public sealed class HostileInputFixture : PlanYearPortalFactory, IAsyncLifetime
{
    public const string ProcedureSlug = "thu-tuc-thu-danh-dau";
    public const string SurveySlug = "khao-sat-thu-danh-dau";
    public const string FileField = "ten-tep";

    public static readonly byte[] SmallPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public int TaskId { get; private set; }

    public int FileId { get; private set; }

    public int DossierId { get; private set; }

    public int NewTaskId { get; private set; }

    public int PlanId { get; private set; }

    public int ReportId { get; private set; }

    public int NoticeId { get; private set; }

    /// <summary>What is typed into <paramref name="field"/>. A file name cannot hold '/', so the file's is the image tag alone.</summary>
    public static string Payload(string field) => field == FileField
        ? $"<img src=x onerror=alert('{field}')>"
        : $"<script>alert('{field}')</script><img src=x onerror=alert('{field}')>";

    public string Resolve(string url) => url
        .Replace("{new-task}", NewTaskId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{task}", TaskId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{dossier}", DossierId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{plan}", PlanId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{report}", ReportId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{notice}", NoticeId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The survey response is typed at once; it must count, not wait among the "too fast" ones.
        builder.UseSetting("Surveys:MinSecondsToComplete", "0");
    }

    public async Task InitializeAsync()
    {
        using var staff = CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        using var office = CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var admin = CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);

        await ReportProgressAsync(staff, office);
        await RegisterDossierAsync(office);
        await PublishProcedureAsync(office);
        await SendReminderAsync(office);
        await ExtendPlanAsync(office);
        await AnswerSurveyAsync(office);
        await CreateAccountAsync(admin);
        await DraftReportAsync(office);
        await PublishRecruitmentNoticeAsync(office);

        Expect(await office.PostFormAsync("/lich-lam-viec", ("Input.Date", "2019-12-30"), ("Input.Kind", "Holiday"), ("Input.Name", Payload("ngay-nghi"))));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task ReportProgressAsync(HttpClient staff, HttpClient office)
    {
        TaskId = await this.TaskIdAsync(7, 1);
        var html = await staff.GetHtmlAsync($"/nhiem-vu/{TaskId}/bao-cao");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(ProgressClient.StampIn(html)), "Input.ConcurrencyStamp" },
            { new StringContent("40"), "Input.Percent" },
            { new StringContent("InProgress"), "Input.Status" },
            { new StringContent(Payload("ket-qua")), "Input.WorkDone" },
            { new StringContent(Payload("kho-khan")), "Input.Difficulties" },
            { new StringContent(Payload("de-xuat")), "Input.Proposals" },
            { new StringContent("submit"), "Input.Intent" },
            { new ByteArrayContent(SmallPng), "Input.Files", Payload(FileField) + ".png" },
        };
        Expect(await staff.PostAsync($"/nhiem-vu/{TaskId}/bao-cao", content));

        var (updateId, fileId) = await WithDbAsync(db => db.EvidenceFiles
            .Where(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.PlanTaskId == TaskId))
            .Select(f => new ValueTuple<int, int>(f.ProgressUpdateId, f.Id)).SingleAsync());
        FileId = fileId;
        Expect(await office.ReviewAsync(updateId, "return", Payload("y-kien")));
    }

    private async Task RegisterDossierAsync(HttpClient office)
    {
        var procedureId = await this.ProcedureIdAsync(DossierClient.Legalisation);
        DossierId = await office.RegisterAsync(procedureId, Payload("nguoi-nop"), "2019-05-20T09:00", Payload("lien-he"));
        await office.MoveSuccessfullyAsync(DossierId, "Processing");
        await office.MoveSuccessfullyAsync(DossierId, "AdditionalDocumentsRequested", Payload("ghi-chu"));
    }

    private async Task PublishProcedureAsync(HttpClient office)
    {
        var fieldId = await WithDbAsync(db => db.ProcedureFields.Where(f => f.Code == "LS").Select(f => f.Id).SingleAsync());
        Expect(await office.PostFormAsync("/quan-ly-thu-tuc/tao-moi", "/quan-ly-thu-tuc/tao-moi",
        [
            new("Input.ConcurrencyStamp", Guid.NewGuid().ToString()),
            new("Input.Name", Payload("ten-thu-tuc")),
            new("Input.Slug", ProcedureSlug),
            new("Input.ProcedureFieldId", fieldId.ToString(CultureInfo.InvariantCulture)),
            new("Input.ImplementingBody", Payload("co-quan")),
            new("Input.SubmissionPlace", Payload("noi-tiep-nhan")),
            new("Input.InPerson", "true"),
            new("Input.Steps", Payload("trinh-tu")),
            new("Input.RequiredDocuments", Payload("thanh-phan")),
            new("Input.NumberOfSets", "1"),
            new("Input.ProcessingDays", "5"),
            new("Input.Fees", Payload("le-phi")),
            new("Input.Applicants", Payload("doi-tuong")),
            new("Input.Result", Payload("ket-qua-thu-tuc")),
            new("Input.Conditions", Payload("dieu-kien")),
            new("Input.LegalBasis", Payload("can-cu")),
            new("Input.AnnouncingDecision", Payload("quyet-dinh")),
        ]));
        var procedure = await WithDbAsync(db => db.Procedures.SingleAsync(p => p.Slug == ProcedureSlug));
        Expect(await office.PostFormAsync("/quan-ly-thu-tuc", $"/quan-ly-thu-tuc/{procedure.Id}/cong-bo",
            [new("ConcurrencyStamp", procedure.ConcurrencyStamp.ToString())]));
    }

    private async Task SendReminderAsync(HttpClient office)
    {
        var consular = await this.UnitIdAsync("LS");
        Expect(await office.PostFormAsync($"/don-doc?unitId={consular}", "/don-doc",
        [
            new("Input.UnitId", consular.ToString(CultureInfo.InvariantCulture)),
            new("Input.TaskIds", TaskId.ToString(CultureInfo.InvariantCulture)),
            new("Input.Message", Payload("don-doc")),
        ]));
    }

    private async Task ExtendPlanAsync(HttpClient office)
    {
        PlanId = await WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id).SingleAsync());
        var addArea = $"/quan-ly-ke-hoach/{PlanId}/noi-dung/them";
        Expect(await office.PostFormAsync(addArea, addArea, [new("Input.Number", "9"), new("Input.Title", Payload("ten-noi-dung"))]));
        var areaId = await WithDbAsync(db => db.SolutionAreas.Where(a => a.PlanId == PlanId && a.Number == 9).Select(a => a.Id).SingleAsync());
        var consular = await this.UnitIdAsync("LS");
        var fields = PlanManagementTests.TaskFields(areaId, Payload("ten-nhiem-vu"), consular, [], "OneOff", "30/11/2019", null, null);
        fields.Add(new("Input.Description", Payload("mo-ta")));
        fields.Add(new("Input.ExpectedOutput", Payload("san-pham")));
        Expect(await office.PostFormAsync($"/quan-ly-ke-hoach/{PlanId}/nhiem-vu/them?noiDung={areaId}", $"/quan-ly-ke-hoach/{PlanId}/nhiem-vu/them", fields));
        NewTaskId = await WithDbAsync(db => db.PlanTasks.Where(t => t.SolutionAreaId == areaId).Select(t => t.Id).SingleAsync());

        Expect(await office.PostFormAsync("/quan-ly-ke-hoach/tao-moi", "/quan-ly-ke-hoach/tao-moi",
        [
            new("Input.SourcePlanId", PlanId.ToString(CultureInfo.InvariantCulture)),
            new("Input.Year", "2020"),
            new("Input.Number", "01/KH-SNgV"),
            new("Input.IssuedOn", "15/01/2020"),
            new("Input.Title", Payload("ten-ke-hoach")),
            new("Input.SignerName", Payload("nguoi-ky")),
        ]));
    }

    private async Task AnswerSurveyAsync(HttpClient office)
    {
        var procedureId = await this.ProcedureIdAsync(DossierClient.Legalisation);
        await office.CreateRoundAsync(SurveySlug, procedureId);
        using var citizen = CreatePortalClient();
        var html = await citizen.GetHtmlAsync($"/khao-sat/{SurveySlug}");
        Expect(await citizen.PostAsync($"/khao-sat/{SurveySlug}", SurveyClient.Answers(html, _ => 4, procedureId, comment: Payload("gop-y"))));
    }

    private async Task CreateAccountAsync(HttpClient admin)
    {
        var unitId = await this.UnitIdAsync("BG");
        Expect(await admin.PostFormAsync("/quan-tri/tai-khoan/tao-moi", "/quan-tri/tai-khoan/tao-moi",
        [
            new("Input.FullName", Payload("ho-ten")),
            new("Input.Email", "danh.dau@sngv.test"),
            new("Input.JobTitle", Payload("chuc-vu")),
            new("Input.UnitId", unitId.ToString(CultureInfo.InvariantCulture)),
            new("Input.Role", Roles.Staff),
            new("Input.Password", "BanDau-2019x"),
            new("Input.ConfirmPassword", "BanDau-2019x"),
        ]));
    }

    private async Task PublishRecruitmentNoticeAsync(HttpClient office)
    {
        var token = PortalClient.AntiforgeryToken(await office.GetHtmlAsync("/quan-ly-tuyen-dung/tao-moi"));
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in new[]
        {
            ("Input.Organisation", Payload("to-chuc-tuyen-dung")), ("Input.Position", Payload("vi-tri-tuyen-dung")), ("Input.Posts", "2"),
            ("Input.Place", Payload("noi-lam-viec")), ("Input.Duties", Payload("mo-ta-cong-viec")), ("Input.Requirements", Payload("yeu-cau")),
            ("Input.HowToApply", Payload("ho-so-ung-tuyen")), ("Input.Deadline", "30/06/2019"), ("Input.Results", Payload("ket-qua-tuyen-chon")),
        })
        {
            content.Add(new StringContent(value), name);
        }

        Expect(await office.PostAsync("/quan-ly-tuyen-dung/tao-moi", content));
        NoticeId = await WithDbAsync(db => db.RecruitmentNotices.Select(n => n.Id).SingleAsync());
        var stamp = await WithDbAsync(db => db.RecruitmentNotices.Select(n => n.ConcurrencyStamp).SingleAsync());
        Expect(await office.PostFormAsync("/quan-ly-tuyen-dung", $"/quan-ly-tuyen-dung/{NoticeId}/dang-tin", [new("concurrencyStamp", stamp.ToString())]));
    }

    private async Task DraftReportAsync(HttpClient office)
    {
        using var created = await office.PostFormAsync("/bao-cao-dinh-ky/tao", "/bao-cao-dinh-ky/tao",
        [
            new("Input.PlanId", PlanId.ToString(CultureInfo.InvariantCulture)), new("Input.Kind", "Quarterly"), new("Input.Year", "2019"), new("Input.Quarter", "2"),
            new("Input.DataFrom", "2019-03-15"), new("Input.DataTo", "2019-06-14"), new("Input.Summary", Payload("trich-yeu")),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        ReportId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var page = $"/bao-cao-dinh-ky/{ReportId}";
        var stamp = await WithDbAsync(db => db.Reports.Where(r => r.Id == ReportId).Select(r => r.ConcurrencyStamp).SingleAsync());
        Expect(await office.PostFormAsync(page, page,
        [
            new("Text.ConcurrencyStamp", stamp.ToString()), new("Text.Summary", Payload("trich-yeu")), new("Text.GeneralAssessment", Payload("danh-gia")),
            new("Text.Shortcomings", ""), new("Text.Difficulties", Payload("vuong-mac")), new("Text.NextTasks", ""), new("Text.Proposals", ""),
            new("Text.SignerAuthority", ""), new("Text.SignerTitle", "GIÁM ĐỐC"), new("Text.SignerName", Payload("nguoi-ky-bao-cao")), new("Text.Recipients", Payload("noi-nhan")),
        ]));
    }

    /// <summary>Each form must have been accepted (Post/Redirect/Get), or the pages would prove nothing.</summary>
    private static void Expect(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect,
                $"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}: {PortalClient.FieldErrors(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).Values.FirstOrDefault()}");
        }
    }
}

public sealed class EscapingTests(HostileInputFixture portal) : IClassFixture<HostileInputFixture>
{
    private const string Anonymous = "";
    private const string Staff = DemoUsers.ConsularStaff;
    private const string Office = DemoUsers.Office;
    private const string Admin = DemoUsers.Administrator;

    [Theory]
    // Progress report (Báo cáo tiến độ), read by the Office and by the unit.
    [InlineData("progress report", "ket-qua", Office, "/nhiem-vu/{task}")]
    [InlineData("progress report", "kho-khan", Office, "/nhiem-vu/{task}")]
    [InlineData("progress report", "de-xuat", Office, "/nhiem-vu/{task}")]
    [InlineData("progress report", HostileInputFixture.FileField, Staff, "/nhiem-vu/{task}")]
    // The Office's review comment, shown to the unit whose report was returned.
    [InlineData("review", "y-kien", Staff, "/nhiem-vu/{task}")]
    // The one-stop desk.
    [InlineData("dossier registration", "nguoi-nop", Office, "/mot-cua")]
    [InlineData("dossier registration", "nguoi-nop", Office, "/mot-cua/{dossier}")]
    [InlineData("dossier registration", "nguoi-nop", Office, "/mot-cua/{dossier}/phieu-hen")]
    [InlineData("dossier registration", "lien-he", Office, "/mot-cua/{dossier}")]
    [InlineData("dossier status change", "ghi-chu", Office, "/mot-cua/{dossier}")]
    // The procedure catalogue, published to everyone.
    [InlineData("procedure", "ten-thu-tuc", Anonymous, "/thu-tuc")]
    [InlineData("procedure", "ten-thu-tuc", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "co-quan", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "noi-tiep-nhan", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "trinh-tu", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "thanh-phan", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "le-phi", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "doi-tuong", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "ket-qua-thu-tuc", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "dieu-kien", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "can-cu", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "quyet-dinh", Anonymous, "/thu-tuc/" + HostileInputFixture.ProcedureSlug)]
    [InlineData("procedure", "ten-thu-tuc", Office, "/quan-ly-thu-tuc")]
    // Reminders: the Office's history and the unit's notifications.
    [InlineData("reminder", "don-doc", Office, "/don-doc/lich-su")]
    [InlineData("reminder", "don-doc", Staff, "/thong-bao")]
    // Plan management: areas, tasks and a copied plan's heading.
    [InlineData("area", "ten-noi-dung", Office, "/quan-ly-ke-hoach/{plan}")]
    [InlineData("area", "ten-noi-dung", Staff, "/ke-hoach-cong-tac/{plan}")]
    [InlineData("task", "ten-nhiem-vu", Office, "/quan-ly-ke-hoach/{plan}")]
    [InlineData("task", "ten-nhiem-vu", Staff, "/ke-hoach-cong-tac/{plan}")]
    [InlineData("task", "ten-nhiem-vu", Anonymous, "/ke-hoach")]
    [InlineData("task", "ten-nhiem-vu", Staff, "/nhiem-vu")]
    [InlineData("task", "ten-nhiem-vu", Staff, "/nhiem-vu/{new-task}")]
    [InlineData("task", "mo-ta", Staff, "/nhiem-vu/{new-task}")]
    [InlineData("task", "san-pham", Staff, "/nhiem-vu/{new-task}")]
    [InlineData("plan copy", "ten-ke-hoach", Office, "/quan-ly-ke-hoach")]
    // The citizens' survey comment, read by the Office.
    [InlineData("survey", "gop-y", Office, "/ket-qua-khao-sat/chi-tiet")]
    // A periodic report: the list, the draft page and the print view.
    [InlineData("report", "trich-yeu", Office, "/bao-cao-dinh-ky")]
    [InlineData("report", "trich-yeu", Office, "/bao-cao-dinh-ky/{report}/ban-in")]
    [InlineData("report", "danh-gia", Office, "/bao-cao-dinh-ky/{report}")]
    [InlineData("report", "danh-gia", DemoUsers.Leadership, "/bao-cao-dinh-ky/{report}/ban-in")]
    [InlineData("report", "vuong-mac", Office, "/bao-cao-dinh-ky/{report}/ban-in")]
    [InlineData("report", "nguoi-ky-bao-cao", Office, "/bao-cao-dinh-ky/{report}/ban-in")]
    // Accounts and the working-day calendar.
    [InlineData("account", "ho-ten", Admin, "/quan-tri/tai-khoan")]
    [InlineData("account", "chuc-vu", Admin, "/quan-tri/tai-khoan")]
    [InlineData("calendar day", "ngay-nghi", Office, "/lich-lam-viec")]
    // A recruitment notice: the public list (and its filters), the notice's page, the Atom feed and the Office's list.
    [InlineData("recruitment", "vi-tri-tuyen-dung", Anonymous, "/tuyen-dung")]
    [InlineData("recruitment", "to-chuc-tuyen-dung", Anonymous, "/tuyen-dung")]
    [InlineData("recruitment", "noi-lam-viec", Anonymous, "/tuyen-dung")]
    [InlineData("recruitment", "mo-ta-cong-viec", Anonymous, "/tuyen-dung/{notice}")]
    [InlineData("recruitment", "yeu-cau", Anonymous, "/tuyen-dung/{notice}")]
    [InlineData("recruitment", "ho-so-ung-tuyen", Anonymous, "/tuyen-dung/{notice}")]
    [InlineData("recruitment", "ket-qua-tuyen-chon", Anonymous, "/tuyen-dung/{notice}")]
    [InlineData("recruitment", "vi-tri-tuyen-dung", Anonymous, "/tuyen-dung/atom.xml")]
    [InlineData("recruitment", "vi-tri-tuyen-dung", Office, "/quan-ly-tuyen-dung")]
    public async Task Markup_typed_into_a_form_is_shown_as_text(string form, string field, string viewer, string page)
    {
        using var client = portal.CreatePortalClient();
        if (viewer != Anonymous)
        {
            await client.SignInSuccessfullyAsync(viewer);
        }

        var html = await client.GetHtmlAsync(portal.Resolve(page));

        Assert.DoesNotContain($"<script>alert('{field}')", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"<img src=x onerror=alert('{field}')", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(WebUtility.HtmlDecode(html).Contains(HostileInputFixture.Payload(field), StringComparison.Ordinal),
            $"The {form} field '{field}' is not shown on {page}.");
    }

    [Fact]
    public async Task An_evidence_image_downloads_as_an_attachment_with_its_own_type_and_nosniff()
    {
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(Office);

        using var download = await office.GetAsync($"/nhiem-vu/{portal.TaskId}/tep/{portal.FileId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HostileInputFixture.Payload(HostileInputFixture.FileField) + ".png", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", SecurityTests.Header(download, "X-Content-Type-Options"));
        Assert.Equal(HostileInputFixture.SmallPng, await download.Content.ReadAsByteArrayAsync());
    }
}
