using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(u => u.NameEn).HasMaxLength(FieldLengths.ShortText);
        builder.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
    }
}
