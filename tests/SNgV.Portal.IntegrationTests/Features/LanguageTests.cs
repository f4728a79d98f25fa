using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// The language of a public page is in its address (ADR 0013): <c>?lang=en</c> wins over the cookie and sets it, each
/// bilingual page names its two addresses (canonical, hreflang) from <c>Portal:PublicBaseUrl</c>, internal pages stay
/// Vietnamese, and the survey's switch keeps the answers. Every message of a badly filled English survey is English.
/// </summary>
public sealed partial class LanguageTests(PublicAddressPortalFactory portal) : IClassFixture<PublicAddressPortalFactory>
{
    private const string Base = PublicAddressPortalFactory.PublicBaseUrl;
    private const string Slug = "ngon-ngu";

    [Fact]
    public async Task A_first_visit_with_lang_en_is_English_names_both_addresses_and_is_remembered()
    {
        using var visitor = portal.CreatePortalClient();

        using var first = await visitor.GetAsync("/thu-tuc?q=visa&lang=en");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(Link("canonical", null, $"{Base}/thu-tuc?q=visa&lang=en"), html, StringComparison.Ordinal);
        Assert.Contains(Link("alternate", "vi", $"{Base}/thu-tuc?q=visa"), html, StringComparison.Ordinal);
        Assert.Contains(Link("alternate", "en", $"{Base}/thu-tuc?q=visa&lang=en"), html, StringComparison.Ordinal);
        Assert.Contains(Link("alternate", "x-default", $"{Base}/thu-tuc?q=visa"), html, StringComparison.Ordinal);
        Assert.Contains("en-gb", SecurityTests.Cookie(first, ".AspNetCore.Culture"), StringComparison.Ordinal);

        // The switch is a link to the same page in Vietnamese, which then wins over the cookie.
        Assert.Matches("<a href=\"/thu-tuc\\?q=visa&amp;lang=vi\"[^>]*>\\s*<svg[^>]*>.*?</svg> Tiếng Việt", html);

        // The page's own links carry no parameter: the cookie keeps the next page English.
        var lookup = await visitor.GetHtmlAsync("/tra-cuu-ho-so");
        Assert.Contains("<html lang=\"en\">", lookup, StringComparison.Ordinal);
        Assert.Contains(Link("canonical", null, $"{Base}/tra-cuu-ho-so?lang=en"), lookup, StringComparison.Ordinal);

        // Internal pages ignore the parameter and name no language versions.
        var login = await visitor.GetHtmlAsync("/dang-nhap?lang=en");
        Assert.Contains("<html lang=\"vi\">", login, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"canonical\"", login, StringComparison.Ordinal);

        var vietnamese = await visitor.GetHtmlAsync("/tra-cuu-ho-so?lang=vi");
        Assert.Contains("<html lang=\"vi\">", vietnamese, StringComparison.Ordinal);
        Assert.Contains(Link("canonical", null, $"{Base}/tra-cuu-ho-so"), vietnamese, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", await visitor.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_badly_filled_English_survey_is_answered_in_English_in_the_order_of_the_form()
    {
        var procedureId = await EnsureRoundAsync();
        using var visitor = portal.CreatePortalClient();
        var html = await visitor.GetHtmlAsync($"/khao-sat/{Slug}?lang=en");
        var ids = SurveyClient.CriterionIds(html);

        // A procedure not in the list, the first criterion left out, a 7 on the second, letters on the third, no
        // overall answer, a comment too long and the honeypot filled.
        var fields = SurveyClient.Answers(html, i => i switch { 0 => null, 1 => 7, 2 => null, _ => 4 }, 999_999, overall: null, comment: new string('x', 2001));
        fields.Add(new($"Input.Answers[{ids[2]}]", "abc"));
        fields.RemoveAll(f => f.Key == "Input.Website");
        fields.Add(new("Input.Website", new string('w', 300)));
        using var response = await visitor.PostAsync($"/khao-sat/{Slug}", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Error: Satisfaction survey", TitleOf(page), StringComparison.Ordinal);
        var summary = SummaryItems(page);
        Assert.Equal(
        [
            "Please choose the procedure you used from the list.",
            "Please answer statement 1.1 (choose \"Not applicable\" if it does not apply to you).",
            "Please choose a rating from 1 to 5, or \"Not applicable\".",
            "\"abc\" is not a valid value.",
            "Please tell us how satisfied you are overall.",
            "Your comments must be 2000 characters or fewer.",
            "This field must be left empty.",
        ], summary);
        Assert.Contains("<h2 id=\"loi-tieu-de\" class=\"h6 mb-2\">Please check the following:</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_survey_switch_keeps_the_answers_and_the_token_and_stores_nothing()
    {
        var procedureId = await EnsureRoundAsync();
        using var visitor = portal.CreatePortalClient();
        var html = await visitor.GetHtmlAsync($"/khao-sat/{Slug}");
        var ids = SurveyClient.CriterionIds(html);
        Assert.Matches($"<button type=\"submit\" form=\"survey-form\" formaction=\"/khao-sat/{Slug}\\?lang=en\" formnovalidate name=\"Input.SwitchLanguage\" value=\"true\"", html);
        var before = await portal.WithDbAsync(db => db.SurveyResponses.CountAsync());

        // Half filled: 3 on the first criterion, the rest not yet answered.
        var fields = SurveyClient.Answers(html, i => i == 0 ? 3 : null, procedureId, overall: null, comment: "Đang điền dở.");
        fields.Add(new("Input.SwitchLanguage", "true"));
        using var response = await visitor.PostAsync($"/khao-sat/{Slug}?lang=en", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("validation-summary", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"Input_Answers_{ids[0]}__3\" name=\"Input.Answers[{ids[0]}]\" value=\"3\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Matches($"<option (?=[^>]*selected=\"selected\")[^>]*value=\"{procedureId}\"", page);
        Assert.Contains("Đang điền dở.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(SurveyClient.HiddenValue(html, "Input.FormToken"), SurveyClient.HiddenValue(page, "Input.FormToken"));
        Assert.Equal(SurveyClient.HiddenValue(html, "Input.FormStamp"), SurveyClient.HiddenValue(page, "Input.FormStamp"));
        Assert.Matches($"formaction=\"/khao-sat/{Slug}\\?lang=vi\"", page);
        Assert.Equal(before, await portal.WithDbAsync(db => db.SurveyResponses.CountAsync()));
    }

    [Fact]
    public async Task Every_progress_bar_of_the_English_plan_page_is_labelled_in_English()
    {
        using var visitor = portal.CreatePortalClient();

        var english = await visitor.GetHtmlAsync("/ke-hoach?lang=en");
        var vietnamese = await visitor.GetHtmlAsync("/ke-hoach?lang=vi");

        var bars = ProgressBarPattern().Count(vietnamese);
        Assert.True(bars > 0, "The plan page shows no progress bar.");
        Assert.Equal(bars, Regex.Count(vietnamese, "role=\"progressbar\" aria-label=\"Tỷ lệ hoàn thành\""));
        Assert.Equal(bars, ProgressBarPattern().Count(english));
        Assert.Equal(bars, Regex.Count(english, "role=\"progressbar\" aria-label=\"Completion rate\""));
    }

    [Fact]
    public async Task English_task_counts_say_task_for_one_and_tasks_for_more()
    {
        using var visitor = portal.CreatePortalClient();

        foreach (var url in new[] { "/?lang=en", "/ke-hoach?lang=en" })
        {
            var counts = TaskCountPattern().Matches(await visitor.GetHtmlAsync(url)).ToList();
            Assert.NotEmpty(counts);
            Assert.All(counts, m => Assert.Equal(m.Groups[1].Value == "1", m.Groups[2].Value == "task"));
        }
    }

    private static string Link(string rel, string? hreflang, string href) =>
        $"<link rel=\"{rel}\"{(hreflang is null ? "" : $" hreflang=\"{hreflang}\"")} href=\"{WebUtility.HtmlEncode(href)}\">";

    private static string TitleOf(string html) => TitlePattern().Match(html).Groups[1].Value;

    private static List<string> SummaryItems(string html) =>
        SummaryPattern().Match(html).Groups[1].Value is var summary
            ? ItemPattern().Matches(summary).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim()).ToList()
            : [];

    private async Task<int> EnsureRoundAsync()
    {
        var procedureId = await portal.ProcedureIdAsync(DossierClient.Legalisation);
        if (!await portal.WithDbAsync(db => db.SurveyRounds.AnyAsync(r => r.Slug == Slug)))
        {
            using var office = portal.CreatePortalClient();
            await office.SignInSuccessfullyAsync(DemoUsers.Office);
            await office.CreateRoundAsync(Slug, procedureId);
        }

        return procedureId;
    }

    [GeneratedRegex("\\b(\\d+) (tasks?)\\b")]
    private static partial Regex TaskCountPattern();

    [GeneratedRegex("role=\"progressbar\"")]
    private static partial Regex ProgressBarPattern();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<div class=\"alert alert-danger validation-summary\"[\\s\\S]*?<ul class=\"mb-0\">([\\s\\S]*?)</ul>")]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<li>([\\s\\S]*?)</li>")]
    private static partial Regex ItemPattern();
}
