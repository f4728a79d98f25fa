using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Features.Accounts;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddPortalLocalization();
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add<FluentValidationFilter>();
                o.Filters.Add<MustChangePasswordFilter>();
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

                // Every action needs a signed-in user unless it says [AllowAnonymous]. A filter rather than a
                // fallback policy, so that an unknown address answers 404 instead of asking to sign in.
                o.Filters.Add(new AuthorizeFilter());

                // FluentValidation owns the rules; MVC must not add English [Required] messages of its own.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                VietnameseBindingMessages.Apply(o.ModelBindingMessageProvider);
            })
            .AddViewLocalization()
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));

        // Razor would otherwise write every Vietnamese letter as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddAntiforgery(o => o.Cookie.Name = "sngv.af");
        services.AddPortalAuthorization();

        // Keys in the database: every instance behind a load balancer reads the same cookies and tokens.
        services.AddDataProtection()
            .SetApplicationName("SNgV.Portal")
            .PersistKeysToDbContext<PortalDbContext>();

        return services;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/loi/500");
            app.UseHsts();
        }

        app.UsePortalRequestLogging();
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPortalHealthChecks();
        app.MapControllers();
        return app;
    }
}
