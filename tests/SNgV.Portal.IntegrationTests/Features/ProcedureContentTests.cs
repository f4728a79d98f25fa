using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// What a procedure page carries for citizens and foreigners (issue 14): English content with the Vietnamese marked
/// where it is missing, fee amounts, the service level and the online link, downloadable forms, and the search.
/// </summary>
public sealed class ProcedureContentTests(PlanYearPortalFactory portal) : IClassFixture<PlanYearPortalFactory>
{
    private const string Legalisation = "chung-nhan-lanh-su-hop-phap-hoa-lanh-su";
    private const string Passports = "tiep-nhan-ho-so-cap-ho-chieu-ngoai-giao-cong-vu";
    private const string Recruitment = "tuyen-chon-gioi-thieu-nguoi-lao-dong-lam-viec-cho-to-chuc-nuoc-ngoai";
    private const string NgoAid = "tiep-nhan-tham-dinh-ho-so-vien-tro-phi-chinh-phu-nuoc-ngoai";
    private const string Note = "Some details of this procedure are available in Vietnamese only.";

    [Fact]
    public async Task An_English_page_shows_the_English_the_Office_wrote_and_marks_the_rest_Vietnamese()
    {
        using var client = await EnglishClientAsync();

        var legalisation = await client.GetHtmlAsync($"/thu-tuc/{Legalisation}");
        Assert.Contains("<h1 class=\"h3\">Consular certification and consular legalisation of papers and documents</h1>", legalisation, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"pre-line\">Decree No. 111/2011/NĐ-CP of 5 December 2011", legalisation, StringComparison.Ordinal);
        Assert.Contains("<dd>Consular affairs</dd>", legalisation, StringComparison.Ordinal);
        Assert.Contains("Step 1: The applicant", legalisation, StringComparison.Ordinal);
        // Everything of this procedure is in English, and the placeholder decision is gone with its row.
        Assert.DoesNotContain(Note, legalisation, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"vi\"", legalisation[legalisation.IndexOf("<article", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng Sở cập nhật", legalisation, StringComparison.Ordinal);
        Assert.DoesNotContain("Announcing decision", legalisation, StringComparison.Ordinal);

        // Only the name and the summary of the passport procedure are in English: the rest is Vietnamese, marked so, with one note.
        var passports = await client.GetHtmlAsync($"/thu-tuc/{Passports}");
        Assert.Contains("<h1 class=\"h3\">Receipt of applications for diplomatic and official passports</h1>", passports, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"pre-line\" lang=\"vi\">- Tờ khai đề nghị cấp hộ chiếu ngoại giao", passports, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"pre-line\" lang=\"vi\">Nghị định số 136/2007/NĐ-CP", passports, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(passports, System.Text.RegularExpressions.Regex.Escape(Note)));

        // The Vietnamese page is untouched by the English: no lang marks inside the article, no note.
        using var vietnamese = portal.CreatePortalClient();
        var vi = await vietnamese.GetHtmlAsync($"/thu-tuc/{Passports}");
        Assert.Contains("<h1 class=\"h3\">Tiếp nhận hồ sơ đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ</h1>", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"vi\"", vi[vi.IndexOf("<article", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("data-vietnamese-only", vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, Legalisation, "30.000 đồng")]
    [InlineData(true, Legalisation, "VND 30,000")]
    [InlineData(false, NgoAid, "Miễn phí")]
    [InlineData(true, NgoAid, "Free of charge")]
    public async Task Fee_amounts_are_written_as_each_language_writes_money(bool english, string slug, string expected)
    {
        using var client = english ? await EnglishClientAsync() : portal.CreatePortalClient();

        var html = await client.GetHtmlAsync($"/thu-tuc/{slug}");

        Assert.Contains($"<strong class=\"d-block\" data-fee-amount>{expected}</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procedure_without_a_fee_amount_shows_only_its_fee_text()
    {
        using var client = portal.CreatePortalClient();

        var html = await client.GetHtmlAsync($"/thu-tuc/{Recruitment}");

        Assert.DoesNotContain("data-fee-amount", html, StringComparison.Ordinal);
        Assert.Contains("Theo Quyết định công bố TTHC của Chủ tịch UBND tỉnh.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lãnh sự hợp pháp", Legalisation)]
    [InlineData("LANH SU, hop phap", Legalisation)]
    [InlineData("legalisation", Legalisation)]
    [InlineData("tuyen dung", Recruitment)]
    [InlineData("passport", Passports)]
    [InlineData("ho chieu cong vu", Passports)]
    public async Task Every_word_is_searched_without_accents_over_names_summaries_and_fields(string query, string slug)
    {
        using var client = portal.CreatePortalClient();

        var html = await client.GetHtmlAsync("/thu-tuc?q=" + Uri.EscapeDataString(query));

        Assert.Contains($"href=\"/thu-tuc/{slug}\"", html, StringComparison.Ordinal);
        Assert.Contains("Tìm thấy 1 thủ tục.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_matches_the_field_name_and_needs_every_word()
    {
        using var client = portal.CreatePortalClient();

        var field = await client.GetHtmlAsync("/thu-tuc?q=" + Uri.EscapeDataString("phi chính phủ"));
        Assert.Contains($"href=\"/thu-tuc/{NgoAid}\"", field, StringComparison.Ordinal);
        Assert.Contains($"href=\"/thu-tuc/{Recruitment}\"", field, StringComparison.Ordinal);
        Assert.Contains("Tìm thấy 2 thủ tục.", field, StringComparison.Ordinal);

        // "hộ chiếu" finds the passports; with a word no procedure has beside it, nothing.
        var both = await client.GetHtmlAsync("/thu-tuc?q=" + Uri.EscapeDataString("hộ chiếu viện trợ"));
        Assert.Contains("Tìm thấy 0 thủ tục.", both, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_result_says_what_was_searched_and_offers_the_fields_and_the_look_up()
    {
        using var client = portal.CreatePortalClient();
        var fieldIds = await portal.WithDbAsync(db => db.ProcedureFields.Select(f => f.Id).ToListAsync());

        var html = await client.GetHtmlAsync("/thu-tuc?q=" + Uri.EscapeDataString("giấy phép lái xe"));

        Assert.Contains("Không tìm thấy thủ tục nào có đủ các từ “giấy phép lái xe”.", html, StringComparison.Ordinal);
        Assert.Contains("Thử gõ ít từ hơn hoặc từ khác", html, StringComparison.Ordinal);
        Assert.All(fieldIds, id => Assert.Contains($"href=\"/thu-tuc?linh-vuc={id}\"", html, StringComparison.Ordinal));
        Assert.Contains("href=\"/tra-cuu-ho-so\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"list-group procedure-list\"", html, StringComparison.Ordinal);

        using var english = await EnglishClientAsync();
        var en = await english.GetHtmlAsync("/thu-tuc?q=" + Uri.EscapeDataString("driving licence"));
        Assert.Contains("0 procedures found.", en, StringComparison.Ordinal);
        Assert.Contains("No procedure matches all the words “driving licence”.", en, StringComparison.Ordinal);
        Assert.Contains(">Consular affairs</a>", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_count_says_procedure_for_one_and_procedures_for_more()
    {
        using var client = await EnglishClientAsync();

        Assert.Contains("1 procedure found.", await client.GetHtmlAsync("/thu-tuc?q=passport"), StringComparison.Ordinal);
        Assert.Contains("2 procedures found.", await client.GetHtmlAsync("/thu-tuc?q=" + Uri.EscapeDataString("non-governmental")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Office_writes_the_English_and_the_new_fields_and_reads_them_back()
    {
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var fieldId = await FieldIdAsync("LS");

        using (var created = await office.PostFormAsync("/quan-ly-thu-tuc/tao-moi", "/quan-ly-thu-tuc/tao-moi", Form(fieldId, "Xác nhận thử song ngữ",
            ("Input.NameEn", "Bilingual test certification"),
            ("Input.Summary", "Tóm tắt thử."),
            ("Input.SummaryEn", "A test summary."),
            ("Input.StepsEn", "Apply; collect the result."),
            ("Input.RequiredDocumentsEn", "A letter of request."),
            ("Input.FeesEn", "VND 50,000 per copy."),
            ("Input.ApplicantsEn", "Individuals and organisations."),
            ("Input.ResultEn", "A certificate."),
            ("Input.ConditionsEn", "None."),
            ("Input.LegalBasisEn", "Decree No. 111/2011/NĐ-CP."),
            ("Input.ImplementingBodyEn", "Department of Foreign Affairs"),
            ("Input.SubmissionPlaceEn", "One-stop desk"),
            ("Input.FeeAmount", "50000"),
            ("Input.Online", "true"),
            ("Input.ServiceLevel", "Full"),
            ("Input.OnlineSubmissionUrl", "https://dichvucong.example.vn/nop-ho-so/123"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var saved = await portal.WithDbAsync(db => db.Procedures.SingleAsync(p => p.Slug == "xac-nhan-thu-song-ngu"));
        Assert.Equal(("Bilingual test certification", "A test summary.", "Apply; collect the result.", 50000m), (saved.NameEn, saved.SummaryEn, saved.StepsEn, saved.FeeAmount));
        Assert.Equal((OnlineServiceLevel.Full, "https://dichvucong.example.vn/nop-ho-so/123"), (saved.ServiceLevel, saved.OnlineSubmissionUrl));
        Assert.Equal("", saved.AnnouncingDecision);
        Assert.Contains("bilingual test certification", saved.SearchText, StringComparison.Ordinal);
        Assert.Contains("lanh su", saved.SearchText, StringComparison.Ordinal);

        var editor = await office.GetHtmlAsync($"/quan-ly-thu-tuc/{saved.Id}/sua");
        Assert.Contains("lang=\"en\"", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"https://dichvucong.example.vn/nop-ho-so/123\"", editor, StringComparison.Ordinal);
        Assert.Matches("<option (?=[^>]*selected)(?=[^>]*value=\"Full\")[^>]*>Dịch vụ công trực tuyến toàn trình</option>", editor);

        await PublishAsync(office, saved.Id);
        using var visitor = await EnglishClientAsync();
        var page = await visitor.GetHtmlAsync("/thu-tuc/xac-nhan-thu-song-ngu");
        Assert.Contains("<a class=\"btn btn-primary\" href=\"https://dichvucong.example.vn/nop-ho-so/123\" rel=\"noopener\" data-submit-online>Apply online</a>", page, StringComparison.Ordinal);
        Assert.Contains("Fully online (every step is done online)", page, StringComparison.Ordinal);
        Assert.Contains("VND 50,000</strong>", page, StringComparison.Ordinal);
        // The decision is empty, its row hidden: the page is all English.
        Assert.DoesNotContain(Note, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_online_button_needs_both_the_address_and_the_Online_channel()
    {
        await portal.WithDbAsync(async db =>
        {
            var recruitment = await db.Procedures.SingleAsync(p => p.Slug == Recruitment);
            recruitment.OnlineSubmissionUrl = "https://dichvucong.example.vn/tuyen-chon";
            return await db.SaveChangesAsync();
        });
        using var client = portal.CreatePortalClient();

        // The seeded recruitment procedure takes dossiers in person and by post only.
        Assert.DoesNotContain("data-submit-online", await client.GetHtmlAsync($"/thu-tuc/{Recruitment}"), StringComparison.Ordinal);
        Assert.Contains(">Chưa cung cấp dịch vụ công trực tuyến</dd>", await client.GetHtmlAsync($"/thu-tuc/{Recruitment}"), StringComparison.Ordinal);

        await portal.WithDbAsync(async db =>
        {
            var recruitment = await db.Procedures.SingleAsync(p => p.Slug == Recruitment);
            recruitment.Channels |= SubmissionChannels.Online;
            return await db.SaveChangesAsync();
        });
        Assert.Contains(">Nộp hồ sơ trực tuyến</a>", await client.GetHtmlAsync($"/thu-tuc/{Recruitment}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_says_beside_each_field_what_is_wrong()
    {
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var fieldId = await FieldIdAsync("LS");

        using var refused = await office.PostFormAsync("/quan-ly-thu-tuc/tao-moi", "/quan-ly-thu-tuc/tao-moi", Form(fieldId, "Thủ tục sai",
            ("Input.NameEn", new string('x', 1001)),
            ("Input.StepsEn", new string('x', 4001)),
            ("Input.FeeAmount", "-1"),
            ("Input.ServiceLevel", "Partial"),
            ("Input.OnlineSubmissionUrl", "http://dichvucong.example.vn/nop")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = PortalClient.FieldErrors(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Tên thủ tục (tiếng Anh) không được dài quá 1000 ký tự.", errors["Input.NameEn"]);
        Assert.Equal("Trình tự thực hiện (tiếng Anh) không được dài quá 4000 ký tự.", errors["Input.StepsEn"]);
        Assert.Equal("Mức phí, lệ phí phải từ 0 (miễn phí) đến 100.000.000 đồng.", errors["Input.FeeAmount"]);
        Assert.Equal("Thủ tục cung cấp dịch vụ công trực tuyến phải có cách thức nộp \"Trực tuyến\".", errors["Input.ServiceLevel"]);
        Assert.StartsWith("Đường dẫn nộp hồ sơ trực tuyến phải là địa chỉ đầy đủ bắt đầu bằng https://", errors["Input.OnlineSubmissionUrl"], StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.Procedures.AnyAsync(p => p.Name == "Thủ tục sai")));
    }

    [Fact]
    public async Task A_form_the_Office_uploads_is_downloaded_by_anyone_while_the_procedure_is_published()
    {
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var id = await portal.WithDbAsync(db => db.Procedures.Where(p => p.Slug == Legalisation).Select(p => p.Id).SingleAsync());

        using (var uploaded = await UploadAsync(office, id, "Tờ khai chứng nhận lãnh sự", "Application form for consular certification", "To khai (mau 01).pdf", ProgressClient.SmallPdf))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var form = await portal.WithDbAsync(db => db.ProcedureForms.SingleAsync(f => f.AdministrativeProcedureId == id));
        Assert.Equal(("To khai (mau 01).pdf", "application/pdf", ProgressClient.SmallPdf.Length), (form.FileName, form.ContentType, (int)form.Length));
        Assert.True(await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ProcedureForm) && a.EntityId == form.Id.ToString())));

        using var visitor = portal.CreatePortalClient();
        var page = await visitor.GetHtmlAsync($"/thu-tuc/{Legalisation}");
        Assert.Matches($"href=\"/thu-tuc/{Legalisation}/bieu-mau/{form.Id}\"[^>]*><span>Tờ khai chứng nhận lãnh sự</span>", page);
        using var english = await EnglishClientAsync();
        Assert.Contains("<span>Application form for consular certification</span>", await english.GetHtmlAsync($"/thu-tuc/{Legalisation}"), StringComparison.Ordinal);

        using (var download = await visitor.GetAsync($"/thu-tuc/{Legalisation}/bieu-mau/{form.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(ProgressClient.SmallPdf, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("To khai (mau 01).pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        }

        // Another procedure's address does not reach the file; neither does a withdrawn procedure's.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/thu-tuc/dich-thuat-phien-dich/bieu-mau/{form.Id}")).StatusCode);
        var stamp = await portal.WithDbAsync(db => db.Procedures.Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync());
        using (await office.PostFormAsync("/quan-ly-thu-tuc", $"/quan-ly-thu-tuc/{id}/thu-hoi", [new("ConcurrencyStamp", stamp.ToString())]))
        {
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/thu-tuc/{Legalisation}/bieu-mau/{form.Id}")).StatusCode);
        await PublishAsync(office, id);

        // Removed on the editor: gone from the page and the store.
        var token = PortalClient.AntiforgeryToken(await office.GetHtmlAsync($"/quan-ly-thu-tuc/{id}/sua"));
        using (var deleted = await office.PostAsync($"/quan-ly-thu-tuc/{id}/bieu-mau/{form.Id}/xoa", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/thu-tuc/{Legalisation}/bieu-mau/{form.Id}")).StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.ProcedureForms.AnyAsync(f => f.Id == form.Id)));
    }

    [Fact]
    public async Task A_form_of_a_draft_procedure_is_not_downloadable_and_a_bad_file_is_refused()
    {
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using (await office.PostFormAsync("/quan-ly-thu-tuc/tao-moi", "/quan-ly-thu-tuc/tao-moi", Form(await FieldIdAsync("LS"), "Thủ tục nháp có biểu mẫu")))
        {
        }

        var id = await portal.WithDbAsync(db => db.Procedures.Where(p => p.Slug == "thu-tuc-nhap-co-bieu-mau").Select(p => p.Id).SingleAsync());

        // An executable renamed to .pdf: refused beside the file box, nothing kept.
        using (var refused = await UploadAsync(office, id, "", "", "to-khai.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("Tệp \"to-khai.pdf\" không phải là PDF, Word, Excel, ảnh PNG hoặc JPEG hợp lệ (nội dung tệp không khớp với tên tệp).",
                PortalClient.FieldErrors(await refused.Content.ReadAsStringAsync())["Upload.File"]);
        }

        using (var missing = await UploadAsync(office, id, "Tờ khai", "", null, null))
        {
            Assert.StartsWith("Vui lòng chọn tệp biểu mẫu", PortalClient.FieldErrors(await missing.Content.ReadAsStringAsync())["Upload.File"], StringComparison.Ordinal);
        }

        Assert.False(await portal.WithDbAsync(db => db.ProcedureForms.AnyAsync(f => f.AdministrativeProcedureId == id)));

        using (var uploaded = await UploadAsync(office, id, "", "", "to-khai.pdf", ProgressClient.SmallPdf))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var form = await portal.WithDbAsync(db => db.ProcedureForms.SingleAsync(f => f.AdministrativeProcedureId == id));
        Assert.Equal("to-khai", form.Title);
        using var visitor = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/thu-tuc/thu-tuc-nhap-co-bieu-mau/bieu-mau/{form.Id}")).StatusCode);

        // A visitor cannot upload: sent to sign in (or refused), nothing kept.
        using var files = new MultipartFormDataContent { { new ByteArrayContent(ProgressClient.SmallPdf), "Upload.File", "khac.pdf" } };
        using var anonymous = await visitor.PostAsync($"/quan-ly-thu-tuc/{id}/bieu-mau", files);
        Assert.False(anonymous.IsSuccessStatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.ProcedureForms.CountAsync(f => f.AdministrativeProcedureId == id)));
    }

    /// <summary>A visitor who opened an English address: the cookie keeps the next pages English.</summary>
    private async Task<HttpClient> EnglishClientAsync()
    {
        var client = portal.CreatePortalClient();
        using var switched = await client.GetAsync("/thu-tuc?lang=en");
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        return client;
    }

    private Task<int> FieldIdAsync(string code) =>
        portal.WithDbAsync(db => db.ProcedureFields.Where(f => f.Code == code).Select(f => f.Id).SingleAsync());

    private async Task PublishAsync(HttpClient office, int id)
    {
        var stamp = await portal.WithDbAsync(db => db.Procedures.Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync());
        using var published = await office.PostFormAsync("/quan-ly-thu-tuc", $"/quan-ly-thu-tuc/{id}/cong-bo", [new("ConcurrencyStamp", stamp.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient office, int id, string title, string titleEn, string? fileName, byte[]? bytes)
    {
        var token = PortalClient.AntiforgeryToken(await office.GetHtmlAsync($"/quan-ly-thu-tuc/{id}/sua"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Upload.Title" },
            { new StringContent(titleEn), "Upload.TitleEn" },
        };
        if (fileName is not null)
        {
            var file = new ByteArrayContent(bytes!);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Upload.File", fileName);
        }

        return await office.PostAsync($"/quan-ly-thu-tuc/{id}/bieu-mau", content);
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(int fieldId, string name, params (string Name, string Value)[] extra) =>
    [
        new("Input.ConcurrencyStamp", Guid.NewGuid().ToString()),
        new("Input.Name", name),
        new("Input.ProcedureFieldId", fieldId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.ImplementingBody", "Sở Ngoại vụ tỉnh Quảng Trị"),
        new("Input.SubmissionPlace", "Bộ phận Một cửa"),
        new("Input.InPerson", "true"),
        new("Input.Steps", "Nộp hồ sơ; nhận kết quả."),
        new("Input.RequiredDocuments", "Đơn đề nghị."),
        new("Input.NumberOfSets", "1"),
        new("Input.ProcessingDays", "3"),
        new("Input.Fees", "50.000 đồng/bản."),
        new("Input.Applicants", "Cá nhân, tổ chức."),
        new("Input.Result", "Giấy xác nhận."),
        new("Input.Conditions", "Không."),
        new("Input.LegalBasis", "Nghị định số 111/2011/NĐ-CP."),
        .. extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)),
    ];
}
