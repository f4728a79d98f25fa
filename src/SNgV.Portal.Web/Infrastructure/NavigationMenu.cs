using System.Security.Claims;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Infrastructure;

public sealed record NavigationItem(string Text, string Url, string Icon);

/// <summary>The main navigation: what each role may open, and nothing it may not.</summary>
public static class NavigationMenu
{
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [new("Trang chủ", "/", "house"), new("Kế hoạch", "/ke-hoach", "list-check"), new("Thủ tục hành chính", "/thu-tuc", "journal-text"), new("Tra cứu hồ sơ", "/tra-cuu-ho-so", "search"), new("Khảo sát", "/khao-sat", "chat-square-heart")];
        }

        var items = new List<NavigationItem>
        {
            new("Tổng quan", "/tong-quan", "speedometer2"),
        };

        if (user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Office))
        {
            items.Add(new("Nhiệm vụ của đơn vị", "/nhiem-vu", "clipboard-check"));
        }

        if (user.IsInRole(Roles.Office))
        {
            items.Add(new("Duyệt báo cáo", "/duyet-bao-cao", "inbox"));
        }

        if (user.IsInRole(Roles.Office) || user.IsInRole(Roles.Leadership))
        {
            items.Add(new("Theo dõi tiến độ", "/theo-doi", "bar-chart-line"));
        }

        if (user.IsInRole(Roles.Office))
        {
            items.Add(new("Bộ phận Một cửa", "/mot-cua", "inboxes"));
        }
        else if (user.IsInRole(Roles.Leadership))
        {
            items.Add(new("Thống kê hồ sơ", "/mot-cua/thong-ke", "bar-chart"));
        }

        if (user.IsInRole(Roles.Office) || user.IsInRole(Roles.Administrator))
        {
            items.Add(new("Quản lý thủ tục", "/quan-ly-thu-tuc", "journal-text"));
        }

        if (user.IsInRole(Roles.Administrator))
        {
            items.Add(new("Tài khoản người dùng", "/quan-tri/tai-khoan", "people"));
        }

        if (user.IsInRole(Roles.Office))
        {
            items.Add(new("Quản lý kế hoạch", "/quan-ly-ke-hoach", "journal-check"));
            items.Add(new("Đôn đốc", "/don-doc", "megaphone"));
        }

        if (user.IsInRole(Roles.Office) || user.IsInRole(Roles.Administrator))
        {
            items.Add(new("Nhật ký thay đổi", "/nhat-ky", "clock-history"));
        }

        if (user.IsInRole(Roles.Office))
        {
            items.Add(new("Khảo sát sự hài lòng", "/quan-ly-khao-sat", "chat-square-heart"));
        }

        if (user.IsInRole(Roles.Office) || user.IsInRole(Roles.Leadership))
        {
            items.Add(new("Kết quả khảo sát", "/ket-qua-khao-sat/chi-tiet", "clipboard-data"));
        }

        if (user.IsInRole(Roles.Administrator))
        {
            items.Add(new("Mẫu phiếu khảo sát", "/quan-tri/mau-phieu-khao-sat", "ui-checks"));
        }

        items.Add(new("Báo cáo định kỳ", "/bao-cao-dinh-ky", "file-earmark-text"));
        items.Add(new("Thông báo", "/thong-bao", "bell"));
        items.Add(new("Chỉ số PCI", "/pci", "graph-up"));

        return items;
    }
}
