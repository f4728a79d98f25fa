using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The survey forms, as a browser posts them.</summary>
public static partial class SurveyClient
{
    /// <summary>The Office creates an open round over May–June 2019.</summary>
    public static async Task CreateRoundAsync(this HttpClient office, string slug, params int[] procedureIds)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", $"Khảo sát {slug}"),
            new("Input.Slug", slug),
            new("Input.OpensOn", "2019-05-01"),
            new("Input.ClosesOn", "2019-06-30"),
            new("Input.IsOpen", "true"),
        };
        var html = await office.GetHtmlAsync("/quan-ly-khao-sat/dot/moi");
        fields.Add(new("Input.QuestionnaireId", QuestionnairePattern().Match(html).Groups[1].Value));
        fields.AddRange(procedureIds.Select(p => new KeyValuePair<string, string>("Input.ProcedureIds", p.ToString(CultureInfo.InvariantCulture))));
        using var response = await office.PostFormAsync("/quan-ly-khao-sat/dot/moi", "/quan-ly-khao-sat/dot/moi", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The criterion ids of a form page, in the order shown.</summary>
    public static IReadOnlyList<int> CriterionIds(string html) =>
        CriterionPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();

    public static string HiddenValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>
    /// The fields of a filled form: <paramref name="score"/> gives each criterion's answer by position
    /// (0 = không áp dụng, null = left out).
    /// </summary>
    public static List<KeyValuePair<string, string>> Answers(string html, Func<int, int?> score, int procedureId, int? overall = 4, string comment = "")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)),
            new("Input.FormToken", HiddenValue(html, "Input.FormToken")),
            new("Input.FormStamp", HiddenValue(html, "Input.FormStamp")),
            new("Input.ProcedureId", procedureId.ToString(CultureInfo.InvariantCulture)),
            new("Input.Comment", comment),
            new("Input.Website", ""),
        };
        if (overall is { } o)
        {
            fields.Add(new("Input.Overall", o.ToString(CultureInfo.InvariantCulture)));
        }

        var ids = CriterionIds(html);
        for (var i = 0; i < ids.Count; i++)
        {
            if (score(i) is { } s)
            {
                fields.Add(new($"Input.Answers[{ids[i]}]", s.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, content);
    }

    [GeneratedRegex("name=\"Input\\.Answers\\[(\\d+)\\]\"")]
    private static partial Regex CriterionPattern();

    [GeneratedRegex("<option selected=\"selected\" value=\"(\\d+)\">")]
    private static partial Regex QuestionnairePattern();
}
