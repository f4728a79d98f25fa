namespace SNgV.Portal.Web.Domain;

/// <summary>Vietnamese names of the domain's enumerations, as civil servants say them.</summary>
public static class DisplayNames
{
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
}
