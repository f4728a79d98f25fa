using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// The .docx opened as the department opens it: LibreOffice with Times-metric fonts turns it into a PDF, and the PDF's
/// text shows whether the letterhead lines stayed whole and the signature block stayed together. Every file the
/// portal writes passes the Open XML SDK's validator.
/// </summary>
public sealed class ReportRenderingTests(GeneratedReportsFixture fixture) : IClassFixture<GeneratedReportsFixture>
{
    public static readonly string[] LetterheadLines = ["UBND TỈNH QUẢNG TRỊ", "SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

    [Theory]
    [InlineData("quy-1-2019")]
    [InlineData("nam-2019")]
    public async Task The_Word_file_rendered_by_LibreOffice_keeps_each_letterhead_line_whole_and_the_signer_on_one_page(string which)
    {
        var id = which == "quy-1-2019" ? fixture.Reports.Quarter : fixture.Reports.Year;
        using var office = fixture.Portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var docx = await DownloadAsync(office, $"/bao-cao-dinh-ky/{id}/word");
        Assert.Empty(DocumentRendering.ValidationErrors(docx));

        var pdf = await DocumentRendering.WordToPdfAsync(docx, which);
        await DocumentRendering.KeepAsync($"{which}.docx", docx);
        await DocumentRendering.KeepAsync($"{which}-libreoffice.pdf", pdf);
        var pages = await DocumentRendering.PagesAsync(pdf);

        // The letterhead: each line whole, on the first page; the draft keeps the registry's blanks.
        var first = pages[0].Lines;
        Assert.All(LetterheadLines, line => Assert.Contains(first, l => l.Contains(line, StringComparison.Ordinal)));
        Assert.Matches(@"Số:\s{3,}/BC-SNgV", pages[0].Text);
        Assert.Matches(@"ngày\s{4,}tháng\s{4,}năm 2019", pages[0].Text);

        // The signature block: authority, title and the full name on one page, with the body's closing sentence above them.
        var signer = await fixture.Portal.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => new { r.SignerAuthority, r.SignerTitle, r.SignerName }).SingleAsync());
        var signed = pages.Last(p => p.Lines.Any(l => l.Contains(signer.SignerName, StringComparison.Ordinal)));
        Assert.Contains(signed.Lines, l => l.Contains(signer.SignerTitle.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), StringComparison.Ordinal));
        if (signer.SignerAuthority.Length > 0)
        {
            Assert.Contains(signed.Lines, l => l.Contains(signer.SignerAuthority.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), StringComparison.Ordinal));
        }

        Assert.Contains("Trên đây là báo cáo", signed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_docx_and_xlsx_the_portal_writes_passes_the_Open_XML_validator()
    {
        using var office = fixture.Portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var administrator = fixture.Portal.CreatePortalClient();
        await administrator.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var roundId = await fixture.Portal.WithDbAsync(db => db.SurveyRounds.Where(r => r.Slug == "2019-thu-tai").Select(r => r.Id).SingleAsync());

        var files = new Dictionary<string, byte[]>
        {
            ["Q1/2019 report .docx"] = await DownloadAsync(office, $"/bao-cao-dinh-ky/{fixture.Reports.Quarter}/word"),
            ["annual 2019 report .docx"] = await DownloadAsync(office, $"/bao-cao-dinh-ky/{fixture.Reports.Year}/word"),
            ["Q1/2019 annex .xlsx"] = await DownloadAsync(office, $"/bao-cao-dinh-ky/{fixture.Reports.Quarter}/phu-luc"),
            ["annual 2019 annex .xlsx"] = await DownloadAsync(office, $"/bao-cao-dinh-ky/{fixture.Reports.Year}/phu-luc"),
            ["PCI template .xlsx"] = await DownloadAsync(administrator, "/pci/quan-ly/mau-nhap.xlsx"),
            ["survey export .xlsx"] = await DownloadAsync(office, $"/ket-qua-khao-sat/chi-tiet/xuat.xlsx?dot={roundId}"),
        };

        var errors = files.SelectMany(f => DocumentRendering.ValidationErrors(f.Value).Select(e => $"{f.Key}: {e}")).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task The_annex_carries_its_heading_a_frozen_filtered_header_and_an_A4_landscape_print_setup()
    {
        using var office = fixture.Portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var xlsx = await DownloadAsync(office, $"/bao-cao-dinh-ky/{fixture.Reports.Quarter}/phu-luc");
        await DocumentRendering.KeepAsync("quy-1-2019-phu-luc.xlsx", xlsx);

        var sheet = ReportFiles.Annex(xlsx);
        Assert.Equal("Phụ lục", sheet.Titles[0]);
        Assert.Contains(Web.Features.Reports.ReportSpreadsheetWriter.AnnexTitle, sheet.Titles[1], StringComparison.Ordinal);
        Assert.Matches(@"^\(Kèm theo Báo cáo số\s{4,}/BC-SNgV ngày\s{4,}tháng\s{4,}năm 2019 của Sở Ngoại vụ\)$", sheet.Titles[2]);
        Assert.True(sheet.ItalicReference, "The reference to the report is not in italics.");
        Assert.Equal(("A5", $"A4:I{4 + sheet.TaskCount}"), (sheet.FrozenAt, sheet.AutoFilter));
        Assert.Equal((9U, "landscape", 1U, 0U), (sheet.PaperSize, sheet.Orientation, sheet.FitToWidth, sheet.FitToHeight));
        Assert.Equal("'Phu luc nhiem vu'!$4:$4", sheet.PrintTitles);

        // The report's body names the annex where it refers to it.
        var word = ReportFiles.WordParagraphs(await DownloadAsync(office, $"/bao-cao-dinh-ky/{fixture.Reports.Quarter}/word"));
        Assert.Contains(word, p => p.Contains("Phụ lục kèm theo", StringComparison.Ordinal));
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
