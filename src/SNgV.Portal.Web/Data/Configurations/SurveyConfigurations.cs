using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Configurations;

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> builder)
    {
        builder.Property(q => q.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(q => q.Title).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(q => q.TitleEn).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(q => q.OverallQuestion).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(q => q.OverallQuestionEn).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.HasMany(q => q.Elements).WithOne().HasForeignKey(e => e.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.ProfileQuestions).WithOne().HasForeignKey(p => p.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.Code, q.Version }).IsUnique();
    }
}

internal sealed class SurveyElementConfiguration : IEntityTypeConfiguration<SurveyElement>
{
    public void Configure(EntityTypeBuilder<SurveyElement> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(e => e.NameEn).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.HasMany(e => e.Criteria).WithOne().HasForeignKey(c => c.SurveyElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.QuestionnaireId, e.Number }).IsUnique();
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(c => c.TextEn).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.HasIndex(c => new { c.SurveyElementId, c.Number }).IsUnique();
    }
}

internal sealed class ProfileQuestionConfiguration : IEntityTypeConfiguration<ProfileQuestion>
{
    public void Configure(EntityTypeBuilder<ProfileQuestion> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(p => p.Text).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(p => p.TextEn).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.ProfileQuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.QuestionnaireId, p.Code }).IsUnique();
    }
}

internal sealed class ProfileOptionConfiguration : IEntityTypeConfiguration<ProfileOption>
{
    public void Configure(EntityTypeBuilder<ProfileOption> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(o => o.Text).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(o => o.TextEn).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.HasIndex(o => new { o.ProfileQuestionId, o.Code }).IsUnique();
    }
}

internal sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(r => r.NameEn).HasMaxLength(FieldLengths.ShortText);
        builder.Property(r => r.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(r => r.Questionnaire).WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Procedures).WithOne().HasForeignKey(p => p.SurveyRoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.Slug).IsUnique();
    }
}

internal sealed class SurveyRoundProcedureConfiguration : IEntityTypeConfiguration<SurveyRoundProcedure>
{
    public void Configure(EntityTypeBuilder<SurveyRoundProcedure> builder)
    {
        builder.HasKey(p => new { p.SurveyRoundId, p.AdministrativeProcedureId });
        builder.HasOne<AdministrativeProcedure>().WithMany().HasForeignKey(p => p.AdministrativeProcedureId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.ReferenceNumber).HasMaxLength(FieldLengths.SurveyToken).IsRequired();
        builder.Property(r => r.FormToken).HasMaxLength(FieldLengths.SurveyToken).IsRequired();
        builder.Property(r => r.Comment).HasMaxLength(FieldLengths.SurveyComment);
        builder.Property(r => r.AddressHash).HasMaxLength(FieldLengths.AddressHash);
        builder.Property(r => r.DecidedBy).HasMaxLength(FieldLengths.PersonName);
        builder.Property(r => r.EnteredBy).HasMaxLength(FieldLengths.PersonName);
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(r => r.SurveyRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Questionnaire>().WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeProcedure>().WithMany().HasForeignKey(r => r.AdministrativeProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SurveyInvitation>().WithMany().HasForeignKey(r => r.SurveyInvitationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Profile).WithOne().HasForeignKey(a => a.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);

        // A refreshed or double-clicked form carries the same token: the second insert fails on this index.
        builder.HasIndex(r => r.FormToken).IsUnique();
        builder.HasIndex(r => r.ReferenceNumber).IsUnique();

        // One invitation answers once, even when two submissions race.
        builder.HasIndex(r => r.SurveyInvitationId).IsUnique();
        builder.HasIndex(r => new { r.SurveyRoundId, r.Decision, r.ReportingYear, r.ReportingQuarter });
        builder.HasIndex(r => new { r.AddressHash, r.SubmittedAtUtc });
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.HasOne<Criterion>().WithMany().HasForeignKey(a => a.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SurveyResponseId, a.CriterionId }).IsUnique();
        builder.HasIndex(a => new { a.CriterionId, a.Score });
    }
}

internal sealed class SurveyProfileAnswerConfiguration : IEntityTypeConfiguration<SurveyProfileAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyProfileAnswer> builder)
    {
        builder.HasOne<ProfileQuestion>().WithMany().HasForeignKey(a => a.ProfileQuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProfileOption>().WithMany().HasForeignKey(a => a.ProfileOptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SurveyResponseId, a.ProfileQuestionId }).IsUnique();
        builder.HasIndex(a => a.ProfileOptionId);
    }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.Property(i => i.Token).HasMaxLength(FieldLengths.SurveyToken).IsRequired();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(i => i.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeProcedure>().WithMany().HasForeignKey(i => i.AdministrativeProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.Token).IsUnique();
        builder.HasIndex(i => i.DossierId).IsUnique();
    }
}

internal sealed class SurveySecretConfiguration : IEntityTypeConfiguration<SurveySecret>
{
    public void Configure(EntityTypeBuilder<SurveySecret> builder)
    {
        builder.Property(s => s.Salt).HasMaxLength(FieldLengths.AddressHash).IsRequired();
    }
}
