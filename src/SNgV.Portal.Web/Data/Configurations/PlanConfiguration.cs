using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(FieldLengths.PlanNumber).IsRequired();
        builder.HasIndex(p => p.Number).IsUnique();
        builder.Property(p => p.IssuedAt).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.LegalBasis).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.SignerTitle).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.SignerName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(p => p.ClosingText).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.CopiedFromPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Provisions).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Areas).WithOne(a => a.Plan).HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanProvisionConfiguration : IEntityTypeConfiguration<PlanProvision>
{
    public void Configure(EntityTypeBuilder<PlanProvision> builder)
    {
        builder.Property(p => p.Text).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.HasIndex(p => new { p.PlanId, p.Kind, p.SortOrder }).IsUnique();
    }
}
