using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class ContactDetailsConfiguration : IEntityTypeConfiguration<ContactDetails>
{
    public void Configure(EntityTypeBuilder<ContactDetails> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Address).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.AddressEn).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(c => c.Hotline).HasMaxLength(FieldLengths.Phone);
        builder.Property(c => c.OneStopDeskPhone).HasMaxLength(FieldLengths.Phone);
        builder.Property(c => c.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(c => c.ReceptionHours).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.ReceptionHoursEn).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.OneStopDeskHours).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.OneStopDeskHoursEn).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
    }
}
