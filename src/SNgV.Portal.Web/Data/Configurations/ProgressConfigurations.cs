using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.Property(u => u.WorkDone).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(u => u.Difficulties).HasMaxLength(FieldLengths.LongText);
        builder.Property(u => u.Proposals).HasMaxLength(FieldLengths.LongText);
        builder.Property(u => u.ReviewComment).HasMaxLength(FieldLengths.LongText);
        builder.Property(u => u.CreatedById).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(u => u.ReviewedById).HasMaxLength(FieldLengths.UserId);
        builder.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(u => u.PlanTask).WithMany(t => t.Updates).HasForeignKey(u => u.PlanTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Files).WithOne().HasForeignKey(f => f.ProgressUpdateId).OnDelete(DeleteBehavior.Cascade);

        // One update per task, unit and period: a unit edits its draft rather than starting another.
        builder.HasIndex(u => new { u.PlanTaskId, u.UnitId, u.PeriodStart }).IsUnique();
        builder.HasIndex(u => new { u.State, u.SubmittedAtUtc });
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(FieldLengths.FileName).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UploadedById).HasMaxLength(FieldLengths.UserId).IsRequired();
    }
}

internal sealed class ProgressEventConfiguration : IEntityTypeConfiguration<ProgressEvent>
{
    public void Configure(EntityTypeBuilder<ProgressEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(e => e.Text).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(e => new { e.PlanTaskId, e.AtUtc });
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(e => e.PlanTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProgressUpdate>().WithMany().HasForeignKey(e => e.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
    }
}
