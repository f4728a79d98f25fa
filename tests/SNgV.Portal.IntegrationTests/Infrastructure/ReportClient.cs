using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The periodic-report forms, as a browser posts them: create, submit to the Leadership, approve.</summary>
public static partial class ReportClient
{
    public static async Task<int> CreateQuarterlyReportAsync(this HttpClient office, string planId, int year, int quarter)
    {
        var formUrl = $"/bao-cao-dinh-ky/tao?loai=Quarterly&nam={year}&quy={quarter}";
        var form = await office.GetHtmlAsync(formUrl);
        using var created = await office.PostFormAsync(formUrl, "/bao-cao-dinh-ky/tao",
        [
            new("Input.PlanId", planId), new("Input.Kind", "Quarterly"), new("Input.Year", year.ToString(CultureInfo.InvariantCulture)),
            new("Input.Quarter", quarter.ToString(CultureInfo.InvariantCulture)),
            new("Input.DataFrom", InputValue(form, "Input.DataFrom")), new("Input.DataTo", InputValue(form, "Input.DataTo")),
            new("Input.Summary", WebUtility.HtmlDecode(InputValue(form, "Input.Summary"))),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>"Trình Lãnh đạo": the Office submits the draft for approval.</summary>
    public static async Task SubmitReportAsync(this HttpClient office, int id)
    {
        var page = await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        var stamp = StampField().Match(page).Groups[1].Value;
        using var response = await office.PostAsync($"/bao-cao-dinh-ky/{id}/trinh",
            new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("concurrencyStamp", stamp)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The Leadership approves with the number and date the form proposes.</summary>
    public static async Task ApproveReportAsync(this HttpClient leader, int id)
    {
        var page = await leader.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        using var response = await leader.PostAsync($"/bao-cao-dinh-ky/{id}/phe-duyet", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("Verdict.ConcurrencyStamp", InputValue(page, "Verdict.ConcurrencyStamp")),
            new("Verdict.Decision", "approve"), new("Verdict.Comment", ""),
            new("Verdict.Number", InputValue(page, "Verdict.Number")), new("Verdict.IssuedOn", InputValue(page, "Verdict.IssuedOn")),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string InputValue(string page, string name) =>
        Regex.Match(page, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("name=\"concurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampField();
}
