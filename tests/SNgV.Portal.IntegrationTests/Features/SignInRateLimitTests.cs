using System.Globalization;
using System.Net;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class SignInRateLimitTests(LowSignInLimitPortalFactory factory) : IClassFixture<LowSignInLimitPortalFactory>
{
    [Fact]
    public async Task A_burst_of_sign_ins_from_one_address_gets_429_with_a_Vietnamese_page_while_other_addresses_sign_in()
    {
        using var guesser = factory.CreatePortalClient();
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        for (var attempt = 1; attempt <= LowSignInLimitPortalFactory.Limit; attempt++)
        {
            using var wrong = await guesser.SignInAsync($"doan.{attempt}@sngv.test", "sai-mat-khau-123");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // Even the right password is refused from that address until the window ends.
        using var refused = await guesser.SignInAsync(DemoUsers.Office);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(SecurityTests.Header(refused, "Retry-After"), CultureInfo.InvariantCulture), 1, 600);
        SecurityTests.AssertSecurityHeaders(refused);

        // Only posts are counted: the form itself still opens.
        using var form = await guesser.GetAsync("/dang-nhap");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        // Another visitor, seen through the proxy's X-Forwarded-For, is not affected.
        using var colleague = factory.CreatePortalClient();
        colleague.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");
        await colleague.SignInSuccessfullyAsync(DemoUsers.Office);
    }
}
