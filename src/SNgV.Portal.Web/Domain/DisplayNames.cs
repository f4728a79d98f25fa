namespace SNgV.Portal.Web.Domain;

/// <summary>Vietnamese names of the domain's enumerations, as civil servants say them.</summary>
public static partial class DisplayNames
{
    public static string Of(PciDirection direction) => direction == PciDirection.HigherIsBetter ? "Càng cao càng tốt" : "Càng cao càng kém";

    public static string Of(TaskSchedule schedule) => schedule switch
    {
        TaskSchedule.OneOff => "Có thời hạn",
        TaskSchedule.Recurring => "Thường xuyên",
        _ => schedule.ToString(),
    };

    public static string Of(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "Hằng tháng",
        ReportingFrequency.Quarterly => "Hằng quý",
        ReportingFrequency.HalfYearly => "6 tháng",
        ReportingFrequency.Yearly => "Hằng năm",
        _ => frequency.ToString(),
    };

    public static string Of(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Active => "Đang thực hiện",
        PlanStatus.Closed => "Đã kết thúc",
        _ => status.ToString(),
    };

    public static string Of(TaskProgressStatus status) => status switch
    {
        TaskProgressStatus.NotStarted => "Chưa triển khai",
        TaskProgressStatus.InProgress => "Đang thực hiện",
        TaskProgressStatus.Completed => "Hoàn thành",
        TaskProgressStatus.Paused => "Tạm dừng",
        _ => status.ToString(),
    };

    public static string Of(ProgressUpdateState state) => state switch
    {
        ProgressUpdateState.Draft => "Bản nháp",
        ProgressUpdateState.Submitted => "Chờ duyệt",
        ProgressUpdateState.Returned => "Bị trả lại",
        ProgressUpdateState.Accepted => "Đã duyệt",
        _ => state.ToString(),
    };

    public static string Of(ScheduleStatus status) => status switch
    {
        ScheduleStatus.OnTrack => "Đúng tiến độ",
        ScheduleStatus.AtRisk => "Có nguy cơ chậm",
        ScheduleStatus.Late => "Chậm tiến độ",
        ScheduleStatus.Completed => "Đã hoàn thành",
        _ => status.ToString(),
    };

    public static string Of(ProgressEventKind kind) => kind switch
    {
        ProgressEventKind.Submitted => "Gửi báo cáo",
        ProgressEventKind.Returned => "Trả lại",
        ProgressEventKind.Accepted => "Duyệt",
        ProgressEventKind.Withdrawn => "Rút lại để sửa",
        _ => kind.ToString(),
    };

    public static string Of(ReminderKind kind) => kind switch
    {
        ReminderKind.Manual => "Đôn đốc",
        ReminderKind.DueSoon => "Sắp đến hạn",
        ReminderKind.PeriodEnding => "Sắp hết kỳ báo cáo",
        _ => kind.ToString(),
    };

    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Added => "Thêm mới",
        AuditAction.Modified => "Sửa",
        AuditAction.Deleted => "Xóa",
        _ => action.ToString(),
    };
}
