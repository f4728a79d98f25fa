using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The public satisfaction survey: one response per form, bad input kept, invitations answered once, abuse flagged.</summary>
public sealed class SurveyTests(SurveyPortalFactory portal) : IClassFixture<SurveyPortalFactory>
{
    private const string Slug = "2019-q2";

    [Fact]
    public async Task A_mistyped_round_link_says_so_and_offers_the_open_round()
    {
        await EnsureRoundAsync();
        using var citizen = portal.CreatePortalClient();

        using var response = await citizen.GetAsync("/khao-sat/2019-q9");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không có đợt khảo sát nào theo đường dẫn này", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/khao-sat/{Slug}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hiện không có đợt khảo sát nào đang mở", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_is_recorded_once_even_when_the_form_is_sent_twice()
    {
        var procedureId = await EnsureRoundAsync();
        using var citizen = portal.CreatePortalClient();
        var html = await citizen.GetHtmlAsync("/khao-sat");
        Assert.Equal(22, SurveyClient.CriterionIds(html).Count);
        portal.FakeClock.Advance(TimeSpan.FromMinutes(3));

        // 5 on every criterion, "không áp dụng" on the 2nd and 3rd.
        var fields = SurveyClient.Answers(html, i => i is 1 or 2 ? 0 : 5, procedureId, comment: "Cán bộ nhiệt tình.");
        using var first = await citizen.PostAsync($"/khao-sat/{Slug}", fields);
        using var second = await citizen.PostAsync($"/khao-sat/{Slug}", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var reference = first.Headers.Location!.OriginalString["/khao-sat/da-gui/".Length..];
        var thanks = await citizen.GetHtmlAsync(first.Headers.Location!.OriginalString);
        Assert.Contains(reference, thanks, StringComparison.Ordinal);
        Assert.Contains("Điều gì diễn ra tiếp theo", thanks, StringComparison.Ordinal);
        Assert.Contains("không ghi tên", WebUtility.HtmlDecode(thanks), StringComparison.Ordinal);
        Assert.Contains("href=\"/ket-qua-khao-sat\"", thanks, StringComparison.Ordinal);

        var response = await portal.WithDbAsync(db => db.SurveyResponses.Include(r => r.Answers).SingleAsync(r => r.ReferenceNumber == reference));
        Assert.Equal(22, response.Answers.Count);
        Assert.Equal(2, response.Answers.Count(a => a.Score is null));
        Assert.Equal((2019, 2), (response.ReportingYear, response.ReportingQuarter));
        Assert.Equal(SurveyChannel.Online, response.Channel);
        Assert.Equal(procedureId, response.AdministrativeProcedureId);
        Assert.Matches("^[0-9a-f]{64}$", response.AddressHash!);
        Assert.Equal(1, await portal.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.FormToken == response.FormToken)));
    }

