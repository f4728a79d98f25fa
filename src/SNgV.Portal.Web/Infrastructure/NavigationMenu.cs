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
    /// <summary>The drop-down this item sits in on the menu bar; none means the bar itself.</summary>
    public NavigationGroup? Group { get; init; }

    /// <summary>Shown in this item's place to a user its policy refuses.</summary>
    public NavigationItem? Otherwise { get; init; }

    public NavigationBadge Badge { get; init; }
}

/// <summary>A drop-down of the menu bar, gathering the items of one theme so that the bar fits one row.</summary>
public sealed record NavigationGroup(string Text, string Icon)
{
    public static readonly NavigationGroup Plan = new("Kế hoạch", "list-check");
    public static readonly NavigationGroup OneStop = new("Một cửa & thủ tục", "inboxes");
    public static readonly NavigationGroup Surveys = new("Khảo sát", "chat-square-heart");
    public static readonly NavigationGroup Reports = new("Báo cáo", "file-earmark-text");
    public static readonly NavigationGroup Administration = new("Quản trị", "people");
}

/// <summary>
/// What the menu bar shows in one place: an item, or a group's drop-down. A group a user is shown a single item of
/// is that item, on the bar.
/// </summary>
public sealed record NavigationEntry(NavigationGroup? Group, IReadOnlyList<NavigationItem> Items)
{
    public bool IsDropdown => Group is not null && Items.Count > 1;
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
        new("Kết quả khảo sát", "clipboard-data", "PublicSurveyResults", "Index"),
        new("Tuyển dụng", "people", "PublicRecruitment", "Index"),
        new("Liên hệ", "telephone", "Contact", "Index"),
    ];

    public static readonly IReadOnlyList<NavigationItem> SignedIn =
    [
        new("Tổng quan", "speedometer2", "Dashboard", "Index"),
        new("Nhiệm vụ của đơn vị", "clipboard-check", "UnitTasks", "Index", Policies.CanReportProgress) { Group = NavigationGroup.Plan },
        new("Duyệt báo cáo", "inbox", "Review", "Index", Policies.CanReviewProgress) { Group = NavigationGroup.Plan },
        new("Theo dõi tiến độ", "bar-chart-line", "Overview", "Index", Policies.CanViewOverview) { Group = NavigationGroup.Plan },
        new("Quản lý kế hoạch", "journal-check", "PlanManagement", "Index", Policies.CanManagePlans) { Group = NavigationGroup.Plan },
        new("Đôn đốc", "megaphone", "Reminders", "Index", Policies.CanSendReminders) { Group = NavigationGroup.Plan },
        new("Bộ phận Một cửa", "inboxes", "Dossiers", "Index", Policies.CanReceiveDossiers)
        {
            Group = NavigationGroup.OneStop,
            Otherwise = new("Thống kê hồ sơ", "bar-chart", "DossierStatistics", "Index", Policies.CanViewOverview) { Group = NavigationGroup.OneStop },
        },
        new("Quản lý thủ tục", "journal-text", "ProceduresAdmin", "Index", Policies.CanManageProcedures) { Group = NavigationGroup.OneStop },
        new("Tin tuyển dụng", "people", "RecruitmentAdmin", "Index", Policies.CanPublishRecruitment) { Group = NavigationGroup.OneStop },
        new("Tài khoản người dùng", "people", "Users", "Index", Policies.CanManageAccounts) { Group = NavigationGroup.Administration },
        new("Đơn vị", "diagram-3", "Units", "Index", Policies.CanManageAccounts) { Group = NavigationGroup.Administration },
        new("Thông tin liên hệ", "telephone", "ContactAdmin", "Edit", Policies.CanManageAccounts) { Group = NavigationGroup.Administration },
        new("Nhật ký thay đổi", "clock-history", "Audit", "Index", Policies.CanViewAudit),
        new("Khảo sát sự hài lòng", "chat-square-heart", "SurveyRounds", "Index", Policies.CanManageSurveys) { Group = NavigationGroup.Surveys },
        new("Kết quả khảo sát", "clipboard-data", "SurveyResults", "Index", Policies.CanViewSurveyResults) { Group = NavigationGroup.Surveys },
        new("Mẫu phiếu khảo sát", "ui-checks", "Questionnaires", "Index", Policies.CanEditQuestionnaires) { Group = NavigationGroup.Surveys },
        new("Báo cáo định kỳ", "file-earmark-text", "Reports", "Index", Policies.CanViewReports)
        {
            Group = NavigationGroup.Reports,
            Badge = NavigationBadge.WaitingReports,
        },
        new("Chỉ số PCI", "graph-up", "PciDashboard", "Index", Policies.CanViewPci) { Group = NavigationGroup.Reports },
        new("Thông báo", "bell", "Notifications", "Index") { Badge = NavigationBadge.UnreadNotifications },
    ];

    /// <summary>The items as the bar shows them: each group's items together, in the place of its first.</summary>
    public static IReadOnlyList<NavigationEntry> Entries(IReadOnlyList<NavigationItem> items)
    {
        var entries = new List<NavigationEntry>();
        foreach (var item in items)
        {
            if (item.Group is null)
            {
                entries.Add(new NavigationEntry(null, [item]));
            }
            else if (!entries.Any(e => e.Group == item.Group))
            {
                entries.Add(new NavigationEntry(item.Group, items.Where(i => i.Group == item.Group).ToList()));
            }
        }

        return entries;
    }

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
