using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

/// <summary>Precisions of the PCI's numbers, shared by the configurations and the forms.</summary>
public static class PciPrecision
{
    /// <summary>A 1–10 score with two decimals: decimal(4,2).</summary>
    public const int ScorePrecision = 4;

    /// <summary>A composite on the 100-point scale with two decimals: decimal(5,2).</summary>
    public const int CompositePrecision = 5;

    /// <summary>A weight as a fraction with four decimals (0.2000): decimal(5,4).</summary>
    public const int WeightPrecision = 5;

    public const int WeightScale = 4;
}

internal sealed class PciSubIndexConfiguration : IEntityTypeConfiguration<PciSubIndex>
{
    public void Configure(EntityTypeBuilder<PciSubIndex> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(s => s.EnglishName).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.HasIndex(s => s.Number).IsUnique();
    }
}

internal sealed class PciEditionConfiguration : IEntityTypeConfiguration<PciEdition>
{
    public void Configure(EntityTypeBuilder<PciEdition> builder)
    {
        builder.Property(e => e.SourceNote).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(e => e.Year).IsUnique();
        builder.HasMany(e => e.Weights).WithOne().HasForeignKey(w => w.PciEditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PciWeightConfiguration : IEntityTypeConfiguration<PciWeight>
{
    public void Configure(EntityTypeBuilder<PciWeight> builder)
    {
        builder.HasKey(w => new { w.PciEditionId, w.PciSubIndexId });
        builder.Property(w => w.Weight).HasPrecision(PciPrecision.WeightPrecision, PciPrecision.WeightScale);
        builder.HasOne(w => w.SubIndex).WithMany().HasForeignKey(w => w.PciSubIndexId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PciProvinceConfiguration : IEntityTypeConfiguration<PciProvince>
{
    public void Configure(EntityTypeBuilder<PciProvince> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
    }
}

internal sealed class PciResultConfiguration : IEntityTypeConfiguration<PciResult>
{
    public void Configure(EntityTypeBuilder<PciResult> builder)
    {
        builder.Property(r => r.PublishedComposite).HasPrecision(PciPrecision.CompositePrecision, 2);
        builder.Property(r => r.Source).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(r => new { r.PciProvinceId, r.Year }).IsUnique();
        builder.HasOne(r => r.Province).WithMany().HasForeignKey(r => r.PciProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.PciResultId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PciScoreConfiguration : IEntityTypeConfiguration<PciScore>
{
    public void Configure(EntityTypeBuilder<PciScore> builder)
    {
        builder.HasKey(s => new { s.PciResultId, s.PciSubIndexId });
        builder.Property(s => s.Score).HasPrecision(PciPrecision.ScorePrecision, 2);
        builder.HasOne(s => s.SubIndex).WithMany().HasForeignKey(s => s.PciSubIndexId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PciIndicatorConfiguration : IEntityTypeConfiguration<PciIndicator>
{
    public void Configure(EntityTypeBuilder<PciIndicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(FieldLengths.Unit).IsRequired();
        builder.Property(i => i.RawValue).HasPrecision(18, 4);
        builder.Property(i => i.Score).HasPrecision(PciPrecision.ScorePrecision, 2);
        builder.HasIndex(i => new { i.PciProvinceId, i.Year, i.PciSubIndexId });
        builder.HasOne(i => i.SubIndex).WithMany().HasForeignKey(i => i.PciSubIndexId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Province).WithMany().HasForeignKey(i => i.PciProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PciTargetConfiguration : IEntityTypeConfiguration<PciTarget>
{
    public void Configure(EntityTypeBuilder<PciTarget> builder)
    {
        builder.Property(t => t.Score).HasPrecision(PciPrecision.ScorePrecision, 2);
        builder.HasIndex(t => new { t.PciSubIndexId, t.Year }).IsUnique();
        builder.HasOne(t => t.SubIndex).WithMany().HasForeignKey(t => t.PciSubIndexId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SolutionAreaPciLinkConfiguration : IEntityTypeConfiguration<SolutionAreaPciLink>
{
    public void Configure(EntityTypeBuilder<SolutionAreaPciLink> builder)
    {
        builder.HasKey(l => new { l.SolutionAreaId, l.PciSubIndexId });
        builder.HasOne(l => l.SolutionArea).WithMany().HasForeignKey(l => l.SolutionAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.SubIndex).WithMany().HasForeignKey(l => l.PciSubIndexId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanTaskPciLinkConfiguration : IEntityTypeConfiguration<PlanTaskPciLink>
{
    public void Configure(EntityTypeBuilder<PlanTaskPciLink> builder)
    {
        builder.HasKey(l => new { l.PlanTaskId, l.PciSubIndexId });
        builder.HasOne(l => l.PlanTask).WithMany().HasForeignKey(l => l.PlanTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.SubIndex).WithMany().HasForeignKey(l => l.PciSubIndexId).OnDelete(DeleteBehavior.Restrict);
    }
}
