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

    /// <summary>Every row of a sheet (the first by default) as cell texts (inline strings and numbers).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SheetRows(byte[] xlsx, int sheet = 0)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var chosen = workbook.Workbook!.Sheets!.Elements<Sheet>().ElementAt(sheet);
        var part = (WorksheetPart)workbook.GetPartById(chosen.Id!);
        return part.Worksheet!.Descendants<Row>()
            .Select(r => (IReadOnlyList<string>)r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
            .ToList();
    }
}
