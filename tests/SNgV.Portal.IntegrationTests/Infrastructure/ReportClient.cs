using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The periodic-report forms as the Office, the units and the leadership post them, and the report's tables as they read them.</summary>
public static partial class ReportClient
{
    /// <summary>A unit sends an update on a task and the Office accepts it at once.</summary>
    public static async Task AcceptedUpdateAsync(HttpClient unit, HttpClient office, int taskId, string percent, string status, string workDone, string? difficulties = null)
    {
        using var submitted = await unit.PostProgressAsync(taskId, "submit", percent, status, workDone, difficulties: difficulties);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var queue = await office.GetHtmlAsync("/duyet-bao-cao");
        var updateId = int.Parse(ReviewLink().Match(queue).Groups[1].Value, CultureInfo.InvariantCulture);
        using var accepted = await office.ReviewAsync(updateId, "accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    /// <summary>Creates a draft of plan 95/KH-SNgV; returns its id.</summary>
    public static async Task<int> CreateAsync(PortalFactory factory, HttpClient office, ReportKind kind, int? quarter, string from, string to, string summary)
    {
        var planId = await factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString(CultureInfo.InvariantCulture)).SingleAsync());
        using var created = await office.PostFormAsync($"/bao-cao-dinh-ky/tao?loai={kind}&nam=2019", "/bao-cao-dinh-ky/tao",
            [new("Input.PlanId", planId), new("Input.Kind", kind.ToString()), new("Input.Year", "2019"), new("Input.Quarter", quarter?.ToString(CultureInfo.InvariantCulture) ?? ""),
             new("Input.DataFrom", from), new("Input.DataTo", to), new("Input.Summary", summary)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>Saves the draft form as the page filled it, with a new general assessment.</summary>
    public static async Task SaveGeneralAssessmentAsync(HttpClient office, int id, string assessment)
    {
        var page = await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        string Value(string name) => WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);
        string Area(string name) => WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\"[^>]*>([^<]*)</textarea>").Groups[1].Value);
        using var saved = await office.PostAsync($"/bao-cao-dinh-ky/{id}", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)),
            new("Text.ConcurrencyStamp", Value("Text.ConcurrencyStamp")),
            new("Text.Summary", Value("Text.Summary")),
            new("Text.GeneralAssessment", assessment),
            // A browser sends a textarea back with CRLF line endings.
            new("Text.Shortcomings", Area("Text.Shortcomings").Replace("\n", "\r\n", StringComparison.Ordinal)),
            new("Text.Difficulties", Area("Text.Difficulties").Replace("\n", "\r\n", StringComparison.Ordinal)),
            new("Text.NextTasks", Area("Text.NextTasks").Replace("\n", "\r\n", StringComparison.Ordinal)),
            new("Text.Proposals", Area("Text.Proposals").Replace("\n", "\r\n", StringComparison.Ordinal)),
            new("Text.SignerAuthority", Value("Text.SignerAuthority")),
            new("Text.SignerTitle", Value("Text.SignerTitle")),
            new("Text.SignerName", Value("Text.SignerName")),
            new("Text.Recipients", Area("Text.Recipients").Replace("\n", "\r\n", StringComparison.Ordinal)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>Posts one of the report's small forms (trình, đề xuất lại…) with the stamp and token of <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostStampedAsync(HttpClient client, string page, string url, params KeyValuePair<string, string>[] fields)
    {
        var stamp = StampField().Match(page).Groups[1].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("concurrencyStamp", stamp), .. fields]));
    }

    /// <summary>Returns a submitted report with a comment, as the leadership's form does.</summary>
    public static async Task ReturnAsync(HttpClient leader, int id, string comment)
    {
        var page = await leader.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        var stamp = Regex.Match(page, "name=\"Verdict.ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        using var response = await leader.PostAsync($"/bao-cao-dinh-ky/{id}/phe-duyet", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("Verdict.ConcurrencyStamp", stamp),
            new("Verdict.Decision", "return"), new("Verdict.Comment", comment),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

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

    /// <summary>The "Tổng cộng" row of the overview table (section I.1): tasks, completed, in progress, not started or paused, late.</summary>
    public static OverviewTotals Overview(string html)
    {
        var match = TotalRow().Match(WebUtility.HtmlDecode(html));
        Assert.True(match.Success, "The report has no overview table.");
        int At(int group) => int.Parse(match.Groups[group].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN"));
        return new OverviewTotals(At(1), At(2), At(3), At(4), At(5));
    }

    [GeneratedRegex("/duyet-bao-cao/(\\d+)")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("name=\"concurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampField();

    [GeneratedRegex(@"<tr>\s*<td>Tổng cộng</td>\s*<td>([\d.]+)</td>\s*<td>([\d.]+)</td>\s*<td>([\d.]+)</td>\s*<td>([\d.]+)</td>\s*<td>([\d.]+)</td>")]
    private static partial Regex TotalRow();
}

public sealed record OverviewTotals(int Tasks, int Completed, int InProgress, int NotStartedOrPaused, int Late);
