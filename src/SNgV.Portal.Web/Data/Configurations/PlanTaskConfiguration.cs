using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(t => t.ExpectedOutput).HasMaxLength(FieldLengths.Title);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(t => new { t.SolutionAreaId, t.Number }).IsUnique();
        builder.HasIndex(t => t.LeadUnitId);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(t => t.CopiedFromTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.LeadUnit).WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.SupportingUnits).WithOne().HasForeignKey(s => s.PlanTaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTaskSupportingUnitConfiguration : IEntityTypeConfiguration<PlanTaskSupportingUnit>
{
    public void Configure(EntityTypeBuilder<PlanTaskSupportingUnit> builder)
    {
        builder.HasKey(s => new { s.PlanTaskId, s.UnitId });
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
