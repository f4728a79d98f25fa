namespace SNgV.Portal.Web.Domain;

public static partial class DisplayNames
{
    public static string Of(ReportKind kind) => kind switch
    {
        ReportKind.Quarterly => "Báo cáo quý",
        ReportKind.HalfYear => "Báo cáo 6 tháng",
        ReportKind.NineMonths => "Báo cáo 9 tháng",
        ReportKind.Annual => "Báo cáo năm",
        ReportKind.AdHoc => "Báo cáo đột xuất",
        _ => kind.ToString(),
    };

    public static string Of(ReportState state) => state switch
    {
        ReportState.Draft => "Dự thảo",
        ReportState.Submitted => "Chờ Lãnh đạo duyệt",
        ReportState.Returned => "Lãnh đạo trả lại",
        ReportState.Approved => "Đã ban hành",
        _ => state.ToString(),
    };
}
