using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Features.Dossiers;
using SNgV.Portal.Web.Features.Errors;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Codes;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>Headers, antiforgery, explicit authorisation, redirects and cookies, checked on the running portal (ADR 0011).</summary>
public sealed partial class SecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Anonymous = "";

    /// <summary>Actions that answer POST without checking the token, each with its reason. Nothing else may.</summary>
    private static readonly Dictionary<string, string> AntiforgeryExempt = new()
    {
        // Re-executed by the status-code middleware for any request, a refused POST included; it changes nothing.
        [$"{typeof(ErrorsController).FullName}.{nameof(ErrorsController.Show)}"] = "error page",
    };

    [Theory]
    [InlineData(Anonymous, "/")]
    [InlineData(Anonymous, "/dang-nhap")]
    [InlineData(Anonymous, "/thu-tuc")]
    [InlineData(Anonymous, "/khong-co-trang-nay")]
    [InlineData(Anonymous, "/css/site.css")]
    [InlineData(Anonymous, "/health/live")]
    [InlineData(DemoUsers.Office, "/tong-quan")]
    [InlineData(DemoUsers.ConsularStaff, "/nhiem-vu")]
    public async Task Every_response_carries_the_content_security_policy_and_the_other_security_headers(string user, string url)
    {
        using var client = await ClientAsync(user);

        using var response = await client.GetAsync(url);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_policy_allows_scripts_styles_and_frames_from_nowhere_but_the_site()
    {
        using var client = factory.CreatePortalClient();
        using var response = await client.GetAsync("/");

        var directives = Directives(response);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.DoesNotContain(directives.Values, v => v.Contains("'unsafe-inline'", StringComparison.Ordinal) || v.Contains("'unsafe-eval'", StringComparison.Ordinal));
    }

    [Fact]
    public void Views_hold_no_inline_script_style_or_event_handler_that_the_policy_would_block()
    {
        var web = Path.Combine(TestDirectories.RepositoryRoot(), "src", "SNgV.Portal.Web");
        var views = Directory.GetFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(views.Count > 50, $"Only {views.Count} views found under {web}.");

        var offences = views
            .SelectMany(file => InlineCode().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetRelativePath(web, file)}: {m.Value}"))
            .ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void The_QR_codes_drawn_on_the_server_carry_no_style_or_script()
    {
        var svg = QrCodes.Svg("https://congthongtin.example/tra-cuu-ho-so?ma=ABC");

        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineCode(), svg);
    }

    [Fact]
    public void Every_state_changing_action_validates_the_antiforgery_token()
    {
        var globalCheck = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value.Filters.OfType<AutoValidateAntiforgeryTokenAttribute>().Any();
        var actions = Endpoints()
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(a => a.Action is not null)
            .ToList();
        // An action without an HTTP method attribute answers every method, POST included.
        var stateChanging = actions
            .Where(a => a.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { HttpMethods.Count: > 0 } methods
                || methods.HttpMethods.Any(m => m is not ("GET" or "HEAD")))
            .ToList();
        Assert.True(stateChanging.Count > 40, $"Only {stateChanging.Count} state-changing actions found.");

        var unprotected = new List<string>();
        foreach (var (endpoint, action) in stateChanging)
        {
            var name = $"{action!.ControllerTypeInfo.FullName}.{action.MethodInfo.Name}";
            // The policy nearest the action wins, as in MVC's own filter resolution.
            var nearest = NearestAntiforgeryPolicy(endpoint);
            var validated = nearest is not IgnoreAntiforgeryTokenAttribute && (globalCheck || nearest is not null);
            if (!validated && !AntiforgeryExempt.ContainsKey(name))
            {
                unprotected.Add($"{name} ({endpoint.DisplayName})");
            }
        }

        Assert.True(unprotected.Count == 0, "POST without antiforgery validation: " + string.Join(", ", unprotected));
        // The exemptions are still needed: an exemption for an action that no longer exists or now validates is removed.
        var ignored = stateChanging
            .Where(a => NearestAntiforgeryPolicy(a.Endpoint) is IgnoreAntiforgeryTokenAttribute)
            .Select(a => $"{a.Action!.ControllerTypeInfo.FullName}.{a.Action.MethodInfo.Name}")
            .ToHashSet();
        Assert.Equal(AntiforgeryExempt.Keys.Order(), ignored.Order());
    }

    [Theory]
    [InlineData(Anonymous, "/dang-nhap")]
    [InlineData(Anonymous, "/khao-sat")]
    [InlineData(DemoUsers.Office, "/dang-xuat")]
    [InlineData(DemoUsers.Office, "/thong-bao/da-doc-tat-ca")]
    [InlineData(DemoUsers.Office, "/quan-ly-ke-hoach/tao-moi")]
    [InlineData(DemoUsers.Office, "/don-doc")]
    [InlineData(DemoUsers.Office, "/tai-khoan/doi-mat-khau")]
    [InlineData(DemoUsers.Administrator, "/quan-tri/tai-khoan/tao-moi")]
    [InlineData(DemoUsers.Administrator, "/quan-tri/lien-he")]
    [InlineData(DemoUsers.Office, "/quan-ly-tuyen-dung/tao-moi")]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing(string user, string url)
    {
        using var client = await ClientAsync(user);
        using var content = new FormUrlEncodedContent([new("Input.Title", "Không có mã chống giả mạo")]);

        using var response = await client.PostAsync(url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (user != Anonymous)
        {
            // Still signed in: even the sign-out did not happen.
            using var after = await client.GetAsync("/tong-quan");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
    }

    [Fact]
    public void Every_endpoint_is_explicitly_authorised_or_explicitly_anonymous()
    {
        var endpoints = Endpoints();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/health/live");
        Assert.True(endpoints.Count > 100, $"Only {endpoints.Count} endpoints found.");

        var unmarked = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(unmarked.Count == 0, "Neither [Authorize] nor [AllowAnonymous]: " + string.Join(", ", unmarked));
    }

    [Fact]
    public async Task An_endpoint_that_says_nothing_is_closed_to_anonymous_visitors_by_the_fallback_policy()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var policy = await scope.ServiceProvider.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        Assert.NotNull(policy);
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "canbo")], "cookie"));
        static HttpContext At(Endpoint? endpoint)
        {
            var context = new DefaultHttpContext();
            context.SetEndpoint(endpoint);
            return context;
        }

        var unmarked = new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, "một trang mới chưa ghi quyền");

        Assert.False((await authorization.AuthorizeAsync(anonymous, At(unmarked), policy)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(signedIn, At(unmarked), policy)).Succeeded);
        // No endpoint at all: the 404 page, not a sign-in form.
        Assert.True((await authorization.AuthorizeAsync(anonymous, At(null), policy)).Succeeded);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/ke-hoach")]
    [InlineData("/thu-tuc")]
    [InlineData("/tra-cuu-ho-so")]
    [InlineData("/khao-sat")]
    [InlineData("/ket-qua-khao-sat")]
    [InlineData("/dang-nhap")]
    [InlineData("/health/ready")]
    [InlineData("/lib/bootstrap/js/bootstrap.bundle.min.js")]
    [InlineData("/js/print.js")]
    public async Task Public_pages_static_files_and_health_checks_stay_open_without_signing_in(string url)
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://evil.example/dang-nhap")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("https:evil.example")]
    public async Task Sign_in_ends_on_a_page_of_the_portal_whatever_the_returnUrl(string returnUrl)
    {
        using var client = factory.CreatePortalClient();

        using var signIn = await client.PostFormAsync("/dang-nhap",
            ("Email", DemoUsers.Office), ("Password", PortalFactory.DemoPassword), ("ReturnUrl", returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/tong-quan", signIn.Headers.Location!.OriginalString);

        // Signed in already, the sign-in page forwards, and just as safely.
        using var again = await client.GetAsync("/dang-nhap?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("/tong-quan", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_local_page_that_asked_for_it()
    {
        using var client = factory.CreatePortalClient();

        using var signIn = await client.PostFormAsync("/dang-nhap",
            ("Email", DemoUsers.Office), ("Password", PortalFactory.DemoPassword), ("ReturnUrl", "/thong-bao?page=1"));

        Assert.Equal("/thong-bao?page=1", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Over_plain_http_in_Development_cookies_are_HttpOnly_and_SameSite_but_not_Secure()
    {
        using var client = factory.CreatePortalClient();

        using var form = await client.GetAsync("/dang-nhap");
        var antiforgery = Cookie(form, "sngv.af");
        using var signIn = await client.PostFormAsync("/dang-nhap", ("Email", DemoUsers.Office), ("Password", PortalFactory.DemoPassword));
        var auth = Cookie(signIn, "sngv.auth");
        using var language = await client.GetAsync("/?lang=en");
        var culture = Cookie(language, ".AspNetCore.Culture");

        Assert.Contains("samesite=strict", antiforgery, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", auth, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", culture, StringComparison.Ordinal);
        foreach (var cookie in new[] { antiforgery, auth, culture })
        {
            Assert.Contains("httponly", cookie, StringComparison.Ordinal);
            Assert.DoesNotContain("secure", cookie, StringComparison.Ordinal);
        }
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} has no {name} header.");

    /// <summary>The Set-Cookie header of <paramref name="name"/>, lower-cased for the attribute checks.</summary>
    internal static string Cookie(HttpResponseMessage response, string name)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;
        return cookie?.ToLowerInvariant() ?? throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} set no {name} cookie.");
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static IAntiforgeryPolicy? NearestAntiforgeryPolicy(Endpoint endpoint)
    {
        var policies = endpoint.Metadata.GetOrderedMetadata<IAntiforgeryPolicy>();
        return policies.Count == 0 ? null : policies[^1];
    }

    private List<RouteEndpoint> Endpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    private async Task<HttpClient> ClientAsync(string user)
    {
        var client = factory.CreatePortalClient();
        if (user != Anonymous)
        {
            await client.SignInSuccessfullyAsync(user);
        }

        return client;
    }

    /// <summary>A script element without src, a style element or attribute, an on* handler, or a javascript: address.</summary>
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>|<style[\s>]|\sstyle\s*=|\son[a-z]+\s*=\s*[""']|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