    [Fact]
    public async Task Bad_input_gets_clear_messages_and_keeps_what_was_answered()
    {
        var procedureId = await EnsureRoundAsync();
        using var citizen = portal.CreatePortalClient();
        var html = await citizen.GetHtmlAsync("/khao-sat");
        var ids = SurveyClient.CriterionIds(html);
        var longComment = new string('x', 2001);

        // The first criterion left out, a 7 on the second, no overall answer, a comment too long.
        var fields = SurveyClient.Answers(html, i => i switch { 0 => null, 1 => 7, _ => 4 }, procedureId, overall: null, comment: longComment);
        using var response = await citizen.PostAsync($"/khao-sat/{Slug}", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng trả lời tiêu chí 1.1", page, StringComparison.Ordinal);
        Assert.Contains("Vui lòng chọn một mức từ 1 đến 5 hoặc \"Không áp dụng\".", page, StringComparison.Ordinal);
        Assert.Contains("Vui lòng cho biết mức độ hài lòng chung.", page, StringComparison.Ordinal);
        Assert.Contains("Ý kiến góp ý không được dài quá 2000 ký tự.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"#Input_Answers_{ids[0]}_\"", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"Input_Answers_{ids[2]}__4\" name=\"Input.Answers[{ids[2]}]\" value=\"4\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains(longComment, page, StringComparison.Ordinal);
        Assert.Equal(SurveyClient.HiddenValue(html, "Input.FormToken"), SurveyClient.HiddenValue(page, "Input.FormToken"));
        Assert.False(await portal.WithDbAsync(db => db.SurveyResponses.AnyAsync(r => r.Comment == longComment)));
    }

    [Fact]
    public async Task A_returned_dossier_gives_an_invitation_that_answers_once_for_its_procedure()
    {
        var procedureId = await EnsureRoundAsync();
        using var desk = await OfficeAsync();
        var dossierId = await desk.RegisterAsync(procedureId, "Trần Văn Mời", "2019-05-20T08:00");
        foreach (var step in new[] { "Processing", "ResultReady", "Returned" })
        {
            await desk.MoveSuccessfullyAsync(dossierId, step);
        }

        var details = await desk.GetHtmlAsync($"/mot-cua/{dossierId}");
        var invitation = await portal.WithDbAsync(db => db.SurveyInvitations.SingleAsync(i => i.DossierId == dossierId));
        Assert.Equal(procedureId, invitation.AdministrativeProcedureId);
        Assert.Contains($"/khao-sat/moi/{invitation.Token}", details, StringComparison.Ordinal);

        using var citizen = portal.CreatePortalClient();
        var url = $"/khao-sat/moi/{invitation.Token}";
        var html = await citizen.GetHtmlAsync(url);
        Assert.DoesNotContain("Input_ProcedureId\"", html, StringComparison.Ordinal);
        portal.FakeClock.Advance(TimeSpan.FromMinutes(3));
        using (var answered = await citizen.PostAsync(url, SurveyClient.Answers(html, _ => 4, procedureId: 999_999)))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        var response = await portal.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.SurveyInvitationId == invitation.Id));
        Assert.Equal(procedureId, response.AdministrativeProcedureId);

        // A second use, by a new form or the same link later, is refused politely.
        using var again = await citizen.GetAsync(url);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Mỗi mã chỉ dùng được một lần", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var second = await citizen.PostAsync(url, SurveyClient.Answers(html, _ => 1, procedureId) is var f ? Replace(f, "Input.FormToken", "another-form-token") : f);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyInvitationId == invitation.Id)));

        using var unknown = await citizen.GetAsync("/khao-sat/moi/KHONGCOMAMOINAY");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy mã mời khảo sát này", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_and_hurried_forms_are_kept_but_wait_for_the_Office()
    {
        var procedureId = await EnsureRoundAsync();
        using var robot = portal.CreatePortalClient();
        var html = await robot.GetHtmlAsync("/khao-sat");
        var fields = Replace(SurveyClient.Answers(html, _ => 5, procedureId), "Input.Website", "http://spam.example");

        using var response = await robot.PostAsync($"/khao-sat/{Slug}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var token = SurveyClient.HiddenValue(html, "Input.FormToken");
        var saved = await portal.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.FormToken == token));
        Assert.True(saved.Flags.HasFlag(SurveySuspicion.Honeypot));
        Assert.True(saved.Flags.HasFlag(SurveySuspicion.TooFast));
        Assert.Equal(SurveyDecision.Pending, saved.Decision);
    }

    [Fact]
    public async Task The_Office_types_in_a_paper_form_with_digits_and_decides_on_flagged_responses()
    {
        var procedureId = await EnsureRoundAsync();
        var roundId = await portal.WithDbAsync(db => db.SurveyRounds.Where(r => r.Slug == Slug).Select(r => r.Id).SingleAsync());
        using var office = await OfficeAsync();
        var url = $"/quan-ly-khao-sat/dot/{roundId}/phieu-giay";
        var html = await office.GetHtmlAsync(url);
        var elements = System.Text.RegularExpressions.Regex.Matches(html, "name=\"Input\\.Digits\\[(\\d+)\\]\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, elements.Count);
        List<KeyValuePair<string, string>> Fields(string[] digits) =>
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)),
            new("Input.FormToken", SurveyClient.HiddenValue(html, "Input.FormToken")),
            new("Input.ProcedureId", procedureId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Overall", "5"),
            .. elements.Select((e, i) => new KeyValuePair<string, string>($"Input.Digits[{e}]", digits[i])),
        ];

