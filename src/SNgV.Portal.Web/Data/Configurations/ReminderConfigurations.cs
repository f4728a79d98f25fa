using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Message).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(r => r.SentById).HasMaxLength(FieldLengths.UserId);
        builder.Property(r => r.DeduplicationKey).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(r => r.DeduplicationKey).IsUnique();
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Tasks).WithOne().HasForeignKey(t => t.ReminderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderTaskConfiguration : IEntityTypeConfiguration<ReminderTask>
{
    public void Configure(EntityTypeBuilder<ReminderTask> builder)
    {
        builder.HasKey(t => new { t.ReminderId, t.PlanTaskId });
        builder.HasOne(t => t.PlanTask).WithMany().HasForeignKey(t => t.PlanTaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RecipientId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Reminder>().WithMany().HasForeignKey(n => n.ReminderId).OnDelete(DeleteBehavior.SetNull);

        // A deleted draft takes its notices with it: their link would lead nowhere.
        builder.HasOne<Report>().WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProgressUpdate>().WithMany().HasForeignKey(n => n.ProgressUpdateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.UserName).HasMaxLength(FieldLengths.Email);
        builder.Property(a => a.EntityType).HasMaxLength(FieldLengths.Code * 3).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(FieldLengths.Code * 3).IsRequired();
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
