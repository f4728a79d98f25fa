using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>
/// The print view as the Office prints it: Chromium's own PDF of the page on A4, read back with poppler. Long tables flow
/// on from page to page with their header rows, the letterhead is the Word file's (as LibreOffice renders that), and
/// the signature block stays with the end of the body.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed partial class ReportPrintBrowserTests(BrowserFixture browser, GeneratedReportsBrowserFixture generated) : IClassFixture<GeneratedReportsBrowserFixture>
{
    private const double PointsPerPixel = 0.75;
    private const double LeftMargin = 30 / 25.4 * 72; // 30 mm

    [Theory]
    [InlineData("quy-1-2019")]
    [InlineData("nam-2019")]
    public async Task The_printed_report_fills_every_page_but_the_last_and_carries_the_letterhead_of_the_Word_file(string which)
    {
        var id = which == "quy-1-2019" ? generated.Reports.Quarter : generated.Reports.Year;
        var page = await browser.SignedInPageAsync(generated.BrowserPortal, DemoUsers.Office);
        await page.GotoAsync($"/bao-cao-dinh-ky/{id}/ban-in");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(624, 1000); // the A4 text width (165 mm) at 96 dpi: the printed layout, measurable
        var screen = await PrintedLayout.MeasureAsync(page);

        // The rules: under "SỞ NGOẠI VỤ" and under the trích yếu 1/3 to 1/2 of the line, under the motto as long as it.
        Assert.InRange(screen.AgencyRule, 1 / 3.0, 1 / 2.0);
        Assert.InRange(screen.SummaryRule, 1 / 3.0, 1 / 2.0);
        Assert.InRange(screen.MottoRule, 0.95, 1.05);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        await DocumentRendering.KeepAsync($"{which}-trinh-duyet.pdf", pdf);
        var pages = await DocumentRendering.PagesAsync(pdf);
        Assert.All(pages, p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));

        // No page but the last less than half full: rows break across pages, tables follow on, headings go with their tables.
        var halfEmpty = pages.SkipLast(1).Select((p, i) => (Number: i + 1, p.LowestText, p.Height)).Where(p => p.LowestText < p.Height / 2).ToList();
        Assert.True(halfEmpty.Count == 0, $"Of {pages.Count} pages, these end above the middle: " +
            string.Join(", ", halfEmpty.Select(p => $"page {p.Number} at {p.LowestText:0} of {p.Height:0} pt")));
        foreach (var (printed, number) in pages.SkipLast(1).Select((p, i) => (p, i + 1)))
        {
            var lastLine = LowestLine(printed);
            Assert.False(screen.Headings.Any(h => lastLine.Length >= 8 && h.EndsWith(lastLine, StringComparison.Ordinal)), $"Page {number} ends with a heading: \"{lastLine}\".");
        }

        // Every task's code whole in its cell ("II.7.4", never "II.7." over "4"), and each page the task tables reach
        // carries their header row above the first of their rows.
        Assert.NotEmpty(screen.Codes);
        var codeColumn = LeftMargin + (screen.CodeIndent * PointsPerPixel);
        foreach (var code in screen.Codes)
        {
            Assert.True(pages.Any(p => p.Words.Any(w => w.Text == code && Math.Abs(w.XMin - codeColumn) < 2)), $"The code {code} is not whole in its cell.");
        }

        foreach (var (printed, number) in pages.Select((p, i) => (p, i + 1)))
        {
            var firstRow = printed.Words.Where(w => Math.Abs(w.XMin - codeColumn) < 2 && screen.Codes.Contains(w.Text)).MinBy(w => w.YMin);
            if (firstRow is not null)
            {
                Assert.True(printed.Words.Any(w => w.Text == "TT" && w.YMax <= firstRow.YMin), $"Page {number} shows task {firstRow.Text} without the table's header row.");
            }
        }

        // The signature block whole, on the page of the body's closing sentence.
        var signed = Assert.Single(pages, p => p.OneLine(screen.SignerName) is not null);
        Assert.NotNull(signed.OneLine(screen.SignerTitle));
        Assert.Contains("Trên đây là báo cáo", signed.Text, StringComparison.Ordinal);

        // The letterhead: each line whole, where the Word file has it; a draft keeps the registry's blanks.
        var docx = await (await page.Context.APIRequest.GetAsync($"/bao-cao-dinh-ky/{id}/word")).BodyAsync();
        var word = (await DocumentRendering.PagesAsync(await DocumentRendering.WordToPdfAsync(docx, which)))[0];
        var printedTop = pages[0].OneLine(screen.Letterhead[0]);
        var wordTop = word.OneLine(screen.Letterhead[0]);
        Assert.True(printedTop is not null && wordTop is not null, $"\"{screen.Letterhead[0]}\" is not whole on one line.");
        foreach (var line in screen.Letterhead)
        {
            var printed = pages[0].OneLine(line);
            var written = word.OneLine(line);
            Assert.True(printed is not null, $"The printed letterhead does not have \"{line}\" on one line.");
            Assert.True(written is not null, $"The Word file's letterhead does not have \"{line}\" on one line.");
            var (printedCentre, writtenCentre) = (Centre(printed), Centre(written));
            Assert.True(Math.Abs(printedCentre - writtenCentre) < 12, $"\"{line}\" is centred at {printedCentre:0} pt in print, at {writtenCentre:0} pt in the Word file.");
            var (printedDrop, writtenDrop) = (printed[0].YMax - printedTop[0].YMax, written[0].YMax - wordTop[0].YMax);
            Assert.True(Math.Abs(printedDrop - writtenDrop) < 6, $"\"{line}\" is {printedDrop:0} pt below the first line in print, {writtenDrop:0} pt in the Word file.");
        }

        Assert.Matches(@"Số:\s{3,}/BC-SNgV", pages[0].Text);
        Assert.Matches(@"ngày\s{4,}tháng\s{4,}năm 2019", pages[0].Text);
    }

    private static double Centre(IReadOnlyList<PdfWord> line) => (line[0].XMin + line[^1].XMax) / 2;

    /// <summary>The lowest line of text on a page, its words left to right.</summary>
    private static string LowestLine(PdfPage page)
    {
        var bottom = page.LowestText;
        return string.Join(' ', page.Words.Where(w => bottom - w.YMax < 2).OrderBy(w => w.XMin).Select(w => w.Text));
    }

    /// <summary>What the print layout shows, measured in the page: the letterhead's lines, the rules against their lines, the task codes.</summary>
    private sealed record PrintedLayout(
        IReadOnlyList<string> Letterhead, double AgencyRule, double MottoRule, double SummaryRule,
        IReadOnlyList<string> Headings, IReadOnlyList<string> Codes, double CodeIndent, string SignerTitle, string SignerName)
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        public static async Task<PrintedLayout> MeasureAsync(IPage page)
        {
            var json = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const doc = document.querySelector('.official-document');
                  const text = s => doc.querySelector(s).textContent.replace(/\u00a0/g, ' ').trim();
                  // The widest line of an element's text, and the width of the rule drawn under it.
                  const lineWidth = s => {
                    const range = document.createRange();
                    range.selectNodeContents(doc.querySelector(s));
                    return Math.max(...[...range.getClientRects()].map(r => r.width));
                  };
                  const ruleWidth = s => doc.querySelector(s).getBoundingClientRect().width;
                  const codes = [...doc.querySelectorAll('.doc-table td.doc-code')];
                  const left = doc.getBoundingClientRect().left;
                  return {
                    letterhead: ['.doc-parent', '.doc-issuer', '.doc-number', '.doc-nation-name', '.doc-motto', '.doc-date'].map(text),
                    agencyRule: ruleWidth('.doc-issuer .doc-rule') / lineWidth('.doc-issuer .doc-ruled-text'),
                    mottoRule: ruleWidth('.doc-motto .doc-rule') / lineWidth('.doc-motto .doc-ruled-text'),
                    summaryRule: ruleWidth('.doc-summary .doc-rule') / lineWidth('.doc-summary .doc-ruled-text'),
                    headings: [...doc.querySelectorAll('.doc-h1, .doc-h2, .doc-h3')].map(h => h.textContent.trim().replace(/\s+/g, ' ')),
                    codes: codes.map(c => c.textContent.trim()),
                    codeIndent: codes.length === 0 ? 0 : codes[0].getBoundingClientRect().left + parseFloat(getComputedStyle(codes[0]).paddingLeft)
                      + parseFloat(getComputedStyle(codes[0]).borderLeftWidth) - left,
                    signerTitle: text('.doc-signature-title'),
                    signerName: text('.doc-signature-name'),
                  };
                }
                """);
            var measured = json.Deserialize<Measured>(Json)!;
            return new PrintedLayout(measured.Letterhead, measured.AgencyRule, measured.MottoRule, measured.SummaryRule, measured.Headings,
                measured.Codes.Where(c => TaskCode().IsMatch(c)).ToList(), measured.CodeIndent, measured.SignerTitle, measured.SignerName);
        }

        private sealed record Measured(
            string[] Letterhead, double AgencyRule, double MottoRule, double SummaryRule, string[] Headings, string[] Codes, double CodeIndent, string SignerTitle, string SignerName);
    }

    [GeneratedRegex(@"^II\.\d+\.\d+$")]
    private static partial Regex TaskCode();
}
