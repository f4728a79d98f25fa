using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>Opens the report's files as the Office would: the .docx's text, paragraph by paragraph, and the .xlsx's cells.</summary>
public static class ReportFiles
{
    public static IReadOnlyList<string> WordParagraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText).ToList();
    }

    /// <summary>The header text of the .docx (page numbers), per header part.</summary>
    public static IReadOnlyList<string> WordHeaders(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerXml).ToList();
    }

    /// <summary>
    /// The table of a sheet (the first by default), from its header row down, as cell texts (inline strings and
    /// numbers); title lines above the table (an annex's heading) are left out: the table starts where its filter does.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> SheetRows(byte[] xlsx, int sheet = 0)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var worksheet = Worksheet(document, sheet);
        var headerRow = worksheet.Elements<AutoFilter>().FirstOrDefault()?.Reference?.Value is { } range ? RowOf(range.Split(':')[0]) : 1;
        return worksheet.Descendants<Row>().Where(r => r.RowIndex!.Value >= headerRow)
            .Select(r => (IReadOnlyList<string>)r.Elements<Cell>().Select(Text).ToList())
            .ToList();
    }

    /// <summary>The annex's sheet as it prints: the title lines, the frozen pane, the filter, the page setup and the print titles.</summary>
    public static AnnexSheet Annex(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var worksheet = Worksheet(document, 0);
        var filter = worksheet.Elements<AutoFilter>().Single().Reference!.Value!;
        var headerRow = RowOf(filter.Split(':')[0]);
        var titleCells = worksheet.Descendants<Row>().Where(r => r.RowIndex!.Value < headerRow).Select(r => r.Elements<Cell>().First()).ToList();
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        var italic = fonts[(int)formats[(int)titleCells[^1].StyleIndex!.Value].FontId!.Value].Italic is not null;
        var setup = worksheet.Elements<PageSetup>().Single();
        var printTitles = document.WorkbookPart.Workbook!.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == 0).Text;
        return new AnnexSheet(
            titleCells.Select(Text).ToList(),
            italic,
            worksheet.Descendants<Pane>().Single(p => p.State?.Value == PaneStateValues.Frozen).TopLeftCell!.Value!,
            filter,
            worksheet.Descendants<Row>().Count(r => r.RowIndex!.Value > headerRow),
            setup.PaperSize!.Value,
            setup.Orientation!.InnerText ?? "",
            setup.FitToWidth!.Value,
            setup.FitToHeight!.Value,
            printTitles);
    }

    private static Worksheet Worksheet(SpreadsheetDocument document, int sheet)
    {
        var workbook = document.WorkbookPart!;
        var chosen = workbook.Workbook!.Sheets!.Elements<Sheet>().ElementAt(sheet);
        return ((WorksheetPart)workbook.GetPartById(chosen.Id!)).Worksheet!;
    }

    private static string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";

    private static uint RowOf(string cell) => uint.Parse(new string(cell.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record AnnexSheet(
    IReadOnlyList<string> Titles, bool ItalicReference, string FrozenAt, string AutoFilter, int TaskCount,
    uint PaperSize, string Orientation, uint FitToWidth, uint FitToHeight, string PrintTitles);
