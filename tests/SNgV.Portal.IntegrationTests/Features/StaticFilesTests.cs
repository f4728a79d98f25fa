using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>A fast first visit: static files compressed and, when versioned, cached for a year; a favicon; a description.</summary>
public sealed partial class StaticFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_stylesheets_scripts_icons_and_favicon_a_page_links_are_compressed_and_cached_for_a_year(string encoding)
    {
        using var client = factory.CreatePortalClient();
        var home = await client.GetHtmlAsync("/");
        var assets = AssetLink().Matches(home).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains(assets, a => a.StartsWith("/lib/bootstrap/css/bootstrap.min.css?v=", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/js/", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith(Icons.SpritePath + "?v=", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/favicon.ico?v=", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(StaticFilesSetup.VersionedCacheControl, response.Headers.CacheControl!.ToString());
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Pages_are_not_compressed_so_a_token_never_sits_in_a_compressed_reply_beside_typed_text()
    {
        using var client = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/thu-tuc?q=hop+phap+hoa");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_browser_finds_a_favicon_and_search_engines_a_description()
    {
        using var client = factory.CreatePortalClient();
        var home = await client.GetHtmlAsync("/");
        Assert.Matches("<meta name=\"description\" content=\"Cổng thông tin của Sở Ngoại vụ tỉnh Quảng Trị[^\"]+\">", home);
        var icon = Regex.Match(home, "<link rel=\"icon\" href=\"([^\"]+)\"").Groups[1].Value;

        foreach (var path in new[] { WebUtility.HtmlDecode(icon), "/favicon.ico" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an ICO header
        }
    }

    [Theory]
    [InlineData("/", 2)]
    [InlineData("/thu-tuc/chung-nhan-lanh-su-hop-phap-hoa-lanh-su", 3)]
    public async Task Every_script_a_page_loads_is_deferred_so_none_holds_up_its_first_paint(string path, int scripts)
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetHtmlAsync(path);

        var tags = ScriptTag().Matches(page).Select(m => m.Value).ToList();
        Assert.Equal(scripts, tags.Count);
        Assert.All(tags, tag => Assert.Matches("\\sdefer[\\s>]", tag));
        // The layout's scripts are named in the head, so they are fetched beside the stylesheets.
        var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains(tags, tag => tag.Contains("/lib/bootstrap/js/bootstrap.bundle.min.js?v=", StringComparison.Ordinal) && head.Contains(tag, StringComparison.Ordinal));
    }

    [GeneratedRegex("<script\\b[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("(?:href|src)=\"(/(?:(?:lib|css|js)/[^\"]+|favicon\\.ico)\\?v=[^\"]+)\"")]
    private static partial Regex AssetLink();
}
