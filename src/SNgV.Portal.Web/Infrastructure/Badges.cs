using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>Bootstrap badge classes for statuses; every pair meets WCAG AA contrast.</summary>
public static class Badges
{
    public static string For(ScheduleStatus status) => status switch
    {
        ScheduleStatus.Completed => "text-bg-success",
        ScheduleStatus.OnTrack => "text-bg-primary",
        ScheduleStatus.AtRisk => "text-bg-warning",
        ScheduleStatus.Late => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string For(ProgressUpdateState state) => state switch
    {
        ProgressUpdateState.Draft => "text-bg-secondary",
        ProgressUpdateState.Submitted => "text-bg-info",
        ProgressUpdateState.Returned => "text-bg-warning",
        ProgressUpdateState.Accepted => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string For(ReportState state) => state switch
    {
        ReportState.Draft => "text-bg-secondary",
        ReportState.Submitted => "text-bg-info",
        ReportState.Returned => "text-bg-warning",
        ReportState.Approved => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string Format(DateTime utc) => VietnamTime.ToLocal(utc).ToString("HH:mm dd/MM/yyyy");

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
