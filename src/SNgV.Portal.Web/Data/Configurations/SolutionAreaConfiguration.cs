using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class SolutionAreaConfiguration : IEntityTypeConfiguration<SolutionArea>
{
    public void Configure(EntityTypeBuilder<SolutionArea> builder)
    {
        builder.Ignore(a => a.Code);
        builder.Property(a => a.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(a => new { a.PlanId, a.Number }).IsUnique();
        builder.HasMany(a => a.Tasks).WithOne(t => t.SolutionArea).HasForeignKey(t => t.SolutionAreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
