using System.Net;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class ProductionSecurityTests(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    private const string Site = "https://congthongtin.sngv.example";

    [Theory]
    [InlineData("/")]
    [InlineData("/dang-nhap?ReturnUrl=%2Fnhiem-vu")]
    [InlineData("/tong-quan")]
    public async Task Plain_http_is_redirected_to_https(string url)
    {
        using var client = factory.CreateClientAt("http://congthongtin.sngv.example");

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(Site + url, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Health_probes_over_plain_http_are_answered_where_they_are()
    {
        using var client = factory.CreateClientAt("http://127.0.0.1");

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Over_https_the_portal_sends_hsts_and_the_security_headers_even_on_error_pages()
    {
        using var client = factory.CreateClientAt(Site);

        using var home = await client.GetAsync("/");
        using var missing = await client.GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("max-age=31536000", SecurityTests.Header(home, "Strict-Transport-Security"));
        SecurityTests.AssertSecurityHeaders(home);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không tìm thấy trang", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SecurityTests.AssertSecurityHeaders(missing);
    }

    [Fact]
    public async Task Every_cookie_is_Secure_HttpOnly_and_SameSite()
    {
        const string email = "vanphong@songoaivu.example";
        await factory.CreateUserAsync(email, Roles.Office, "VP");
        using var client = factory.CreateClientAt(Site);

        using var form = await client.GetAsync("/dang-nhap");
        using var signIn = await client.PostFormAsync("/dang-nhap", ("Email", email), ("Password", PortalFactory.DemoPassword));
        Assert.Equal("/tong-quan", signIn.Headers.Location!.OriginalString);
        using var language = await client.GetAsync("/?lang=en");

        var cookies = new[]
        {
            SecurityTests.Cookie(form, "sngv.af"),
            SecurityTests.Cookie(signIn, "sngv.auth"),
            SecurityTests.Cookie(language, ".AspNetCore.Culture"),
        };
        foreach (var cookie in cookies)
        {
            Assert.Contains("; secure", cookie, StringComparison.Ordinal);
            Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
            Assert.Matches("; samesite=(lax|strict)", cookie);
        }
    }
}
