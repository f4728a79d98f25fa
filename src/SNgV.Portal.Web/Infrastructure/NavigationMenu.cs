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
            return [new("Trang chủ", "/", "house")];
        }

        var items = new List<NavigationItem>
        {
            new("Tổng quan", "/tong-quan", "speedometer2"),
        };

        if (user.IsInRole(Roles.Administrator))
        {
            items.Add(new("Tài khoản người dùng", "/quan-tri/tai-khoan", "people"));
        }

        if (user.IsInRole(Roles.Office))
        {
            items.Add(new("Đôn đốc", "/don-doc", "megaphone"));
        }

        items.Add(new("Thông báo", "/thong-bao", "bell"));

        return items;
    }
}
