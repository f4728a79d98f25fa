using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Features.Admin;
using SNgV.Portal.Web.Features.Audit;
using SNgV.Portal.Web.Features.Calendar;
using SNgV.Portal.Web.Features.Contact;
using SNgV.Portal.Web.Features.Dashboard;
using SNgV.Portal.Web.Features.DemoHistory;
using SNgV.Portal.Web.Features.Dossiers;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Features.Overview;
using SNgV.Portal.Web.Features.Pci;
using SNgV.Portal.Web.Features.PlanManagement;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Features.Procedures;
using SNgV.Portal.Web.Features.Questionnaires;
using SNgV.Portal.Web.Features.Recruitment;
using SNgV.Portal.Web.Features.Progress;
using SNgV.Portal.Web.Features.Reports;
using SNgV.Portal.Web.Features.Review;
using SNgV.Portal.Web.Features.SurveyResults;
using SNgV.Portal.Web.Features.Surveys;
using SNgV.Portal.Web.Features.Units;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features;

public static class FeatureServices
{
    /// <summary>The services of every feature folder, each small and used by its own controller.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<DemoContactSeeder>();
        services.Configure<DemoHistoryOptions>(configuration.GetSection(DemoHistoryOptions.Section));
        services.AddScoped<DemoActivitySeeder>();
        services.AddScoped<IDemoHistorySeeder, DemoHistorySeeder>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<UnitService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<PlanReadService>();
        services.AddScoped<NotificationWriter>();
        services.Configure<EvidenceOptions>(configuration.GetSection(EvidenceOptions.Section));
        services.AddSingleton<EvidenceStorage>();
        services.AddScoped<ProgressService>();
        services.AddScoped<UnitTaskListService>();
        services.AddScoped<ReportingCalendar>();
        services.AddScoped<ReviewService>();
        services.AddScoped<OverviewService>();
        services.AddScoped<PlanManagementService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<ProcedureService>();
        services.AddScoped<ProcedureFormService>();
        services.AddScoped<CalendarService>();
        services.AddScoped<DossierService>();
        services.AddSingleton<LookupThrottle>();
        services.AddScoped<ContactService>();
        services.AddScoped<RecruitmentService>();
        services.AddScoped<PciRecordQuery>();
        services.AddScoped<PciDashboardService>();
        services.AddScoped<PciAdminService>();
        services.AddScoped<PciImportService>();
        services.AddScoped<PciLinkService>();
        services.AddScoped<PciIndicatorService>();
        services.Configure<SurveyOptions>(configuration.GetSection(SurveyOptions.Section));
        services.AddSingleton<AddressHasher>();
        services.AddMemoryCache();
        services.AddScoped<SurveyService>();
        services.AddScoped<SurveyRoundService>();
        services.AddScoped<SurveyDeskService>();
        services.AddScoped<SurveyResultsService>();
        services.AddScoped<SurveyExport>();
        services.AddScoped<QuestionnaireService>();
        services.AddScoped<ReportAssembler>();
        services.AddScoped<ReportNotices>();
        services.AddScoped<ReportService>();
        return services;
    }
}
