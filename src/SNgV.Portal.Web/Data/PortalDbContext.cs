using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data;

/// <summary>
/// The portal's one model, shared by both providers. Each provider has its own subclass so that it keeps
/// its own migrations (Microsoft's "migrations with multiple providers"); the application always asks for
/// <see cref="PortalDbContext"/>.
/// </summary>
/// <remarks>
/// After changing the model, add a migration for both providers (from the repository root):
/// <code>
/// dotnet ef migrations add NAME --project src/SNgV.Portal.Web --context SqliteDbContext --output-dir Data/Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/SNgV.Portal.Web --context SqlServerDbContext --output-dir Data/Migrations/SqlServer
/// </code>
/// A test fails while either set lags the model.
/// </remarks>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    /// <summary>Data Protection keys, shared by every instance of the portal (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanProvision> PlanProvisions => Set<PlanProvision>();

    public DbSet<SolutionArea> SolutionAreas => Set<SolutionArea>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<ProgressEvent> ProgressEvents => Set<ProgressEvent>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ProcedureField> ProcedureFields => Set<ProcedureField>();

    public DbSet<AdministrativeProcedure> Procedures => Set<AdministrativeProcedure>();

    public DbSet<ProcedureForm> ProcedureForms => Set<ProcedureForm>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierTransition> DossierTransitions => Set<DossierTransition>();

    public DbSet<DossierPause> DossierPauses => Set<DossierPause>();

    public DbSet<PciSubIndex> PciSubIndices => Set<PciSubIndex>();

    public DbSet<PciEdition> PciEditions => Set<PciEdition>();

    public DbSet<PciWeight> PciWeights => Set<PciWeight>();

    public DbSet<PciProvince> PciProvinces => Set<PciProvince>();

    public DbSet<PciResult> PciResults => Set<PciResult>();

    public DbSet<PciScore> PciScores => Set<PciScore>();

    public DbSet<PciIndicator> PciIndicators => Set<PciIndicator>();

    public DbSet<PciTarget> PciTargets => Set<PciTarget>();

    public DbSet<SolutionAreaPciLink> SolutionAreaPciLinks => Set<SolutionAreaPciLink>();

    public DbSet<PlanTaskPciLink> PlanTaskPciLinks => Set<PlanTaskPciLink>();

    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();

    public DbSet<SurveyElement> SurveyElements => Set<SurveyElement>();

    public DbSet<Criterion> Criteria => Set<Criterion>();

    public DbSet<ProfileQuestion> ProfileQuestions => Set<ProfileQuestion>();

    public DbSet<ProfileOption> ProfileOptions => Set<ProfileOption>();

    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();

    public DbSet<SurveyRoundProcedure> SurveyRoundProcedures => Set<SurveyRoundProcedure>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    public DbSet<SurveyProfileAnswer> SurveyProfileAnswers => Set<SurveyProfileAnswer>();

    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();

    public DbSet<SurveySecret> SurveySecrets => Set<SurveySecret>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ContactDetails> ContactDetails => Set<ContactDetails>();

    public DbSet<RecruitmentNotice> RecruitmentNotices => Set<RecruitmentNotice>();

    public DbSet<ReportSnapshot> ReportSnapshots => Set<ReportSnapshot>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}

/// <summary>The embedded default store: a SQLite file under the data folder.</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : PortalDbContext(options);

/// <summary>The production store on SQL Server.</summary>
public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : PortalDbContext(options);
