using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Features.Admin;
using SNgV.Portal.Web.Features.Dashboard;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Features.Plans;

namespace SNgV.Portal.Web.Features;

public static class FeatureServices
{
    /// <summary>The services of every feature folder, each small and used by its own controller.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<PlanReadService>();
        services.AddScoped<NotificationWriter>();
        services.AddScoped<NotificationService>();
        return services;
    }
}
