using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The main navigation agrees with the policies: what a role is shown it may open, and what it may not open it is not shown.</summary>
public sealed partial class NavigationMenuTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Anonymous = RoleMatrix.Anonymous;

    private static readonly Dictionary<string, string> DemoUserOf = new()
    {
        [Roles.Administrator] = DemoUsers.Administrator,
        [Roles.Leadership] = DemoUsers.Leadership,
        [Roles.Office] = DemoUsers.Office,
        [Roles.Staff] = DemoUsers.ConsularStaff,
    };

    public static TheoryData<string> Audiences() => new([Anonymous, .. Roles.All]);

    [Fact]
    public void Every_role_has_a_demo_account_to_check_its_menu_with()
    {
        Assert.Equal(Roles.All.Order(), DemoUserOf.Keys.Order());
    }

    [Theory]
    [InlineData(Anonymous, new[] { "/", "/ke-hoach", "/thu-tuc", "/tra-cuu-ho-so", "/khao-sat", "/ket-qua-khao-sat", "/tuyen-dung", "/lien-he" })]
    [InlineData(Roles.Administrator, new[] { "/tong-quan", "/quan-ly-thu-tuc", "/quan-tri/tai-khoan", "/quan-tri/don-vi", "/quan-tri/lien-he", "/nhat-ky", "/quan-tri/mau-phieu-khao-sat", "/bao-cao-dinh-ky", "/pci", "/thong-bao" })]
    [InlineData(Roles.Leadership, new[] { "/tong-quan", "/theo-doi", "/mot-cua/thong-ke", "/ket-qua-khao-sat/chi-tiet", "/bao-cao-dinh-ky", "/pci", "/thong-bao" })]
    [InlineData(Roles.Office, new[] { "/tong-quan", "/nhiem-vu", "/duyet-bao-cao", "/theo-doi", "/quan-ly-ke-hoach", "/don-doc", "/mot-cua", "/quan-ly-thu-tuc", "/quan-ly-tuyen-dung", "/nhat-ky", "/quan-ly-khao-sat", "/ket-qua-khao-sat/chi-tiet", "/bao-cao-dinh-ky", "/pci", "/thong-bao" })]
    [InlineData(Roles.Staff, new[] { "/tong-quan", "/nhiem-vu", "/bao-cao-dinh-ky", "/pci", "/thong-bao" })]
    public async Task Navigation_depends_on_the_role(string role, string[] urls)
    {
        using var client = await ClientAsAsync(role);

        Assert.Equal(urls, await MenuLinksAsync(client, role));
    }

    [Theory]
    [InlineData(Roles.Office, new[] { "Tổng quan", "Kế hoạch", "Một cửa & thủ tục", "Nhật ký thay đổi", "Khảo sát", "Báo cáo", "Thông báo" })]
    [InlineData(Roles.Leadership, new[] { "Tổng quan", "Theo dõi tiến độ", "Thống kê hồ sơ", "Kết quả khảo sát", "Báo cáo", "Thông báo" })]
    [InlineData(Roles.Staff, new[] { "Tổng quan", "Nhiệm vụ của đơn vị", "Báo cáo", "Thông báo" })]
    public async Task The_menu_bar_gathers_a_themes_items_in_one_drop_down(string role, string[] entries)
    {
        using var client = await ClientAsAsync(role);

        var html = await client.GetHtmlAsync("/tong-quan");
        var bar = MainNavigation().Match(html).Value;

        Assert.Equal(entries, BarEntry().Matches(bar).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList());
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public async Task Every_menu_link_opens_for_those_it_is_shown_to(string role)
    {
        using var client = await ClientAsAsync(role);

        var links = await MenuLinksAsync(client, role);

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Describe(role)}: the menu shows {link}, which answers {(int)response.StatusCode}.");
        }
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public async Task No_page_refused_to_a_role_is_in_its_menu(string role)
    {
        using var client = await ClientAsAsync(role);
        var links = await MenuLinksAsync(client, role);

        var guardedPages = GuardedGetPages();
        Assert.NotEmpty(guardedPages);
        foreach (var page in guardedPages)
        {
            if (await IsRefusedAsync(client, page))
            {
                Assert.False(links.Contains(page), $"{Describe(role)}: the menu shows {page}, which the policies refuse.");
            }
        }

        // An internal item is left out only where its policy refuses the role; the one it makes way for, likewise, unless shown instead.
        var generator = factory.Services.GetRequiredService<LinkGenerator>();
        foreach (var item in NavigationMenu.SignedIn)
        {
            var left = new List<NavigationItem>();
            if (!links.Contains(UrlOf(generator, item)))
            {
                left.Add(item);
                if (item.Otherwise is { } otherwise && !links.Contains(UrlOf(generator, otherwise)))
                {
                    left.Add(otherwise);
                }
            }

            foreach (var url in left.Select(i => UrlOf(generator, i)))
            {
                Assert.True(await IsRefusedAsync(client, url), $"{Describe(role)}: the menu leaves out {url}, which the role may open.");
            }
        }
    }

    [Fact]
    public void Each_menu_item_names_a_page_and_carries_the_policy_of_that_page()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var items = NavigationMenu.Public.Select(i => (Item: i, Public: true))
            .Concat(NavigationMenu.SignedIn.SelectMany(i => new[] { i, i.Otherwise }).OfType<NavigationItem>().Select(i => (Item: i, Public: false)));

        foreach (var (item, isPublic) in items)
        {
            var endpoint = Assert.Single(endpoints, e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
                && action.ControllerName == item.Controller && action.ActionName == item.Action
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true);
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

            Assert.True(isPublic == anonymous, $"{item.Text}: {(isPublic ? "a public item opens a page that asks to sign in" : "an internal item opens a public page")}.");
            Assert.Equal(item.Policy is null ? [] : [item.Policy], policies);
        }
    }

    private async Task<HttpClient> ClientAsAsync(string role)
    {
        var client = factory.CreatePortalClient();
        if (role != Anonymous)
        {
            await client.SignInSuccessfullyAsync(DemoUserOf[role]);
        }

        return client;
    }

    private static async Task<List<string>> MenuLinksAsync(HttpClient client, string role)
    {
        var html = await client.GetHtmlAsync(role == Anonymous ? "/" : "/tong-quan");
        var navigation = MainNavigation().Match(html);
        Assert.True(navigation.Success, "The page has no main navigation.");
        return NavLink().Matches(navigation.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    /// <summary>Every GET page without route parameters that is not public: what a menu could link to and a policy may refuse.</summary>
    private List<string> GuardedGetPages() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true
                && e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<bool> IsRefusedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
                && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith("/dang-nhap?", StringComparison.Ordinal));
    }

    private static string UrlOf(LinkGenerator generator, NavigationItem item) =>
        generator.GetPathByAction(item.Action, item.Controller) ?? throw new InvalidOperationException($"No page answers {item.Controller}.{item.Action}.");

    private static string Describe(string role) => role == Anonymous ? "An anonymous visitor" : role;

    [GeneratedRegex("<nav class=\"site-nav[^\"]*\"[\\s\\S]*?</nav>")]
    private static partial Regex MainNavigation();

    /// <summary>An entry of the bar: a link or a drop-down's button, with a nav-link class, and its text after the icon.</summary>
    [GeneratedRegex("<(?:a|button) class=\"nav-link[^\"]*\"[^>]*>\\s*<svg [^>]*>.*?</svg>\\s*([^<]+)")]
    private static partial Regex BarEntry();

    [GeneratedRegex("<a class=\"(?:nav-link|dropdown-item)[^\"]*\" href=\"([^\"]+)\"")]
    private static partial Regex NavLink();
}
