using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>
/// Issue 14, done-when 1, in a browser: a visitor fills the English survey badly and sends it. Every text the page
/// shows outside what is marked <c>lang="vi"</c> (procedure names, the switch to Vietnamese) is English, the error
/// summary has the focus, the title says "Error: " and the messages follow the form from top to bottom.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class EnglishSurveyBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    private const string Round = "tieng-anh";

    /// <summary>
    /// The visible text nodes and the labels read aloud (aria-label, title, placeholder, alt) of the page, outside
    /// elements whose language is Vietnamese, that hold a letter only Vietnamese writes: ă â đ ê ô ơ ư and the
    /// tone-marked vowels, in either case.
    /// </summary>
    private const string VietnameseOutsideLangVi = """
        () => {
          const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
          const inVietnamese = e => (e.closest('[lang]')?.getAttribute('lang') || '').toLowerCase().startsWith('vi');
          const shown = e => e.checkVisibility({ visibilityProperty: true }) && !e.closest('[aria-hidden="true"]');
          const found = [];
          if (vietnamese.test(document.title)) found.push('title: ' + document.title);
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName) || inVietnamese(parent)) continue;
            if (parent.tagName !== 'OPTION' && !shown(parent)) continue;
            if (vietnamese.test(node.nodeValue)) found.push(`<${parent.tagName.toLowerCase()}> ${node.nodeValue.trim()}`);
          }
          for (const e of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
            if (inVietnamese(e)) continue;
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
              const value = e.getAttribute(name);
              if (value && vietnamese.test(value)) found.push(`<${e.tagName.toLowerCase()} ${name}> ${value}`);
            }
          }
          return JSON.stringify(found);
        }
        """;

    /// <summary>For each link of the error summary, where its field is in the form (-1: no such field).</summary>
    private const string SummaryTargetsInFormOrder = """
        () => {
          const fields = [...document.querySelectorAll('#survey-form input, #survey-form select, #survey-form textarea')];
          return JSON.stringify([...document.querySelectorAll('.validation-summary a[href^="#"]')]
            .map(a => fields.indexOf(document.getElementById(a.getAttribute('href').slice(1)))));
        }
        """;

    [Fact]
    public async Task A_badly_filled_English_survey_answers_in_English_with_the_summary_focused_and_the_errors_in_form_order()
    {
        await EnsureRoundAsync();
        var page = await browser.NewPageAsync(portal, 375, 800);

        // The check sees Vietnamese where there is some: the same form in Vietnamese, its page marked English.
        await page.GotoAsync($"/khao-sat/{Round}?lang=vi");
        await page.EvaluateAsync("() => document.documentElement.setAttribute('lang', 'en')");
        Assert.Contains(await VietnameseShownAsync(page), text => text.Contains("Gửi phiếu khảo sát", StringComparison.Ordinal));

        await page.GotoAsync($"/khao-sat/{Round}?lang=en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Satisfaction survey", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await VietnameseShownAsync(page));

        // No procedure chosen, two statements answered out of 22, no overall rating.
        var criteria = page.Locator("fieldset.survey-criterion");
        await criteria.Nth(0).Locator("input[value='4']").CheckAsync();
        await criteria.Nth(2).GetByLabel("Not applicable", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Other comments (optional)").FillAsync("The waiting room was cold.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the survey" }).ClickAsync();

        var summary = page.Locator(".validation-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Please check the following:");
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        var messages = await summary.Locator("li").AllInnerTextsAsync();
        Assert.Equal(22, messages.Count);
        Assert.Equal("Please choose the procedure you used.", messages[0]);
        Assert.Equal("Please answer statement 1.2 (choose \"Not applicable\" if it does not apply to you).", messages[1]);
        Assert.Equal("Please answer statement 1.4 (choose \"Not applicable\" if it does not apply to you).", messages[2]);
        Assert.Equal("Please tell us how satisfied you are overall.", messages[^1]);

        var targets = JsonSerializer.Deserialize<List<int>>(await page.EvaluateAsync<string>(SummaryTargetsInFormOrder))!;
        Assert.Equal(messages.Count, targets.Count);
        Assert.DoesNotContain(-1, targets);
        Assert.Equal(targets.Order(), targets);

        // What was typed and chosen is still there, and the whole page, messages beside the fields included, is English.
        await Assertions.Expect(page.GetByLabel("Other comments (optional)")).ToHaveValueAsync("The waiting room was cold.");
        await Assertions.Expect(criteria.Nth(0).Locator("input[value='4']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".survey-criterion.has-error")).ToHaveCountAsync(20);
        var vietnamese = await VietnameseShownAsync(page);
        Assert.True(vietnamese.Count == 0, "Vietnamese on the English page:" + Environment.NewLine + string.Join(Environment.NewLine, vietnamese));
        await Accessibility.AssertWcag21AaAsync(page);
    }

    private static async Task<List<string>> VietnameseShownAsync(IPage page) =>
        JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>(VietnameseOutsideLangVi))!;

    private async Task EnsureRoundAsync()
    {
        if (!await portal.WithDbAsync(db => db.SurveyRounds.AnyAsync(r => r.Slug == Round)))
        {
            using var office = portal.CreatePortalClient();
            await office.SignInSuccessfullyAsync(DemoUsers.Office);
            await office.CreateRoundAsync(Round, await portal.ProcedureIdAsync(DossierClient.Legalisation));
        }
    }
}
