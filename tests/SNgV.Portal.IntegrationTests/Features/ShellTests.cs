using System.Net;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class ShellTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_answers_in_Vietnamese_with_the_current_plan()
    {
        using var client = factory.CreatePortalClient();

        var html = await client.GetHtmlAsync("/");

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        // The text itself, not HTML entities (WebEncoderOptions with UnicodeRanges.All).
        Assert.Contains("Sở Ngoại vụ tỉnh Quảng Trị", html, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 95/KH-SNgV ngày 30/01/2019", html, StringComparison.Ordinal);
        Assert.Contains("Nâng cao chất lượng nguồn nhân lực", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_signing_in(string url)
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_address_gets_the_Vietnamese_404_page()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, "Không có quyền truy cập")]
    [InlineData(500, "Đã xảy ra lỗi")]
    [InlineData(503, "Hệ thống tạm thời gián đoạn")]
    public async Task Error_pages_are_in_Vietnamese_with_their_status(int status, string title)
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync($"/loi/{status}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tong-quan")]
    [InlineData("/quan-tri/tai-khoan")]
    [InlineData("/quan-tri/mau-phieu-khao-sat")]
    [InlineData("/ke-hoach-cong-tac/1")]
    [InlineData("/thong-bao")]
    [InlineData("/don-doc")]
    [InlineData("/don-doc/lich-su")]
    public async Task Internal_pages_send_anonymous_visitors_to_sign_in(string url)
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_switch_translates_public_pages_only()
    {
        using var client = factory.CreatePortalClient();

        var home = await client.GetHtmlAsync("/?lang=en");
        Assert.Contains("<html lang=\"en\">", home, StringComparison.Ordinal);
        Assert.Contains("Department of Foreign Affairs of Quang Tri Province", home, StringComparison.Ordinal);
        Assert.Contains("Tiếng Việt", home, StringComparison.Ordinal);

        // The sign-in page is for civil servants: it stays Vietnamese.
        var login = await client.GetHtmlAsync("/dang-nhap");
        Assert.Contains("<html lang=\"vi\">", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_without_an_antiforgery_token_is_refused()
    {
        using var client = factory.CreatePortalClient();
        using var content = new FormUrlEncodedContent([new("Email", DemoUsers.Office), new("Password", PortalFactory.DemoPassword)]);

        using var response = await client.PostAsync("/dang-nhap", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
