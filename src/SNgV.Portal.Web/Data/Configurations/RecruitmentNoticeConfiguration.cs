using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class RecruitmentNoticeConfiguration : IEntityTypeConfiguration<RecruitmentNotice>
{
    public void Configure(EntityTypeBuilder<RecruitmentNotice> builder)
    {
        foreach (var name in new[] { nameof(RecruitmentNotice.Organisation), nameof(RecruitmentNotice.Position), nameof(RecruitmentNotice.Place) })
        {
            builder.Property<string>(name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        }

        foreach (var name in new[]
        {
            nameof(RecruitmentNotice.OrganisationEn), nameof(RecruitmentNotice.Project), nameof(RecruitmentNotice.ProjectEn),
            nameof(RecruitmentNotice.PositionEn), nameof(RecruitmentNotice.PlaceEn), nameof(RecruitmentNotice.Interviews),
            nameof(RecruitmentNotice.InterviewsEn), nameof(RecruitmentNotice.Contact),
        })
        {
            builder.Property<string?>(name).HasMaxLength(FieldLengths.ShortText);
        }

        foreach (var name in new[] { nameof(RecruitmentNotice.Duties), nameof(RecruitmentNotice.Requirements), nameof(RecruitmentNotice.HowToApply) })
        {
            builder.Property<string>(name).HasMaxLength(FieldLengths.LongText).IsRequired();
        }

        foreach (var name in new[]
        {
            nameof(RecruitmentNotice.DutiesEn), nameof(RecruitmentNotice.RequirementsEn), nameof(RecruitmentNotice.HowToApplyEn),
            nameof(RecruitmentNotice.Results), nameof(RecruitmentNotice.ResultsEn),
        })
        {
            builder.Property<string?>(name).HasMaxLength(FieldLengths.LongText);
        }

        builder.Property(n => n.JobDescriptionFileName).HasMaxLength(FieldLengths.FileName);
        builder.Property(n => n.JobDescriptionStorageKey).HasMaxLength(FieldLengths.FileName);
        builder.Property(n => n.JobDescriptionSha256).HasMaxLength(64);
        builder.Property(n => n.ConcurrencyStamp).IsConcurrencyToken();
        // The public lists: open notices by deadline, the archive by deadline descending.
        builder.HasIndex(n => new { n.PublishedOn, n.Deadline });
    }
}
