using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.Summary).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(r => r.GeneralAssessment).HasMaxLength(FieldLengths.ReportSection).IsRequired();
        builder.Property(r => r.Shortcomings).HasMaxLength(FieldLengths.ReportSection).IsRequired();
        builder.Property(r => r.Difficulties).HasMaxLength(FieldLengths.ReportSection).IsRequired();
        builder.Property(r => r.Proposals).HasMaxLength(FieldLengths.ReportSection).IsRequired();
        builder.Property(r => r.NextTasks).HasMaxLength(FieldLengths.ReportSection).IsRequired();
        builder.Property(r => r.TextFigures).HasMaxLength(FieldLengths.LongText);
        builder.Property(r => r.ProposedTextHashes).HasMaxLength(FieldLengths.LongText);
        builder.Property(r => r.SignerAuthority).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(r => r.SignerTitle).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(r => r.SignerName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(r => r.Recipients).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(r => r.LeadershipComment).HasMaxLength(FieldLengths.LongText);
        builder.Property(r => r.CreatedById).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(r => r.CreatedByName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(r => r.DecidedByName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);

        // A number is given once in a year: two approvals at the same moment cannot both take it.
        builder.HasIndex(r => new { r.IssuedYear, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.State, r.Year });
    }
}

internal sealed class ReportSnapshotConfiguration : IEntityTypeConfiguration<ReportSnapshot>
{
    public void Configure(EntityTypeBuilder<ReportSnapshot> builder)
    {
        builder.HasKey(s => s.ReportId);
        builder.Property(s => s.Document).IsRequired();
        builder.Property(s => s.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne<Report>().WithOne().HasForeignKey<ReportSnapshot>(s => s.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
