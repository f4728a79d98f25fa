using System.Net;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class PciDashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(DemoUsers.Office)]
    [InlineData(DemoUsers.Leadership)]
    [InlineData(DemoUsers.ConsularStaff)]
    [InlineData(DemoUsers.Administrator)]
    public async Task Every_signed_in_user_reads_the_dashboard(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);

        using var response = await client.GetAsync("/pci");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/pci");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trend_shows_published_beside_recomputed_and_highlights_the_2023_assumption()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Leadership);

        var html = await client.GetHtmlAsync("/pci");

        Assert.Contains("<svg class=\"pci-chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        // 2022: published 61,26, recomputed 61,26, no highlight; 2023 with the assumed 2022 weights: 62,69, 0,54 below.
        Assert.Matches("<th scope=\"row\">2022</th>\\s*<td class=\"text-end\">61,26</td>\\s*<td class=\"text-end\">61,26</td>", html);
        Assert.Matches("<tr class=\"table-warning pci-notable\">\\s*<th scope=\"row\">2023</th>\\s*<td class=\"text-end\">63,23</td>\\s*<td class=\"text-end\">62,69</td>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "pci-notable"));
        Assert.Contains("Không công bố", html, StringComparison.Ordinal);
        Assert.Contains("Quảng Ninh", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_points_are_lost_ranks_sub_indices_by_weight_times_the_gap_to_ten()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);

        var html = await client.GetHtmlAsync("/pci?nam=2021");

        // 2021 weights 20 % on transparency, support services and labour training: (10 − 5,39) × 2 = 9,22 lost on training first.
        var table = html[html.IndexOf("pci-losses", StringComparison.Ordinal)..];
        var first = table.IndexOf("9. Đào tạo lao động", StringComparison.Ordinal);
        var second = table.IndexOf("8. Dịch vụ hỗ trợ doanh nghiệp", StringComparison.Ordinal);
        var third = table.IndexOf("3. Tính minh bạch", StringComparison.Ordinal);
        Assert.True(first > 0 && first < second && second < third, "ranking 9, 8, 3");
        Assert.Contains("9,22", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sub_index_lists_the_tasks_aimed_at_it_through_its_area_with_their_progress()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);

        var html = await client.GetHtmlAsync("/pci?chiSo=3");

        var tasks = html[html.IndexOf("id=\"nhiem-vu\"", StringComparison.Ordinal)..];
        Assert.Contains("4 nhiệm vụ", tasks, StringComparison.Ordinal);
        Assert.Contains("II.3.1", tasks, StringComparison.Ordinal);
        Assert.Contains("II.3.4", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("II.4.1", tasks, StringComparison.Ordinal);
        Assert.Contains("aria-valuenow=\"0\"", tasks, StringComparison.Ordinal);
        Assert.Contains(DisplayNames.Of(TaskProgressStatus.NotStarted), tasks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_reads_the_record_once_in_a_fixed_number_of_queries()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        await client.GetHtmlAsync("/pci?chiSo=3"); // warm up

        var overview = await factory.RecordQueriesAsync(() => client.GetHtmlAsync("/pci"));
        var subIndex = await factory.RecordQueriesAsync(() => client.GetHtmlAsync("/pci?chiSo=3"));

        // The record (province, sub-indices, results with scores, editions with weights), the targets, the other provinces, the menu's notice count;
        // for a chosen sub-index, its linked tasks and its indicators as well.
        Assert.Equal(7, overview.Count);
        Assert.Equal(overview.Count + 2, subIndex.Count);
        Assert.Equal(2, overview.Reading("PciResults"));
        Assert.Equal(1, overview.Reading("PciEditions"));
        Assert.Equal(1, overview.Reading("PciTargets"));
    }
}
