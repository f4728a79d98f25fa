using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SNgV.Portal.Web.Features.Accounts;

/// <summary>The <c>SignInLimit</c> section: how many sign-in attempts one client address may make per window.</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignInLimit";

    /// <summary>Sign-in attempts (right or wrong) one address may post within <see cref="WindowSeconds"/>.</summary>
    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Limits posts to the sign-in form per client address, on top of the per-account lockout: one address cannot try
/// passwords across many accounts. The address is the one the forwarded-headers middleware leaves on the connection,
/// so behind nginx it is the visitor's (ASPNETCORE_FORWARDEDHEADERS_ENABLED), as for the dossier look-up.
/// A refused attempt gets 429 and the Vietnamese "Quá nhiều yêu cầu" page.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "dang-nhap";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInLimitOptions>()
            .Bind(configuration.GetSection(SignInLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "SignInLimit:PermitLimit và SignInLimit:WindowSeconds phải lớn hơn 0.")
            .ValidateOnStart();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Policy, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<SignInLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>An IPv4 address as is; an IPv6 address by its /64, which one household or attacker usually holds whole.</summary>
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