        // Element 2 has five criteria: four digits are refused, and the digits typed are kept.
        using (var wrong = await office.PostAsync(url, Fields(["5540", "4444", "555555", "543", "5555"])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            var page = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
            Assert.Contains("Yếu tố 2 có 5 tiêu chí: vui lòng gõ đúng 5 chữ số (đã gõ 4).", page, StringComparison.Ordinal);
            Assert.Contains("value=\"5540\"", page, StringComparison.Ordinal);
        }

        using (var saved = await office.PostAsync(url, Fields(["5540", "44444", "555555", "543", "5555"])))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var token = SurveyClient.HiddenValue(html, "Input.FormToken");
        var paper = await portal.WithDbAsync(db => db.SurveyResponses.Include(r => r.Answers).SingleAsync(r => r.FormToken == token));
        Assert.Equal(SurveyChannel.Paper, paper.Channel);
        Assert.Equal(SurveyDecision.Counted, paper.Decision);
        Assert.Null(paper.AddressHash);
        Assert.False(string.IsNullOrEmpty(paper.EnteredBy));
        Assert.Equal(1, paper.Answers.Count(a => a.Score is null));
        Assert.Equal(22, paper.Answers.Count);

        // A hurried online response waits; the Office counts it.
        using var citizen = portal.CreatePortalClient();
        var form = await citizen.GetHtmlAsync("/khao-sat");
        using (var hurried = await citizen.PostAsync($"/khao-sat/{Slug}", SurveyClient.Answers(form, _ => 3, procedureId)))
        {
            Assert.Equal(HttpStatusCode.Redirect, hurried.StatusCode);
        }

        var flaggedToken = SurveyClient.HiddenValue(form, "Input.FormToken");
        var flagged = await portal.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.FormToken == flaggedToken));
        Assert.Equal(SurveyDecision.Pending, flagged.Decision);
        var list = await office.GetHtmlAsync("/quan-ly-khao-sat/phieu-can-xem");
        Assert.Contains(flagged.ReferenceNumber, list, StringComparison.Ordinal);
        using (var decided = await office.PostFormAsync("/quan-ly-khao-sat/phieu-can-xem", $"/quan-ly-khao-sat/phieu/{flagged.Id}/quyet-dinh", [new("tinh", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        Assert.Equal(SurveyDecision.Counted, await portal.WithDbAsync(db => db.SurveyResponses.Where(r => r.Id == flagged.Id).Select(r => r.Decision).SingleAsync()));
        using var again = await office.PostFormAsync("/quan-ly-khao-sat/phieu-can-xem", $"/quan-ly-khao-sat/phieu/{flagged.Id}/quyet-dinh", [new("tinh", "false")]);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Too_many_responses_from_one_address_get_a_friendly_429_and_keep_the_answers()
    {
        var procedureId = await EnsureRoundAsync();
        portal.FakeClock.Advance(TimeSpan.FromHours(2));
        using var citizen = portal.CreatePortalClient();
        for (var i = 0; i < 20; i++)
        {
            var html = await citizen.GetHtmlAsync("/khao-sat");
            using var ok = await citizen.PostAsync($"/khao-sat/{Slug}", SurveyClient.Answers(html, _ => 4, procedureId));
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        var last = await citizen.GetHtmlAsync("/khao-sat");
        using var refused = await citizen.PostAsync($"/khao-sat/{Slug}", SurveyClient.Answers(last, _ => 4, procedureId, comment: "Phiếu thứ 21"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Xin Ông/Bà vui lòng thử lại sau ít phút", page, StringComparison.Ordinal);
        Assert.Contains("Phiếu thứ 21", page, StringComparison.Ordinal);
        portal.FakeClock.Advance(TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task Without_an_open_round_the_survey_says_so_politely()
    {
        using var citizen = portal.CreatePortalClient();
        using var response = await citizen.GetAsync("/khao-sat/khong-co-dot-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Hiện không có đợt khảo sát nào đang mở", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Replace(List<KeyValuePair<string, string>> fields, string name, string value) =>
        [.. fields.Where(f => f.Key != name), new(name, value)];

    private async Task<int> EnsureRoundAsync()
    {
        var procedureId = await portal.ProcedureIdAsync(DossierClient.Legalisation);
        if (!await portal.WithDbAsync(db => db.SurveyRounds.AnyAsync(r => r.Slug == Slug)))
        {
            using var office = await OfficeAsync();
            await office.CreateRoundAsync(Slug, procedureId);
        }

        return procedureId;
    }

    private async Task<HttpClient> OfficeAsync()
    {
        var client = portal.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        return client;
    }
}
