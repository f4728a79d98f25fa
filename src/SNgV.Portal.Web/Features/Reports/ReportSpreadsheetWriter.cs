using SNgV.Portal.Web.Infrastructure.Exports;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// The report's annex (.xlsx): every task of the plan with its lead unit, progress and result at the cut-off, under the
/// annex's own heading (reports.md): "Phụ lục", its title, and in italics the report it is attached to.
/// </summary>
public static class ReportSpreadsheetWriter
{
    public const string AnnexHeading = "Phụ lục";

    /// <summary>The annex's title, as the report's body names it.</summary>
    public const string AnnexTitle = "KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ CỦA KẾ HOẠCH";

    public const string TaskSheet = "Phu luc nhiem vu";

    public static readonly IReadOnlyList<string> Headers =
        ["Mã nhiệm vụ", "Nhóm giải pháp", "Nhiệm vụ", "Đơn vị chủ trì", "Tỷ lệ hoàn thành (%)", "Tình trạng", "Tiến độ so với thời hạn", "Kết quả thực hiện", "Có báo cáo trong kỳ"];

    public static byte[] Write(ReportDocument document)
    {
        var title = new SpreadsheetSheet(
            "Thong tin",
            ["Mục", "Nội dung"],
            [
                ["Cơ quan", document.Header.Agency],
                ["Số", document.Header.NumberLine],
                ["Ngày", document.Header.PlaceAndDate],
                ["Tiêu đề", $"{document.Title} {document.Summary}"],
                ["Số nhiệm vụ", document.Tasks.Count],
            ],
            [18, 90]);
        var tasks = new SpreadsheetSheet(
            TaskSheet,
            Headers,
            document.Tasks.Select(t => (IReadOnlyList<object?>)[t.Code, $"{t.AreaCode}. {t.AreaTitle}", t.Title, t.LeadUnit, t.Percent, t.Status, t.Schedule, t.Result, t.UpdatedInPeriod ? "Có" : "Không"]),
            [12, 40, 60, 24, 12, 16, 18, 60, 12])
        {
            Titles =
            [
                new(AnnexHeading, SpreadsheetTitleStyle.Heading),
                new($"{AnnexTitle} ({document.Summary})", SpreadsheetTitleStyle.Bold),
                new(Reference(document.Header), SpreadsheetTitleStyle.Italic),
            ],
            Landscape = true,
        };
        return SpreadsheetWriter.Write(tasks, title);
    }

    /// <summary>
    /// "(Kèm theo Báo cáo số 01/BC-SNgV ngày 18 tháng 3 năm 2019 của Sở Ngoại vụ)", read from the report's own header so
    /// that an issued report's snapshot and its annex always agree; a draft keeps the registry's blanks.
    /// </summary>
    public static string Reference(ReportHeader header)
    {
        var number = header.NumberLine.StartsWith("Số:", StringComparison.Ordinal) ? header.NumberLine["Số:".Length..].TrimStart() : header.NumberLine;
        var placePrefix = ReportComposer.Place + ", ";
        var date = header.PlaceAndDate.StartsWith(placePrefix, StringComparison.Ordinal) ? header.PlaceAndDate[placePrefix.Length..] : header.PlaceAndDate;
        // A draft's number line is only blanks before the symbol: keep them, as wide as on the report.
        if (number.StartsWith('/'))
        {
            number = "      " + number;
        }

        return $"(Kèm theo Báo cáo số {number} {date} của Sở Ngoại vụ)";
    }
}
