using System.Net;
using System.Text.RegularExpressions;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Reads a list as a person would, page after page (each row's <c>data-row-key</c>), and its "Xuất Excel" download as
/// the Office's spreadsheet program would (Open XML SDK), so a test can compare the two.
/// </summary>
public static partial class ListPages
{
    /// <summary>The keys of every row on every page of the list at <paramref name="url"/>, in order, and the number of pages read.</summary>
    public static async Task<(List<string> Keys, int Pages)> RowKeysAsync(this HttpClient client, string url)
    {
        var keys = new List<string>();
        for (var page = 1; ; page++)
        {
            var html = await client.GetHtmlAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}");
            var onPage = RowKeys(html);
            keys.AddRange(onPage);
            var total = TotalPattern().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : onPage.Count;
            if (keys.Count >= total || onPage.Count == 0)
            {
                Assert.Equal(total, keys.Count);
                return (keys, page);
            }
        }
    }

    public static List<string> RowKeys(string html) =>
        RowKeyPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The export's table below its header row, as cell texts; the header row is checked against <paramref name="firstHeader"/>.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ExportRowsAsync(this HttpClient client, string url, string firstHeader)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var rows = ReportFiles.SheetRows(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(firstHeader, rows[0][0]);
        return rows.Skip(1).ToList();
    }

    [GeneratedRegex("<tr[^>]* data-row-key=\"([^\"]*)\"")]
    private static partial Regex RowKeyPattern();

    [GeneratedRegex("trên tổng số ([0-9]+)")]
    private static partial Regex TotalPattern();
}
