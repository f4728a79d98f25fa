using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Features.Accounts;

public static class IdentitySetup
{
    public const string AuthCookieName = "sngv.auth";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(PasswordRules.Apply)
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = AuthCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // A signed-in user who may not see a page gets a real 403 (rendered by the status-code page),
            // not a redirect that would hide the refusal.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<LinkGenerator>((o, links) =>
        {
            o.LoginPath = links.GetPathByAction(nameof(AccountController.Login), "Account");
            o.LogoutPath = links.GetPathByAction(nameof(AccountController.Logout), "Account");
            o.AccessDeniedPath = links.GetPathByAction("Show", "Errors", new { statusCode = StatusCodes.Status403Forbidden });
        });

        // A disabled account or a reset password signs the user out of other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<MvcOptions>(o => o.Filters.Add<MustChangePasswordFilter>());
        return services;
    }
}
