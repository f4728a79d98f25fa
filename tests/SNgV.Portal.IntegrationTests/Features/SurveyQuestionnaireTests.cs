using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The administrator corrects questionnaire wording: in place while a version has no responses, as a new version once it has.</summary>
public sealed class SurveyQuestionnaireTests(SurveyPortalFactory portal) : IClassFixture<SurveyPortalFactory>
{
    private const string Editor = "/quan-tri/mau-phieu-khao-sat";

    [Fact]
    public async Task Correcting_a_version_without_responses_changes_it_in_place_in_Unicode_NFC()
    {
        var id = await InsertQuestionnaireAsync("thu-tai-cho");
        var criterionIds = await CriterionIdsAsync(id);
        using var admin = await SignedInAsync(DemoUsers.Administrator);
        var html = await admin.GetHtmlAsync($"{Editor}/{id}");
        Assert.Contains("chưa có phiếu trả lời: khi lưu, câu chữ được sửa trực tiếp", html, StringComparison.Ordinal);

        // Typed with combining accents (as some keyboards send them) and stray spaces.
        var typed = "  Nơi chờ rộng rãi, thoáng mát  ".Normalize(NormalizationForm.FormD);
        var fields = QuestionnaireForm.Fields(html)
            .With("Input.Elements[0].Criteria[0].Text", typed)
            .With("Input.ProfileQuestions[0].Options[1].TextEn", "Woman");
        using var saved = await admin.PostAsync($"{Editor}/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = WebUtility.HtmlDecode(await admin.GetHtmlAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("Đã sửa trực tiếp nội dung mẫu phiếu phiên bản 1", list, StringComparison.Ordinal);
        var versions = await portal.WithDbAsync(db => db.Questionnaires.Where(q => q.Code == "thu-tai-cho").Select(q => new { q.Id, q.Version }).ToListAsync());
        var only = Assert.Single(versions);
        Assert.Equal((id, 1), (only.Id, only.Version));
        Assert.Equal(criterionIds, await CriterionIdsAsync(id));
        var text = await portal.WithDbAsync(db => db.Criteria.Where(c => c.Id == criterionIds[0]).Select(c => c.Text).SingleAsync());
        Assert.Equal("Nơi chờ rộng rãi, thoáng mát".Normalize(NormalizationForm.FormC), text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Woman", await portal.WithDbAsync(db => db.ProfileOptions.Where(o => o.Code == "nu" && db.ProfileQuestions.Any(p => p.Id == o.ProfileQuestionId && p.QuestionnaireId == id)).Select(o => o.TextEn).SingleAsync()));

        // The audit log says who changed which wording.
        var adminId = await portal.UserIdAsync(DemoUsers.Administrator);
        var entityId = criterionIds[0].ToString(CultureInfo.InvariantCulture);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == adminId && a.EntityType == nameof(Criterion) && a.EntityId == entityId).SingleAsync());
        Assert.Contains("thoáng mát", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correcting_a_version_with_responses_makes_the_next_version_and_the_answers_keep_the_old_wording()
    {
        const string oldText = "Nơi ngồi chờ có đủ chỗ ngồi";
        const string newText = "Nơi ngồi chờ rộng rãi, có đủ chỗ ngồi";
        var v1 = await portal.WithDbAsync(db => db.Questionnaires.Where(q => q.Code == "sipas-2017" && q.Version == 1).Select(q => q.Id).SingleAsync());
        var procedureId = await portal.ProcedureIdAsync(DossierClient.Legalisation);
        using var office = await SignedInAsync(DemoUsers.Office);
        using (var round = await office.PostFormAsync("/quan-ly-khao-sat/dot/moi", "/quan-ly-khao-sat/dot/moi",
        [
            new("Input.Name", "Khảo sát phiên bản 1"), new("Input.Slug", "phien-ban-1"), new("Input.QuestionnaireId", v1.ToString(CultureInfo.InvariantCulture)),
            new("Input.OpensOn", "2019-05-01"), new("Input.ClosesOn", "2019-06-30"), new("Input.IsOpen", "true"),
            new("Input.ProcedureIds", procedureId.ToString(CultureInfo.InvariantCulture)),
        ]))
        {
            Assert.Equal(HttpStatusCode.Redirect, round.StatusCode);
        }

        var roundId = await portal.WithDbAsync(db => db.SurveyRounds.Where(r => r.Slug == "phien-ban-1").Select(r => r.Id).SingleAsync());
        using var citizen = portal.CreatePortalClient();
        var survey = await citizen.GetHtmlAsync("/khao-sat/phien-ban-1");
        portal.FakeClock.Advance(TimeSpan.FromMinutes(3));
        using (var answered = await citizen.PostAsync("/khao-sat/phien-ban-1", SurveyClient.Answers(survey, i => i == 0 ? 2 : 5, procedureId)))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        using var admin = await SignedInAsync(DemoUsers.Administrator);
        using var other = await SignedInAsync(DemoUsers.Administrator);
        var html = WebUtility.HtmlDecode(await admin.GetHtmlAsync($"{Editor}/{v1}"));
        var otherHtml = await other.GetHtmlAsync($"{Editor}/{v1}");
        Assert.Contains("Phiên bản 1 đã có <strong>1 phiếu trả lời</strong> nên được giữ nguyên", html, StringComparison.Ordinal);
        Assert.Contains("Khảo sát phiên bản 1", html, StringComparison.Ordinal);

        // Saving without a change makes no version.
        using (var unchanged = await admin.PostAsync($"{Editor}/{v1}", QuestionnaireForm.Fields(html)))
        {
            Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
            Assert.Contains("Không có nội dung nào thay đổi", WebUtility.HtmlDecode(await admin.GetHtmlAsync(Editor)), StringComparison.Ordinal);
        }

        Assert.Equal(1, await portal.WithDbAsync(db => db.Questionnaires.CountAsync(q => q.Code == "sipas-2017")));
        var fields = QuestionnaireForm.Fields(html)
            .With("Input.Elements[0].Criteria[0].Text", newText)
            .With("Input.Elements[0].Criteria[0].TextEn", "The waiting area is roomy and has enough seats");
        using var saved = await admin.PostAsync($"{Editor}/{v1}", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = WebUtility.HtmlDecode(await admin.GetHtmlAsync(Editor));
        Assert.Contains("Phiên bản cũ đã có 1 phiếu trả lời nên được giữ nguyên; đã tạo mẫu phiếu phiên bản 2", list, StringComparison.Ordinal);
        var (old, next) = await portal.WithDbAsync(async db =>
        {
            var versions = await db.Questionnaires.AsNoTracking().AsSplitQuery().Where(q => q.Code == "sipas-2017")
                .Include(q => q.Elements).ThenInclude(e => e.Criteria).Include(q => q.ProfileQuestions).ThenInclude(p => p.Options)
                .OrderBy(q => q.Version).ToListAsync();
            return (versions[0], versions[^1]);
        });
        Assert.Equal((v1, 1, 2), (old.Id, old.Version, next.Version));
        Assert.Equal(oldText, Criterion11(old).Text);
        Assert.Equal(newText, Criterion11(next).Text);
        Assert.Equal("The waiting area is roomy and has enough seats", Criterion11(next).TextEn);

        // The same structure and every other text, in new rows.
        Assert.Equal(Shape(old), Shape(next));
        Assert.Equal(Texts(old).Where(t => t != oldText && t != "The waiting area has enough seats"), Texts(next).Where(t => t != newText && t != "The waiting area is roomy and has enough seats"));
        Assert.Empty(old.Elements.SelectMany(e => e.Criteria).Select(c => c.Id).Intersect(next.Elements.SelectMany(e => e.Criteria).Select(c => c.Id)));
        Assert.Empty(old.ProfileQuestions.SelectMany(p => p.Options).Select(o => o.Id).Intersect(next.ProfileQuestions.SelectMany(p => p.Options).Select(o => o.Id)));

        // The round, the response and its answers stay on version 1; the indices read its wording.
        Assert.Equal(v1, await portal.WithDbAsync(db => db.SurveyRounds.Where(r => r.Id == roundId).Select(r => r.QuestionnaireId).SingleAsync()));
        var response = await portal.WithDbAsync(db => db.SurveyResponses.Include(r => r.Answers).SingleAsync(r => r.SurveyRoundId == roundId));
        Assert.Equal(v1, response.QuestionnaireId);
        Assert.Equal(old.Elements.SelectMany(e => e.Criteria).Select(c => c.Id).Order(), response.Answers.Select(a => a.CriterionId).Order());
        var results = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/ket-qua-khao-sat/chi-tiet?dot={roundId}"));
        Assert.Contains($"1.1. {oldText}", results, StringComparison.Ordinal);
        Assert.DoesNotContain(newText, results, StringComparison.Ordinal);
        Assert.Contains(oldText, WebUtility.HtmlDecode(await citizen.GetHtmlAsync("/khao-sat/phien-ban-1")), StringComparison.Ordinal);

        // The Office can pick version 2 for its next round.
        Assert.Contains($"<option selected=\"selected\" value=\"{next.Id}\">", await office.GetHtmlAsync("/quan-ly-khao-sat/dot/moi"), StringComparison.Ordinal);

        // A second administrator who opened version 1 before version 2 existed is told so, and no version 3 appears.
        using var late = await other.PostAsync($"{Editor}/{v1}", QuestionnaireForm.Fields(otherHtml).With("Input.Elements[0].Criteria[0].Text", "Nơi chờ sạch sẽ"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var refused = WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync());
        Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", refused, StringComparison.Ordinal);
        Assert.Contains("Nơi chờ sạch sẽ", refused, StringComparison.Ordinal);
        Assert.Equal(2, await portal.WithDbAsync(db => db.Questionnaires.CountAsync(q => q.Code == "sipas-2017")));
    }

    [Fact]
    public async Task Bad_input_gets_Vietnamese_messages_beside_the_fields_and_in_the_summary_and_nothing_is_saved()
    {
        var id = await InsertQuestionnaireAsync("thu-loi");
        var before = await TextsAsync(id);
        using var admin = await SignedInAsync(DemoUsers.Administrator);
        var html = await admin.GetHtmlAsync($"{Editor}/{id}");
        var tooLong = new string('x', 201);
        var fields = QuestionnaireForm.Fields(html)
            .With("Input.Title", "")
            .With("Input.TitleEn", tooLong)
            .With("Input.Elements[0].Criteria[1].TextEn", "   ")
            .With("Input.ProfileQuestions[0].Options[0].Text", "");

        using var response = await admin.PostAsync($"{Editor}/{id}", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var errors = PortalClient.FieldErrors(page);
        Assert.Equal("Vui lòng nhập tên mẫu phiếu (tiếng Việt).", errors["Input.Title"]);
        Assert.Equal("Tên mẫu phiếu (tiếng Anh) không được dài quá 200 ký tự.", errors["Input.TitleEn"]);
        Assert.Equal("Vui lòng nhập nội dung tiêu chí 1.2 (tiếng Anh).", errors["Input.Elements[0].Criteria[1].TextEn"]);
        Assert.Equal("Vui lòng nhập lựa chọn 1 của câu hỏi 1 về người trả lời (tiếng Việt).", errors["Input.ProfileQuestions[0].Options[0].Text"]);
        Assert.Equal(4, errors.Count);
        Assert.Contains("<a href=\"#Input_Elements_0__Criteria_1__TextEn\" class=\"alert-link\">Vui lòng nhập nội dung tiêu chí 1.2 (tiếng Anh).</a>", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{tooLong}\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await TextsAsync(id));
    }

    [Fact]
    public async Task Two_administrators_correcting_one_version_the_second_is_told_and_keeps_what_they_typed()
    {
        var id = await InsertQuestionnaireAsync("thu-dong-thoi");
        using var first = await SignedInAsync(DemoUsers.Administrator);
        using var second = await SignedInAsync(DemoUsers.Administrator);
        var form1 = await first.GetHtmlAsync($"{Editor}/{id}");
        var form2 = await second.GetHtmlAsync($"{Editor}/{id}");

        using var saved = await first.PostAsync($"{Editor}/{id}", QuestionnaireForm.Fields(form1).With("Input.Title", "Phiếu do người thứ nhất sửa"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var conflict = await second.PostAsync($"{Editor}/{id}", QuestionnaireForm.Fields(form2).With("Input.TitleEn", "Form corrected by the second"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var shown = await conflict.Content.ReadAsStringAsync();
        var page = WebUtility.HtmlDecode(shown);
        Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Form corrected by the second\"", page, StringComparison.Ordinal);
        var stored = await portal.WithDbAsync(db => db.Questionnaires.Where(q => q.Id == id).Select(q => new { q.Title, q.TitleEn }).SingleAsync());
        Assert.Equal(new { Title = "Phiếu do người thứ nhất sửa", TitleEn = "Trial form" }, stored);

        // Having read the warning, the second saves the page as shown: it now carries the stamp of the stored version.
        using var again = await second.PostAsync($"{Editor}/{id}", QuestionnaireForm.Fields(shown).With("Input.Title", "Phiếu do người thứ nhất sửa"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        stored = await portal.WithDbAsync(db => db.Questionnaires.Where(q => q.Id == id).Select(q => new { q.Title, q.TitleEn }).SingleAsync());
        Assert.Equal(new { Title = "Phiếu do người thứ nhất sửa", TitleEn = "Form corrected by the second" }, stored);
    }

    private static Criterion Criterion11(Questionnaire q) => q.Elements.Single(e => e.Number == 1).Criteria.Single(c => c.Number == 1);

    private static List<string> Shape(Questionnaire q) =>
    [
        .. q.Elements.OrderBy(e => e.Number).SelectMany(e => e.Criteria.OrderBy(c => c.Number).Select(c => $"{e.Number}.{c.Number}")),
        .. q.ProfileQuestions.OrderBy(p => p.SortOrder).SelectMany(p => p.Options.OrderBy(o => o.SortOrder).Select(o => $"{p.SortOrder}:{p.Code}/{o.SortOrder}:{o.Code}")),
    ];

    private static List<string> Texts(Questionnaire q) =>
    [
        q.Title, q.TitleEn, q.OverallQuestion, q.OverallQuestionEn,
        .. q.Elements.OrderBy(e => e.Number).SelectMany(e => (string[])[e.Name, e.NameEn, .. e.Criteria.OrderBy(c => c.Number).SelectMany(c => (string[])[c.Text, c.TextEn])]),
        .. q.ProfileQuestions.OrderBy(p => p.SortOrder).SelectMany(p => (string[])[p.Text, p.TextEn, .. p.Options.OrderBy(o => o.SortOrder).SelectMany(o => (string[])[o.Text, o.TextEn])]),
    ];

    private Task<List<string>> TextsAsync(int id) => portal.WithDbAsync(async db => Texts(await db.Questionnaires.AsNoTracking().AsSplitQuery()
        .Include(q => q.Elements).ThenInclude(e => e.Criteria).Include(q => q.ProfileQuestions).ThenInclude(p => p.Options)
        .SingleAsync(q => q.Id == id)));

    private Task<List<int>> CriterionIdsAsync(int questionnaireId) =>
        portal.WithDbAsync(db => db.Criteria.Where(c => db.SurveyElements.Any(e => e.Id == c.SurveyElementId && e.QuestionnaireId == questionnaireId))
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

    /// <summary>A small questionnaire of its own (one element, two criteria, one profile question), so the test does not depend on the seeded one.</summary>
    private Task<int> InsertQuestionnaireAsync(string code) => portal.WithDbAsync(async db =>
    {
        var questionnaire = new Questionnaire
        {
            Code = code,
            Version = 1,
            Title = "Phiếu thử",
            TitleEn = "Trial form",
            OverallQuestion = "Ông/Bà hài lòng như thế nào?",
            OverallQuestionEn = "How satisfied are you?",
            CreatedAtUtc = new DateTime(2019, 5, 1, 1, 0, 0, DateTimeKind.Utc),
            Elements =
            [
                new SurveyElement
                {
                    Number = 1,
                    Name = "Tiếp cận dịch vụ",
                    NameEn = "Access to the service",
                    Criteria =
                    [
                        new Criterion { Number = 1, Text = "Nơi chờ rộng", TextEn = "The waiting area is roomy" },
                        new Criterion { Number = 2, Text = "Trang thiết bị đầy đủ", TextEn = "The equipment is sufficient" },
                    ],
                },
            ],
            ProfileQuestions =
            [
                new ProfileQuestion
                {
                    Code = "gioi-tinh",
                    SortOrder = 1,
                    Text = "Giới tính",
                    TextEn = "Gender",
                    Options =
                    [
                        new ProfileOption { Code = "nam", SortOrder = 1, Text = "Nam", TextEn = "Male" },
                        new ProfileOption { Code = "nu", SortOrder = 2, Text = "Nữ", TextEn = "Female" },
                    ],
                },
            ],
        };
        db.Questionnaires.Add(questionnaire);
        await db.SaveChangesAsync();
        return questionnaire.Id;
    });

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);
        return client;
    }
}
