using Microsoft.AspNetCore.Authorization;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Infrastructure.Authorization;

/// <summary>The portal's authorisation policies, named after what they allow.</summary>
public static class Policies
{
    /// <summary>Create, edit, copy and close plans, their areas and tasks (Văn phòng).</summary>
    public const string CanManagePlans = nameof(CanManagePlans);

    /// <summary>Accept or return submitted progress updates (Văn phòng).</summary>
    public const string CanReviewProgress = nameof(CanReviewProgress);

    /// <summary>See where the whole plan stands (Văn phòng, Lãnh đạo).</summary>
    public const string CanViewOverview = nameof(CanViewOverview);

    /// <summary>Chase units about their tasks (Văn phòng).</summary>
    public const string CanSendReminders = nameof(CanSendReminders);

    /// <summary>Read the audit log (Văn phòng, Quản trị).</summary>
    public const string CanViewAudit = nameof(CanViewAudit);

    /// <summary>Manage accounts (Quản trị).</summary>
    public const string CanManageAccounts = nameof(CanManageAccounts);

    /// <summary>Have a unit task list and report progress at all (Cán bộ, and Văn phòng for the Office's own tasks).</summary>
    public const string CanReportProgress = nameof(CanReportProgress);

    /// <summary>Resource-based, on a <see cref="TaskAccess"/>: read the task, its history and evidence.</summary>
    public const string CanViewTask = nameof(CanViewTask);

    /// <summary>Resource-based, on a <see cref="TaskAccess"/>: report progress on this task.</summary>
    public const string CanUpdateTaskProgress = nameof(CanUpdateTaskProgress);

    /// <summary>Edit, publish and withdraw the procedures of the catalogue, and keep the working-day calendar (Văn phòng, Quản trị).</summary>
    public const string CanManageProcedures = nameof(CanManageProcedures);

    /// <summary>Receive dossiers at the one-stop desk and move them through their statuses (Văn phòng, which runs Bộ phận Một cửa).</summary>
    public const string CanReceiveDossiers = nameof(CanReceiveDossiers);

    /// <summary>Read the PCI record and dashboard (every signed-in user).</summary>
    public const string CanViewPci = nameof(CanViewPci);

    /// <summary>Enter, correct and import PCI results, editions' weights, targets and links to the plan (Văn phòng, Quản trị).</summary>
    public const string CanManagePci = nameof(CanManagePci);

    /// <summary>Run satisfaction survey rounds, type in paper forms and decide on flagged responses (Văn phòng).</summary>
    public const string CanManageSurveys = nameof(CanManageSurveys);

    /// <summary>See the satisfaction indices, comments and exports (Văn phòng, Lãnh đạo).</summary>
    public const string CanViewSurveyResults = nameof(CanViewSurveyResults);

    /// <summary>Correct the wording of questionnaire versions; a version with responses is kept and a new one made (Quản trị).</summary>
    public const string CanEditQuestionnaires = nameof(CanEditQuestionnaires);

    /// <summary>Read issued reports (every signed-in user).</summary>
    public const string CanViewReports = nameof(CanViewReports);

    /// <summary>See reports before they are issued: drafts, submitted and returned ones (Văn phòng, Lãnh đạo).</summary>
    public const string CanViewDraftReports = nameof(CanViewDraftReports);

    /// <summary>Create, edit, submit and delete draft reports (Văn phòng).</summary>
    public const string CanWriteReports = nameof(CanWriteReports);

    /// <summary>Approve or return submitted reports (Lãnh đạo Sở).</summary>
    public const string CanApproveReports = nameof(CanApproveReports);

    /// <summary>Publish recruitment notices for foreign organisations and their results (Văn phòng, and staff of the service centre TTDV).</summary>
    public const string CanPublishRecruitment = nameof(CanPublishRecruitment);

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // Closed by default (ADR 0011): an endpoint that says neither [Authorize] nor [AllowAnonymous] needs a
            // signed-in user. A request no endpoint answers passes, so that an unknown address gets the 404 page
            // rather than a sign-in form.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true || c.Resource is HttpContext { } http && http.GetEndpoint() is null)
                .Build())
            .AddPolicy(CanManagePlans, p => p.RequireRole(Roles.Office))
            .AddPolicy(CanReviewProgress, p => p.RequireRole(Roles.Office))
            .AddPolicy(CanViewOverview, p => p.RequireRole(Roles.Office, Roles.Leadership))
            .AddPolicy(CanSendReminders, p => p.RequireRole(Roles.Office))
            .AddPolicy(CanViewAudit, p => p.RequireRole(Roles.Office, Roles.Administrator))
            .AddPolicy(CanManageAccounts, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(CanReportProgress, p => p.RequireRole(Roles.Staff, Roles.Office))
            .AddPolicy(CanManageProcedures, p => p.RequireRole(Roles.Office, Roles.Administrator))
            .AddPolicy(CanReceiveDossiers, p => p.RequireRole(Roles.Office))
            .AddPolicy(CanViewPci, p => p.RequireAuthenticatedUser())
            .AddPolicy(CanManagePci, p => p.RequireRole(Roles.Office, Roles.Administrator))
            .AddPolicy(CanManageSurveys, p => p.RequireRole(Roles.Office))
            .AddPolicy(CanViewSurveyResults, p => p.RequireRole(Roles.Office, Roles.Leadership))
            .AddPolicy(CanEditQuestionnaires, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(CanViewReports, p => p.RequireAuthenticatedUser())
            .AddPolicy(CanViewDraftReports, p => p.RequireRole(Roles.Office, Roles.Leadership))
            .AddPolicy(CanWriteReports, p => p.RequireRole(Roles.Office))
            .AddPolicy(CanApproveReports, p => p.RequireRole(Roles.Leadership))
            .AddPolicy(CanPublishRecruitment, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Office) || (c.User.IsInRole(Roles.Staff) && c.User.UnitCodeOf() == Unit.ServiceCentreCode)))
            .AddPolicy(CanViewTask, p => p.AddRequirements(new TaskAccessRequirement(TaskAccessLevel.View)))
            .AddPolicy(CanUpdateTaskProgress, p => p.AddRequirements(new TaskAccessRequirement(TaskAccessLevel.UpdateProgress)));
        services.AddSingleton<IAuthorizationHandler, TaskAccessHandler>();
        return services;
    }
}
