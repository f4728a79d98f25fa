using System.Globalization;
using SNgV.Portal.Web.Infrastructure.Exports;

namespace SNgV.Portal.Web.Infrastructure.Lists;

/// <summary>A column of a list as the .xlsx shows it: its header, its value (numbers stay numbers) and a width in characters.</summary>
public sealed record ListColumn<T>(string Header, Func<T, object?> Value, double Width = 16);

/// <summary>
/// A list's rows as an .xlsx (through <see cref="SpreadsheetWriter"/>): the list's title and the moment of export
/// above a header row, then every row the filters keep, in the order of the screen, on every page.
/// </summary>
public static class ListExport
{
    public static byte[] Workbook<T>(string title, IReadOnlyList<ListColumn<T>> columns, IEnumerable<T> rows, DateTime exportedAtUtc, string? filters = null)
    {
        var titles = new List<SpreadsheetTitle> { new(title, SpreadsheetTitleStyle.Heading) };
        if (!string.IsNullOrWhiteSpace(filters))
        {
            titles.Add(new SpreadsheetTitle(filters, SpreadsheetTitleStyle.Bold));
        }

        titles.Add(new SpreadsheetTitle($"(Xuất lúc {VietnamTime.ToLocal(exportedAtUtc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)})", SpreadsheetTitleStyle.Italic));
        var sheet = new SpreadsheetSheet(
            "DanhSach",
            columns.Select(c => c.Header).ToList(),
            rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r) ?? "").ToList()), // an empty cell keeps its column
            columns.Select(c => c.Width).ToList())
        {
            Titles = titles,
            Landscape = columns.Sum(c => c.Width) > 100,
        };
        return SpreadsheetWriter.Write(sheet);
    }

    /// <summary>The download of <see cref="Workbook{T}"/>, named after the list and the day.</summary>
    public static Microsoft.AspNetCore.Mvc.FileContentResult File<T>(string slug, string title, IReadOnlyList<ListColumn<T>> columns, IEnumerable<T> rows, DateTime exportedAtUtc, string? filters = null) =>
        new(Workbook(title, columns, rows, exportedAtUtc, filters), SpreadsheetWriter.ContentType) { FileDownloadName = FileName(slug, exportedAtUtc) };

    /// <summary>A file name of the list's slug and the day: <c>duyet-bao-cao-2019-05-20.xlsx</c>.</summary>
    public static string FileName(string slug, DateTime exportedAtUtc) =>
        $"{slug}-{VietnamTime.ToLocal(exportedAtUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx";
}
