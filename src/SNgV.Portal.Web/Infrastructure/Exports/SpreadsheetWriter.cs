using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SNgV.Portal.Web.Infrastructure.Exports;

/// <summary>One sheet of a workbook: optional title lines, a bold header row, then the rows (numbers as numbers, everything else as text).</summary>
/// <param name="Widths">Column widths in characters; empty for the spreadsheet program's default.</param>
public sealed record SpreadsheetSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? Widths = null)
{
    /// <summary>Lines above the table (an annex's "Phụ lục", its title, its reference), each across the table's width.</summary>
    public IReadOnlyList<SpreadsheetTitle> Titles { get; init; } = [];

    /// <summary>Printed on A4 landscape rather than portrait (a wide table).</summary>
    public bool Landscape { get; init; }
}

public enum SpreadsheetTitleStyle
{
    /// <summary>Bold, larger: "Phụ lục".</summary>
    Heading,

    /// <summary>Bold: the annex's title.</summary>
    Bold,

    /// <summary>Italic: "(Kèm theo Báo cáo số …)".</summary>
    Italic,
}

public sealed record SpreadsheetTitle(string Text, SpreadsheetTitleStyle Style);

/// <summary>
/// Writes .xlsx workbooks with the Open XML SDK: no formulas, text kept as typed (never run as a formula). Every sheet
/// has its header row frozen and filtered, and prints on A4 fitted to the page's width with the header row repeated.
/// </summary>
public static class SpreadsheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint HeaderStyle = 1;
    private const uint WrappedStyle = 2;

    private static readonly Dictionary<SpreadsheetTitleStyle, uint> TitleStyles = new()
    {
        [SpreadsheetTitleStyle.Heading] = 3,
        [SpreadsheetTitleStyle.Bold] = 4,
        [SpreadsheetTitleStyle.Italic] = 5,
    };

    public static byte[] Write(params SpreadsheetSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            AddStyles(workbook);
            var list = workbook.Workbook.AppendChild(new Sheets());
            var names = new DefinedNames();
            uint id = 0;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var headerRow = (uint)sheet.Titles.Count + 1;
                var lastColumn = ColumnName(Math.Max(sheet.Headers.Count, 1) - 1);

                var data = new SheetData();
                var merges = new MergeCells();
                uint number = 0;
                foreach (var title in sheet.Titles)
                {
                    data.Append(Row(++number, [title.Text], TitleStyles[title.Style]));
                    if (sheet.Headers.Count > 1)
                    {
                        merges.Append(new MergeCell { Reference = $"A{number}:{lastColumn}{number}" });
                    }
                }

                data.Append(Row(++number, sheet.Headers, HeaderStyle));
                foreach (var row in sheet.Rows)
                {
                    data.Append(Row(++number, row, WrappedStyle));
                }

                // Children of a worksheet in the schema's order: sheetPr, sheetViews, cols, sheetData, autoFilter,
                // mergeCells, pageMargins, pageSetup.
                var worksheet = new Worksheet(
                    new SheetProperties(new PageSetupProperties { FitToPage = true }),
                    new SheetViews(FrozenBelow(headerRow, tabSelected: id == 0)));
                if (sheet.Widths is { Count: > 0 } widths)
                {
                    worksheet.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
                }

                var table = $"$A${headerRow}:${lastColumn}${number}";
                worksheet.Append(data, new AutoFilter { Reference = table.Replace("$", "", StringComparison.Ordinal) });
                if (merges.HasChildren)
                {
                    merges.Count = (uint)merges.ChildElements.Count;
                    worksheet.Append(merges);
                }

                worksheet.Append(
                    new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
                    new PageSetup
                    {
                        PaperSize = 9U, // A4
                        Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                        FitToWidth = 1U,
                        FitToHeight = 0U, // as many pages as the rows need
                    });
                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id + 1, Name = sheet.Name });

                var quoted = $"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'";
                names.Append(
                    new DefinedName($"{quoted}!{table}") { Name = "_xlnm._FilterDatabase", LocalSheetId = id, Hidden = true },
                    new DefinedName($"{quoted}!${headerRow}:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = id });
                id++;
            }

            workbook.Workbook.Append(names);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>The rows down to the header row stay in view while scrolling.</summary>
    private static SheetView FrozenBelow(uint headerRow, bool tabSelected)
    {
        var topLeft = $"A{headerRow + 1}";
        return new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0U,
            TabSelected = tabSelected,
        };
    }

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

    /// <summary>
    /// Six cell formats: the default; bold centred headers and wrapped cells aligned to the top, both with thin borders;
    /// and the title lines (a larger bold heading, a bold title, an italic reference), centred.
    /// </summary>
    private static void AddStyles(WorkbookPart workbook)
    {
        const string font = "Times New Roman";
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var thin = () => new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var centred = () => new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center };
        styles.Stylesheet = new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = font }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = font }),
                new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = font }),
                new Font(new Italic(), new FontSize { Val = 11 }, new FontName { Val = font })) { Count = 4 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin()) { Count = 2 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat(centred()) { FontId = 1, FillId = 0, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(centred()) { FontId = 2, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(centred()) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(centred()) { FontId = 3, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true }) { Count = 6 });
    }
}
