using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SNgV.Portal.Web.Infrastructure.Exports;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>
/// The import spreadsheet (.xlsx): one result per row, the columns of <see cref="Columns"/>. The portal writes the
/// template itself (with the home province's record filled in, ready to correct) and reads back what the Office fills.
/// </summary>
public static class PciSpreadsheet
{
    public const string ContentType = SpreadsheetWriter.ContentType;

    public const string Province = "A";
    public const string Year = "B";
    public const string Composite = "C";
    public const string Rank = "D";
    public const string Source = "E";

    /// <summary>Column of sub-index <paramref name="number"/> (1 → F … 10 → O).</summary>
    public static string ScoreColumn(int number) => ((char)('F' + number - 1)).ToString();

    public static IReadOnlyList<string> Headers(IReadOnlyList<PciSubIndexOption> subIndices) =>
        ["Tỉnh, thành phố", "Năm", "Chỉ số tổng hợp công bố", "Xếp hạng (để trống nếu không công bố)", "Nguồn", .. subIndices.Select(s => $"{s.Number}. {s.Name}")];

    /// <summary>A workbook with one sheet: a header row and <paramref name="rows"/> (strings as text, numbers as numbers).</summary>
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        SpreadsheetWriter.Write(new SpreadsheetSheet("KetQuaPCI", headers, rows));

    /// <summary>
    /// The rows of the first sheet after the header, as text by column letter; empty rows are left out. Numbers
    /// come back in invariant form ("6.58"), text exactly as typed ("6,58"). Null when the file is not a workbook.
    /// </summary>
    public static IReadOnlyList<(int Row, IReadOnlyDictionary<string, string> Cells)>? Read(Stream stream)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id)
            {
                return null;
            }

            var worksheet = (WorksheetPart)workbook.GetPartById(id);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
            foreach (var row in worksheet.Worksheet.Descendants<Row>())
            {
                var number = (int)(row.RowIndex?.Value ?? 0);
                if (number <= 1)
                {
                    continue;
                }

                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = new string((cell.CellReference?.Value ?? "").TakeWhile(char.IsLetter).ToArray());
                    var text = TextOf(cell, shared)?.Trim();
                    if (column.Length > 0 && !string.IsNullOrEmpty(text))
                    {
                        cells[column] = text;
                    }
                }

                if (cells.Count > 0)
                {
                    rows.Add((number, cells));
                }
            }

            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            return null;
        }
    }

    private static string? TextOf(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Count ? shared[index] : null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            // Excel keeps binary doubles: 6.58 may be stored as 6.5800000000000001.
            return Math.Round(number, 8).ToString("0.########", CultureInfo.InvariantCulture);
        }

        return raw;
    }
}
