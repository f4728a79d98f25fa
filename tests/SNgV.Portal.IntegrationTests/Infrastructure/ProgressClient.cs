using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The progress form and the review form, as a browser posts them.</summary>
public static partial class ProgressClient
{
    public static readonly byte[] SmallPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static async Task<HttpResponseMessage> PostProgressAsync(
        this HttpClient client, int taskId, string intent, string percent, string status, string workDone,
        IEnumerable<(string Name, byte[] Content)>? files = null, string? difficulties = null, string? formHtml = null, string? periodStart = null)
    {
        var html = formHtml ?? await client.GetHtmlAsync($"/nhiem-vu/{taskId}/bao-cao" + (periodStart is null ? "" : $"?ky={periodStart}"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(StampIn(html)), "Input.ConcurrencyStamp" },
            { new StringContent(percent), "Input.Percent" },
            { new StringContent(status), "Input.Status" },
            { new StringContent(workDone), "Input.WorkDone" },
            { new StringContent(difficulties ?? ""), "Input.Difficulties" },
            { new StringContent(""), "Input.Proposals" },
            { new StringContent(intent), "Input.Intent" },
        };
        if (periodStart is not null)
        {
            content.Add(new StringContent(periodStart), "Input.PeriodStart");
        }

        foreach (var (name, bytes) in files ?? [])
        {
            content.Add(new ByteArrayContent(bytes), "Input.Files", name);
        }

        return await client.PostAsync($"/nhiem-vu/{taskId}/bao-cao", content);
    }

    public static async Task<HttpResponseMessage> ReviewAsync(this HttpClient client, int updateId, string decision, string comment = "")
    {
        var html = await client.GetHtmlAsync($"/duyet-bao-cao/{updateId}");
        var stamp = StampIn(html);
        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)),
            new("Input.ConcurrencyStamp", stamp),
            new("Input.Decision", decision),
            new("Input.Comment", comment),
        ]);
        return await client.PostAsync($"/duyet-bao-cao/{updateId}", content);
    }

    public static string StampIn(string html) => System.Net.WebUtility.HtmlDecode(FormStamp().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"Input.ConcurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex FormStamp();
}
