using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class ProcedureFieldConfiguration : IEntityTypeConfiguration<ProcedureField>
{
    public void Configure(EntityTypeBuilder<ProcedureField> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(f => f.Name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(f => f.NameEn).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(f => f.Code).IsUnique();
    }
}

internal sealed class AdministrativeProcedureConfiguration : IEntityTypeConfiguration<AdministrativeProcedure>
{
    public void Configure(EntityTypeBuilder<AdministrativeProcedure> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(FieldLengths.ProcedureCode);
        builder.Property(p => p.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.Property(p => p.SearchText).HasMaxLength(FieldLengths.ProcedureSearchText).IsRequired();
        Text(builder, p => p.Name, p => p.NameEn, FieldLengths.Title);
        Text(builder, p => p.Summary, p => p.SummaryEn, FieldLengths.Title);
        Text(builder, p => p.ImplementingBody, p => p.ImplementingBodyEn, FieldLengths.ShortText);
        Text(builder, p => p.SubmissionPlace, p => p.SubmissionPlaceEn, FieldLengths.Title);
        Text(builder, p => p.Steps, p => p.StepsEn, FieldLengths.LongText);
        Text(builder, p => p.RequiredDocuments, p => p.RequiredDocumentsEn, FieldLengths.LongText);
        Text(builder, p => p.Fees, p => p.FeesEn, FieldLengths.Title);
        Text(builder, p => p.Applicants, p => p.ApplicantsEn, FieldLengths.Title);
        Text(builder, p => p.Result, p => p.ResultEn, FieldLengths.Title);
        Text(builder, p => p.Conditions, p => p.ConditionsEn, FieldLengths.LongText);
        Text(builder, p => p.LegalBasis, p => p.LegalBasisEn, FieldLengths.LongText);
        builder.Property(p => p.AnnouncingDecision).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.FeeAmount).HasPrecision(18, 0);
        builder.Property(p => p.OnlineSubmissionUrl).HasMaxLength(FieldLengths.Url);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(p => p.Field).WithMany().HasForeignKey(p => p.ProcedureFieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Forms).WithOne().HasForeignKey(f => f.AdministrativeProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.Status, p.ProcedureFieldId });
    }

    /// <summary>A Vietnamese field (required) and its optional English twin, of one length.</summary>
    private static void Text(
        EntityTypeBuilder<AdministrativeProcedure> builder,
        System.Linq.Expressions.Expression<Func<AdministrativeProcedure, string>> vietnamese,
        System.Linq.Expressions.Expression<Func<AdministrativeProcedure, string?>> english,
        int maxLength)
    {
        builder.Property(vietnamese).HasMaxLength(maxLength).IsRequired();
        builder.Property(english).HasMaxLength(maxLength);
    }
}

internal sealed class ProcedureFormConfiguration : IEntityTypeConfiguration<ProcedureForm>
{
    public void Configure(EntityTypeBuilder<ProcedureForm> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(f => f.TitleEn).HasMaxLength(FieldLengths.ShortText);
        builder.Property(f => f.FileName).HasMaxLength(FieldLengths.FileName).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UploadedById).HasMaxLength(FieldLengths.UserId).IsRequired();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.HasIndex(d => d.Date).IsUnique();
    }
}

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.Property(d => d.ReceiptCode).HasMaxLength(FieldLengths.ReceiptCode).IsRequired();
        builder.Property(d => d.ApplicantName).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(d => d.Contact).HasMaxLength(FieldLengths.ShortText);
        builder.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(d => d.Procedure).WithMany().HasForeignKey(d => d.AdministrativeProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Transitions).WithOne().HasForeignKey(t => t.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Pauses).WithOne().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);

        // The code the applicant types; a collision on insert is retried with a new code.
        builder.HasIndex(d => d.ReceiptCode).IsUnique();
        builder.HasIndex(d => new { d.AdministrativeProcedureId, d.ReceivedOn });
        builder.HasIndex(d => new { d.Status, d.DueOn });
    }
}

internal sealed class DossierTransitionConfiguration : IEntityTypeConfiguration<DossierTransition>
{
    public void Configure(EntityTypeBuilder<DossierTransition> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(t => t.UserName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(t => t.Note).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(t => new { t.DossierId, t.AtUtc });
    }
}
