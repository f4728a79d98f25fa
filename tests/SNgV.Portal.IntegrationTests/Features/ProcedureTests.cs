using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The public catalogue and the Office's editing of it, on 20 May 2019.</summary>
public sealed class ProcedureTests(PlanYearPortalFactory portal) : IClassFixture<PlanYearPortalFactory>
{
    private const string Legalisation = "chung-nhan-lanh-su-hop-phap-hoa-lanh-su";

    [Theory]
    [InlineData("hop phap hoa")]
    [InlineData("HỢP PHÁP HÓA")]
    [InlineData("Hop Phap  Hoa")]
    [InlineData("hợp pháp hoá")]
    public async Task Search_ignores_accents_and_case(string query)
    {
        using var client = portal.CreatePortalClient();

        var html = await client.GetHtmlAsync("/thu-tuc?q=" + Uri.EscapeDataString(query));

        Assert.Contains($"href=\"/thu-tuc/{Legalisation}\"", html, StringComparison.Ordinal);
        Assert.Contains("Tìm thấy 1 thủ tục.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dich-thuat-phien-dich", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitors_who_chose_English_read_the_catalogue_and_look_up_in_English()
    {
        using var client = portal.CreatePortalClient();
        var catalogue = await client.GetHtmlAsync("/thu-tuc?lang=en");
        Assert.Contains("<h1 class=\"h3\">Administrative procedures</h1>", catalogue, StringComparison.Ordinal);
        Assert.Contains("7 procedures found.", catalogue, StringComparison.Ordinal);

        var page = await client.GetHtmlAsync($"/thu-tuc/{Legalisation}");
        Assert.Contains("Dossiers settled over the last 12 months", page, StringComparison.Ordinal);
        Assert.Contains("Required documents", page, StringComparison.Ordinal);

        var lookup = await client.GetHtmlAsync("/tra-cuu-ho-so");
        Assert.Contains("Enter the receipt code printed on your appointment slip", lookup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalogue_lists_every_published_procedure_by_field()
    {
        using var client = portal.CreatePortalClient();

        var html = await client.GetHtmlAsync("/thu-tuc");

        Assert.Contains("Tìm thấy 7 thủ tục.", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">Lãnh sự<", StringComparison.Ordinal) < html.IndexOf(">Dịch vụ đối ngoại<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_procedure_page_shows_its_record_from_the_register_over_twelve_months()
    {
        var ids = await portal.WithDbAsync(db => db.Procedures.Where(p => p.Slug == Legalisation || p.Slug == "dich-thuat-phien-dich")
            .ToDictionaryAsync(p => p.Slug, p => p.Id));
        await portal.WithDbAsync(async db =>
        {
            var due = new DateOnly(2019, 5, 10);
            db.Dossiers.AddRange(
                Dossier(ids[Legalisation], "TESTAAA1", new DateOnly(2019, 5, 3), due, completedOn: new DateOnly(2019, 5, 8), DossierStatus.Returned),
                Dossier(ids[Legalisation], "TESTAAA2", new DateOnly(2019, 5, 3), due, completedOn: due, DossierStatus.ResultReady),
                Dossier(ids[Legalisation], "TESTAAA3", new DateOnly(2019, 5, 3), due, completedOn: new DateOnly(2019, 5, 13), DossierStatus.Returned),
                Dossier(ids[Legalisation], "TESTAAA4", new DateOnly(2019, 5, 16), new DateOnly(2019, 5, 23), completedOn: null, DossierStatus.Processing),
                // More than twelve months ago, and another procedure: not counted.
                Dossier(ids[Legalisation], "TESTAAA5", new DateOnly(2018, 5, 3), new DateOnly(2018, 5, 10), completedOn: new DateOnly(2018, 5, 20), DossierStatus.Returned),
                Dossier(ids["dich-thuat-phien-dich"], "TESTAAA6", new DateOnly(2019, 5, 3), due, completedOn: new DateOnly(2019, 5, 20), DossierStatus.Returned));
            return await db.SaveChangesAsync();
        });
        using var client = portal.CreatePortalClient();

        var html = await client.GetHtmlAsync($"/thu-tuc/{Legalisation}");

        Assert.Contains("data-figure=\"received\">4<", html, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"in-progress\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"early\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"on-time\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"late\">1<", html, StringComparison.Ordinal);
        Assert.Contains("Nghị định số 111/2011/NĐ-CP", html, StringComparison.Ordinal);
        // The applicants recorded at the desk never appear on the public page.
        Assert.DoesNotContain("Người nộp thử", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Office_creates_publishes_and_withdraws_a_procedure()
    {
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var fieldId = await portal.WithDbAsync(db => db.ProcedureFields.Where(f => f.Code == "LS").Select(f => f.Id).SingleAsync());

        using (var invalid = await office.PostFormAsync("/quan-ly-thu-tuc/tao-moi", "/quan-ly-thu-tuc/tao-moi", Form(fieldId, name: "", days: "0")))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            var errors = PortalClient.FieldErrors(html);
            Assert.Equal("Vui lòng nhập tên thủ tục.", errors["Input.Name"]);
            Assert.Equal("Thời hạn giải quyết phải từ 1 đến 365 ngày làm việc.", errors["Input.ProcessingDays"]);
        }

        using (var created = await office.PostFormAsync("/quan-ly-thu-tuc/tao-moi", "/quan-ly-thu-tuc/tao-moi", Form(fieldId, name: "Cấp giấy xác nhận thử nghiệm", days: "7")))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var procedure = await portal.WithDbAsync(db => db.Procedures.SingleAsync(p => p.Slug == "cap-giay-xac-nhan-thu-nghiem"));
        Assert.Equal(ProcedureStatus.Draft, procedure.Status);
        Assert.Equal("cap giay xac nhan thu nghiem lanh su consular affairs", procedure.SearchText);
        using var visitor = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/thu-tuc/cap-giay-xac-nhan-thu-nghiem")).StatusCode);

        using (var published = await office.PostFormAsync("/quan-ly-thu-tuc", $"/quan-ly-thu-tuc/{procedure.Id}/cong-bo", [new("ConcurrencyStamp", procedure.ConcurrencyStamp.ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/thu-tuc/cap-giay-xac-nhan-thu-nghiem")).StatusCode);
        Assert.Contains("cap-giay-xac-nhan-thu-nghiem", await visitor.GetHtmlAsync("/thu-tuc?q=xac+nhan+thu"), StringComparison.Ordinal);

        // A stale form (opened before publication) is refused rather than overwriting.
        using (var stale = await office.PostFormAsync($"/quan-ly-thu-tuc/{procedure.Id}/sua", $"/quan-ly-thu-tuc/{procedure.Id}/sua",
            Form(fieldId, name: "Tên cũ ghi đè", days: "7", stamp: procedure.ConcurrencyStamp)))
        {
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var stamp = await portal.WithDbAsync(db => db.Procedures.Where(p => p.Id == procedure.Id).Select(p => p.ConcurrencyStamp).SingleAsync());
        using (var withdrawn = await office.PostFormAsync("/quan-ly-thu-tuc", $"/quan-ly-thu-tuc/{procedure.Id}/thu-hoi", [new("ConcurrencyStamp", stamp.ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/thu-tuc/cap-giay-xac-nhan-thu-nghiem")).StatusCode);
        Assert.Equal("Cấp giấy xác nhận thử nghiệm", await portal.WithDbAsync(db => db.Procedures.Where(p => p.Id == procedure.Id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_Office_keeps_the_calendar_and_is_told_what_is_wrong()
    {
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);

        var year = await office.GetHtmlAsync("/lich-lam-viec?nam=2019");
        Assert.Contains("Làm bù cho ngày 29/4/2019", year, StringComparison.Ordinal);
        Assert.Contains("04/05/2019", year, StringComparison.Ordinal);

        using (var weekday = await office.PostFormAsync("/lich-lam-viec", ("Input.Date", "2019-12-31"), ("Input.Kind", "MakeUpWorkingDay"), ("Input.Name", "Thử")))
        {
            Assert.Equal("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; các ngày trong tuần vốn đã là ngày làm việc.",
                PortalClient.FieldErrors(await weekday.Content.ReadAsStringAsync())["Input.Date"]);
        }

        using (var duplicate = await office.PostFormAsync("/lich-lam-viec", ("Input.Date", "2019-09-02"), ("Input.Kind", "Holiday"), ("Input.Name", "Quốc khánh")))
        {
            Assert.StartsWith("Ngày này đã có trong lịch.", PortalClient.FieldErrors(await duplicate.Content.ReadAsStringAsync())["Input.Date"], StringComparison.Ordinal);
        }

        using (var added = await office.PostFormAsync("/lich-lam-viec", ("Input.Date", "2021-09-03"), ("Input.Kind", "Holiday"), ("Input.Name", "Nghỉ Quốc khánh (ngày liền kề)")))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            Assert.Equal("/lich-lam-viec?nam=2021", added.Headers.Location!.OriginalString);
        }

        Assert.True(await portal.WithDbAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2021, 9, 3) && d.Kind == CalendarDayKind.Holiday)));
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(int fieldId, string name, string days, Guid? stamp = null) =>
    [
        new("Input.ConcurrencyStamp", (stamp ?? Guid.NewGuid()).ToString()),
        new("Input.Name", name),
        new("Input.ProcedureFieldId", fieldId.ToString()),
        new("Input.ImplementingBody", "Sở Ngoại vụ tỉnh Quảng Trị"),
        new("Input.SubmissionPlace", "Bộ phận Một cửa"),
        new("Input.InPerson", "true"),
        new("Input.Steps", "Nộp hồ sơ; nhận kết quả."),
        new("Input.RequiredDocuments", "Đơn đề nghị."),
        new("Input.NumberOfSets", "1"),
        new("Input.ProcessingDays", days),
        new("Input.Fees", "Không."),
        new("Input.Applicants", "Cá nhân, tổ chức."),
        new("Input.Result", "Giấy xác nhận."),
        new("Input.Conditions", "Không."),
        new("Input.LegalBasis", "Theo Quyết định công bố TTHC của Chủ tịch UBND tỉnh."),
        new("Input.AnnouncingDecision", "Theo Quyết định công bố TTHC của Chủ tịch UBND tỉnh."),
    ];

    internal static Dossier Dossier(int procedureId, string code, DateOnly receivedOn, DateOnly dueOn, DateOnly? completedOn, DossierStatus status) => new()
    {
        ReceiptCode = code,
        AdministrativeProcedureId = procedureId,
        ApplicantName = "Người nộp thử " + code,
        ApplicantKind = ApplicantKind.Person,
        Channel = DossierChannel.InPerson,
        ReceivedAtUtc = receivedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
        ReceivedOn = receivedOn,
        ProcessingDays = 5,
        DueOn = dueOn,
        Status = status,
        CompletedOn = completedOn,
        CreatedAtUtc = DateTime.UtcNow,
        UpdatedAtUtc = DateTime.UtcNow,
    };
}

public sealed class ProcedureSeedTests
{
    [Fact]
    public async Task Restarting_leaves_the_catalogue_and_the_calendar_as_the_Office_left_them()
    {
        using var directory = new TempDataDirectory("procedure-seed");
        await using (var first = PortalFactory.OnExistingData(directory.Path))
        {
            await first.WithDbAsync(async db =>
            {
                var procedure = await db.Procedures.SingleAsync(p => p.Slug == "dich-thuat-phien-dich");
                procedure.ProcessingDays = 4;
                db.CalendarDays.Remove(await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2020, 9, 2)));
                return await db.SaveChangesAsync();
            });
        }

        await using var second = PortalFactory.OnExistingData(directory.Path);
        var (procedures, fields, days, edited) = await second.WithDbAsync(async db => (
            await db.Procedures.CountAsync(),
            await db.ProcedureFields.CountAsync(),
            await db.CalendarDays.CountAsync(),
            await db.Procedures.Where(p => p.Slug == "dich-thuat-phien-dich").Select(p => p.ProcessingDays).SingleAsync()));

        Assert.Equal((7, 4, 23), (procedures, fields, days));
        Assert.Equal(4, edited);
    }
}
