using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SNgV.Portal.Web.Infrastructure.Exports;

/// <summary>One sheet of a workbook: a bold header row, then the rows (numbers as numbers, everything else as text).</summary>
/// <param name="Widths">Column widths in characters; empty for the spreadsheet program's default.</param>
public sealed record SpreadsheetSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? Widths = null);

/// <summary>Writes .xlsx workbooks with the Open XML SDK: no formulas, text kept as typed (never run as a formula).</summary>
public static class SpreadsheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint HeaderStyle = 1;
    private const uint WrappedStyle = 2;

    public static byte[] Write(params SpreadsheetSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            AddStyles(workbook);
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 0;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var worksheet = new Worksheet();
                if (sheet.Widths is { Count: > 0 } widths)
                {
                    worksheet.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
                }

                var data = new SheetData();
                data.Append(Row(1, sheet.Headers, HeaderStyle));
                uint number = 1;
                foreach (var row in sheet.Rows)
                {
                    data.Append(Row(++number, row, WrappedStyle));
                }

                worksheet.Append(data);
                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++id, Name = sheet.Name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static Row Row(uint number, IEnumerable<object?> values, uint style)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + number.ToString(CultureInfo.InvariantCulture);
            if (value is null)
            {
                continue;
            }

            row.Append(value switch
            {
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = style },
                long n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)), StyleIndex = style },
                decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d), StyleIndex = style },
                double d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d), StyleIndex = style },
                _ => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = style,
                },
            });
        }

        return row;
    }

    /// <summary>Three cell formats: the default, bold headers, and wrapped text aligned to the top.</summary>
    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true }) { Count = 3 });
    }
}
