using SNgV.Portal.Web.Infrastructure.Exports;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>The report's annex (.xlsx): every task of the plan with its lead unit, progress and result at the cut-off.</summary>
public static class ReportSpreadsheetWriter
{
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
            "Phu luc nhiem vu",
            Headers,
            document.Tasks.Select(t => (IReadOnlyList<object?>)[t.Code, $"{t.AreaCode}. {t.AreaTitle}", t.Title, t.LeadUnit, t.Percent, t.Status, t.Schedule, t.Result, t.UpdatedInPeriod ? "Có" : "Không"]),
            [12, 40, 60, 24, 12, 16, 18, 60, 12]);
        return SpreadsheetWriter.Write(tasks, title);
    }
}
