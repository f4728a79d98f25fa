using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Identity;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Every cookie the portal sets is HttpOnly, SameSite=Lax or stricter, and Secure outside Development. Development
/// keeps "same as the request", so <c>dotnet run</c> over http still signs in.
/// </summary>
public static class CookieSecurity
{
    public static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public static IServiceCollection AddPortalCookieSecurity(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((o, env) => o.Cookie.SecurePolicy = SecurePolicy(env));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IHostEnvironment>((o, env) =>
            {
                o.Cookie.SecurePolicy = SecurePolicy(env);
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
            });

        // The catch-all for the rest (TempData, the language cookie, Identity's other cookies): UseCookiePolicy
        // applies these to every cookie appended to a response.
        services.AddOptions<CookiePolicyOptions>()
            .Configure<IHostEnvironment>((o, env) =>
            {
                o.Secure = SecurePolicy(env);
                o.HttpOnly = HttpOnlyPolicy.Always;
                o.MinimumSameSitePolicy = SameSiteMode.Lax;
            });
        return services;
    }
}
