using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Features;
using SNgV.Portal.Web.Features.Accounts;
using SNgV.Portal.Web.Features.Reminders;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Mail;

namespace SNgV.Portal.Web;

/// <summary>
/// Every service of the portal, in one list for the web host (Program.cs) and for the tools that run the portal's
/// code on its database (tools/SNgV.Portal.DataGenerator), so the two cannot drift apart.
/// </summary>
public static class PortalServices
{
    public static WebApplicationBuilder AddPortalServices(this WebApplicationBuilder builder)
    {
        var paths = PortalPaths.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);

        builder.AddPortalLogging(paths);
        builder.Services.AddSingleton(paths);
        builder.Services.AddPortalDatabase(builder.Configuration, paths);
        builder.Services.AddPortalIdentity();
        builder.Services.AddSignInRateLimit(builder.Configuration);
        builder.Services.AddPortalWeb();
        builder.Services.AddPortalHealthChecks();
        builder.Services.AddPortalFeatures(builder.Configuration);
        builder.Services.AddPortalAddress(builder.Configuration);
        builder.Services.AddPortalMail(builder.Configuration);
        builder.Services.AddPortalReminders(builder.Configuration);
        return builder;
    }
}
