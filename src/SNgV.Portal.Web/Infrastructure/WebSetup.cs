using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Startup;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseStartup>();
        services.AddHttpContextAccessor();
        services.AddPortalLocalization();
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add<FluentValidationFilter>();
                // Every POST is checked (SecurityTests enumerates them); only the error page opts out.
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

                // FluentValidation owns the rules; MVC must not add English [Required] messages of its own.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                VietnameseBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
                o.ModelBinderProviders.Insert(0, new CleanTextModelBinderProvider());
            })
            .AddViewLocalization()
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));

        // Razor would otherwise write every Vietnamese letter as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddAntiforgery(o => o.Cookie.Name = "sngv.af");
        services.AddPortalCookieSecurity();
        services.AddPortalAuthorization();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddPortalStaticFiles();

        // Keys in the database: every instance behind a load balancer reads the same cookies and tokens.
        services.AddDataProtection()
            .SetApplicationName("SNgV.Portal")
            .PersistKeysToDbContext<PortalDbContext>();

        return services;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/loi/500");
            app.UseHsts();

            // Behind nginx the forwarded proto says the request was HTTPS, so nothing is redirected there. Health
            // probes often come over plain http on loopback, so they are answered where they are.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }

        app.UsePortalRequestLogging();

        // Inside the request log (which then records a 503, not an exception) and the 500 handler (which still
        // gets every other exception), so the 503 page is the same in Development and Production.
        app.UseDatabaseUnavailablePage();
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UsePortalStaticFiles();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPortalHealthChecks();
        app.MapControllers();
        return app;
    }
}
