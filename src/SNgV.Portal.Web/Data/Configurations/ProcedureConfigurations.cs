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
        builder.HasIndex(f => f.Code).IsUnique();
    }
}

internal sealed class AdministrativeProcedureConfiguration : IEntityTypeConfiguration<AdministrativeProcedure>
{
    public void Configure(EntityTypeBuilder<AdministrativeProcedure> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(FieldLengths.ProcedureCode);
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.Property(p => p.SearchText).HasMaxLength(FieldLengths.Title + FieldLengths.ProcedureCode + 1).IsRequired();
        builder.Property(p => p.ImplementingBody).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(p => p.SubmissionPlace).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.Steps).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(p => p.RequiredDocuments).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(p => p.Fees).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.Applicants).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.Result).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.Conditions).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(p => p.LegalBasis).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(p => p.AnnouncingDecision).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(p => p.Field).WithMany().HasForeignKey(p => p.ProcedureFieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.Status, p.ProcedureFieldId });
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
