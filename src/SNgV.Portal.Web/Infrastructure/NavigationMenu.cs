using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>A count shown beside a navigation item.</summary>
public enum NavigationBadge
{
    None,
    UnreadNotifications,
    WaitingReports,
}

/// <summary>
/// An entry of the main navigation: the page it opens, by controller and action, and the policy of that page's
/// [Authorize]; no policy means the page asks only for a signed-in user.
/// </summary>
public sealed record NavigationItem(string Text, string Icon, string Controller, string Action, string? Policy = null)
{
    /// <summary>Shown in this item's place to a user its policy refuses.</summary>
    public NavigationItem? Otherwise { get; init; }

    public NavigationBadge Badge { get; init; }
}

/// <summary>The main navigation: the public pages for visitors; for signed-in users, the pages their policies open.</summary>
public static class NavigationMenu
{
    public static readonly IReadOnlyList<NavigationItem> Public =
    [
        new("Trang chủ", "house", "Home", "Index"),
        new("Kế hoạch", "list-check", "PublicPlan", "Index"),
        new("Thủ tục hành chính", "journal-text", "PublicProcedures", "Index"),
        new("Tra cứu hồ sơ", "search", "PublicLookup", "Index"),
        new("Khảo sát", "chat-square-heart", "Surveys", "Current"),
    ];

    public static readonly IReadOnlyList<NavigationItem> SignedIn =
    [
        new("Tổng quan", "speedometer2", "Dashboard", "Index"),
        new("Nhiệm vụ của đơn vị", "clipboard-check", "UnitTasks", "Index", Policies.CanReportProgress),
        new("Duyệt báo cáo", "inbox", "Review", "Index", Policies.CanReviewProgress),
        new("Theo dõi tiến độ", "bar-chart-line", "Overview", "Index", Policies.CanViewOverview),
        new("Bộ phận Một cửa", "inboxes", "Dossiers", "Index", Policies.CanReceiveDossiers)
        {
            Otherwise = new("Thống kê hồ sơ", "bar-chart", "DossierStatistics", "Index", Policies.CanViewOverview),
        },
        new("Quản lý thủ tục", "journal-text", "ProceduresAdmin", "Index", Policies.CanManageProcedures),
        new("Tài khoản người dùng", "people", "Users", "Index", Policies.CanManageAccounts),
        new("Đơn vị", "diagram-3", "Units", "Index", Policies.CanManageAccounts),
        new("Quản lý kế hoạch", "journal-check", "PlanManagement", "Index", Policies.CanManagePlans),
        new("Đôn đốc", "megaphone", "Reminders", "Index", Policies.CanSendReminders),
        new("Nhật ký thay đổi", "clock-history", "Audit", "Index", Policies.CanViewAudit),
        new("Khảo sát sự hài lòng", "chat-square-heart", "SurveyRounds", "Index", Policies.CanManageSurveys),
        new("Kết quả khảo sát", "clipboard-data", "SurveyResults", "Index", Policies.CanViewSurveyResults),
        new("Mẫu phiếu khảo sát", "ui-checks", "Questionnaires", "Index", Policies.CanEditQuestionnaires),
        new("Báo cáo định kỳ", "file-earmark-text", "Reports", "Index", Policies.CanViewReports) { Badge = NavigationBadge.WaitingReports },
        new("Thông báo", "bell", "Notifications", "Index") { Badge = NavigationBadge.UnreadNotifications },
        new("Chỉ số PCI", "graph-up", "PciDashboard", "Index", Policies.CanViewPci),
    ];

    public static async Task<IReadOnlyList<NavigationItem>> ForAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Public;
        }

        var shown = new List<NavigationItem>();
        foreach (var item in SignedIn)
        {
            if (await AllowsAsync(user, item, authorization))
            {
                shown.Add(item);
            }
            else if (item.Otherwise is { } otherwise && await AllowsAsync(user, otherwise, authorization))
            {
                shown.Add(otherwise);
            }
        }

        return shown;
    }

    private static async Task<bool> AllowsAsync(ClaimsPrincipal user, NavigationItem item, IAuthorizationService authorization) =>
        item.Policy is null || (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded;
}
