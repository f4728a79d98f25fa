namespace SNgV.Portal.Web.Domain;

public static partial class DisplayNames
{
    public static string Of(ProcedureStatus status) => status switch
    {
        ProcedureStatus.Draft => "Chưa công bố",
        ProcedureStatus.Published => "Đang công khai",
        ProcedureStatus.Withdrawn => "Đã thu hồi",
        _ => status.ToString(),
    };

    public static string Of(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.None => "Chưa cung cấp dịch vụ công trực tuyến",
        OnlineServiceLevel.Partial => "Dịch vụ công trực tuyến một phần",
        OnlineServiceLevel.Full => "Dịch vụ công trực tuyến toàn trình",
        _ => level.ToString(),
    };

    public static string Of(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Person => "Cá nhân",
        ApplicantKind.Organisation => "Tổ chức",
        _ => kind.ToString(),
    };

    public static string Of(DossierChannel channel) => channel switch
    {
        DossierChannel.InPerson => "Trực tiếp",
        DossierChannel.Post => "Qua bưu chính",
        DossierChannel.Online => "Trực tuyến",
        _ => channel.ToString(),
    };

    public static string Of(DossierStatus status) => status switch
    {
        DossierStatus.Received => "Đã tiếp nhận",
        DossierStatus.Processing => "Đang giải quyết",
        DossierStatus.AdditionalDocumentsRequested => "Chờ bổ sung hồ sơ",
        DossierStatus.ResultReady => "Đã có kết quả",
        DossierStatus.Returned => "Đã trả kết quả",
        DossierStatus.Refused => "Từ chối giải quyết",
        _ => status.ToString(),
    };

    public static string Of(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "Ngày nghỉ",
        CalendarDayKind.MakeUpWorkingDay => "Ngày làm bù",
        _ => kind.ToString(),
    };

    public static IEnumerable<string> Of(SubmissionChannels channels)
    {
        if (channels.HasFlag(SubmissionChannels.InPerson))
        {
            yield return Of(DossierChannel.InPerson);
        }

        if (channels.HasFlag(SubmissionChannels.Post))
        {
            yield return Of(DossierChannel.Post);
        }

        if (channels.HasFlag(SubmissionChannels.Online))
        {
            yield return Of(DossierChannel.Online);
        }
    }
}
