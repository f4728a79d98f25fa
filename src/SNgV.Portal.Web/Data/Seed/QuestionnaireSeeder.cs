using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// The 2017–2020 SIPAS questionnaire (QĐ 2640/QĐ-BNV), as reconstructed in sipas.md. Idempotent: added only
/// while no version of it exists, so an administrator's corrected versions are never overwritten.
/// </summary>
internal static class QuestionnaireSeeder
{
    public static async Task SeedAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var seed = SeedDocuments.Sipas2017();
        if (await db.Questionnaires.AnyAsync(q => q.Code == seed.Code, cancellationToken))
        {
            return;
        }

        db.Questionnaires.Add(new Questionnaire
        {
            Code = seed.Code,
            Version = 1,
            Title = seed.Title,
            TitleEn = seed.TitleEn,
            OverallQuestion = seed.OverallQuestion,
            OverallQuestionEn = seed.OverallQuestionEn,
            CreatedAtUtc = DateTime.UtcNow,
            Elements = seed.Elements.Select((e, i) => new SurveyElement
            {
                Number = i + 1,
                Name = e.Name,
                NameEn = e.NameEn,
                Criteria = e.Criteria.Select((c, j) => new Criterion { Number = j + 1, Text = c.Text, TextEn = c.TextEn }).ToList(),
            }).ToList(),
            ProfileQuestions = seed.ProfileQuestions.Select((p, i) => new ProfileQuestion
            {
                Code = p.Code,
                SortOrder = i + 1,
                Text = p.Text,
                TextEn = p.TextEn,
                Options = p.Options.Select((o, j) => new ProfileOption { Code = o.Code, SortOrder = j + 1, Text = o.Text, TextEn = o.TextEn }).ToList(),
            }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed record QuestionnaireSeed(
    string Code,
    string Title,
    string TitleEn,
    string OverallQuestion,
    string OverallQuestionEn,
    IReadOnlyList<ElementSeed> Elements,
    IReadOnlyList<ProfileQuestionSeed> ProfileQuestions);

internal sealed record ElementSeed(string Name, string NameEn, IReadOnlyList<BilingualSeed> Criteria);

internal sealed record BilingualSeed(string Text, string TextEn);

internal sealed record ProfileQuestionSeed(string Code, string Text, string TextEn, IReadOnlyList<ProfileOptionSeed> Options);

internal sealed record ProfileOptionSeed(string Code, string Text, string TextEn);
