using System.Net;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The public home page starts with what a citizen comes to do; staff sign-in is a small link.</summary>
public sealed class HomePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_home_page_leads_with_the_citizens_tasks_and_keeps_sign_in_small()
    {
        var html = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetHtmlAsync("/"));
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];

        var tasks = main.IndexOf("Ông/Bà cần làm gì?", StringComparison.Ordinal);
        Assert.True(tasks >= 0);
        Assert.Matches("<form(?=[^>]*action=\"/thu-tuc\")(?=[^>]*role=\"search\")[^>]*>", main);
        Assert.Contains("name=\"q\"", main, StringComparison.Ordinal);
        foreach (var link in new[] { "/tra-cuu-ho-so", "/khao-sat", "/ket-qua-khao-sat" })
        {
            Assert.Contains($"class=\"home-task\" href=\"{link}\"", main, StringComparison.Ordinal);
        }

        Assert.True(main.IndexOf("Kế hoạch năm", StringComparison.Ordinal) > tasks, "the plan summary comes after the tasks");
        Assert.DoesNotContain("Dành cho cán bộ, công chức", html, StringComparison.Ordinal);
        Assert.Matches("<p class=\"small home-staff\">\\s*Cán bộ, công chức của Sở: <a href=\"/dang-nhap", main);
    }
}
