using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Surveys;

namespace SNgV.Portal.Web.Features.Questionnaires;

public sealed record QuestionnaireRow(int Id, string Code, int Version, string Title, DateTime CreatedAtUtc, int Rounds, int Responses, bool IsLatest);

public sealed record QuestionnaireFormViewModel(
    int Id,
    string Code,
    int Version,
    DateTime CreatedAtUtc,
    int Responses,
    IReadOnlyList<string> Rounds,
    int NextVersion,
    QuestionnaireInput Input);

/// <summary>One text of the form in both languages: <c>Name</c> and <c>Name + "En"</c> are the posted fields.</summary>
public sealed record BilingualField(string Name, string Label, string? Vi, string? En, int MaxLength, bool Multiline = false);

/// <summary>How a saved correction was kept.</summary>
public enum QuestionnaireChange
{
    /// <summary>Nothing differed from the stored texts; nothing was written.</summary>
    Unchanged,

    /// <summary>No response yet: the version's texts were corrected where they are.</summary>
    Corrected,

    /// <summary>The version has responses: it is kept and a new version carries the corrected texts.</summary>
    NewVersion,
}

public sealed record QuestionnaireSaved(QuestionnaireChange Change, int Id, int Version, int Responses = 0);

/// <summary>
/// Questionnaire versions for the administrator: the list, and corrections of the wording. A version that has
/// responses never changes (the answers and indices must keep the words people rated); correcting it makes the
/// next version of the same code, with the same structure and fresh ids.
/// </summary>
public sealed class QuestionnaireService(PortalDbContext db, TimeProvider clock, IMemoryCache cache)
{
    public async Task<IReadOnlyList<QuestionnaireRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Questionnaires.AsNoTracking().OrderBy(q => q.Code).ThenByDescending(q => q.Version)
            .Select(q => new QuestionnaireRow(q.Id, q.Code, q.Version, q.Title, q.CreatedAtUtc,
                db.SurveyRounds.Count(r => r.QuestionnaireId == q.Id),
                db.SurveyResponses.Count(r => r.QuestionnaireId == q.Id),
                !db.Questionnaires.Any(o => o.Code == q.Code && o.Version > q.Version)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The form of version <paramref name="id"/>: its texts, or those <paramref name="posted"/> (kept as typed, with the
    /// stamp the administrator had) laid over the version's own structure.
    /// </summary>
    /// <summary>
    /// The editor, around what was posted when there was a post. After a conflict the form carries the stamp of the
    /// version as stored now, so that saving again (having read the warning) saves; otherwise it keeps the posted one.
    /// </summary>
    public async Task<QuestionnaireFormViewModel?> FormAsync(int id, QuestionnaireInput? posted, CancellationToken cancellationToken, bool afterConflict = false)
    {
        var questionnaire = await LoadAsync(id, tracked: false, cancellationToken);
        if (questionnaire is null)
        {
            return null;
        }

        var latest = await LatestVersionAsync(questionnaire.Code, cancellationToken);
        var responses = await db.SurveyResponses.CountAsync(r => r.QuestionnaireId == id, cancellationToken);
        var rounds = await db.SurveyRounds.Where(r => r.QuestionnaireId == id).OrderBy(r => r.OpensOn).Select(r => r.Name).ToListAsync(cancellationToken);
        var input = InputOf(questionnaire, QuestionnaireStamp.Of(questionnaire, latest));
        if (posted is not null)
        {
            Overlay(input, posted);
            input.Stamp = afterConflict ? input.Stamp : posted.Stamp;
        }

        return new QuestionnaireFormViewModel(questionnaire.Id, questionnaire.Code, questionnaire.Version, questionnaire.CreatedAtUtc,
            responses, rounds, latest + 1, input);
    }

    public async Task<SaveResult<QuestionnaireSaved?>> SaveAsync(int id, QuestionnaireInput input, CancellationToken cancellationToken)
    {
        var questionnaire = await LoadAsync(id, tracked: true, cancellationToken);
        if (questionnaire is null)
        {
            return SaveResult.NotFound.With<QuestionnaireSaved?>(null);
        }

        var latest = await LatestVersionAsync(questionnaire.Code, cancellationToken);
        if (QuestionnaireStamp.Of(questionnaire, latest) != input.Stamp || Wording.Of(input) is not { } wording || !wording.Covers(questionnaire))
        {
            return SaveResult.Conflict().With<QuestionnaireSaved?>(null);
        }

        if (!wording.Differs(questionnaire))
        {
            return SaveResult.Saved.With<QuestionnaireSaved?>(new(QuestionnaireChange.Unchanged, questionnaire.Id, questionnaire.Version));
        }

        var responses = await db.SurveyResponses.CountAsync(r => r.QuestionnaireId == id, cancellationToken);
        Questionnaire saved;
        if (responses == 0)
        {
            wording.ApplyTo(questionnaire);
            saved = questionnaire;
        }
        else
        {
            saved = wording.Copy(questionnaire, latest + 1, clock.GetUtcNow().UtcDateTime);
            db.Questionnaires.Add(saved);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (responses > 0 && UniqueViolation.Is(exception))
        {
            // Two administrators made version latest + 1 at the same moment: the unique (Code, Version) index kept one.
            db.ChangeTracker.Clear();
            if (await LatestVersionAsync(questionnaire.Code, cancellationToken) > latest)
            {
                return SaveResult.Conflict().With<QuestionnaireSaved?>(null);
            }

            throw;
        }

        SurveyService.ForgetQuestionnaire(cache, questionnaire.Id);
        return SaveResult.Saved.With<QuestionnaireSaved?>(responses == 0
            ? new(QuestionnaireChange.Corrected, saved.Id, saved.Version)
            : new(QuestionnaireChange.NewVersion, saved.Id, saved.Version, responses));
    }

    private async Task<Questionnaire?> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Questionnaires.AsSplitQuery()
            .Include(q => q.Elements).ThenInclude(e => e.Criteria)
            .Include(q => q.ProfileQuestions).ThenInclude(p => p.Options);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
    }

    private Task<int> LatestVersionAsync(string code, CancellationToken cancellationToken) =>
        db.Questionnaires.Where(q => q.Code == code).MaxAsync(q => q.Version, cancellationToken);

    private static QuestionnaireInput InputOf(Questionnaire q, string stamp) => new()
    {
        Title = q.Title,
        TitleEn = q.TitleEn,
        OverallQuestion = q.OverallQuestion,
        OverallQuestionEn = q.OverallQuestionEn,
        Stamp = stamp,
        Elements = q.Elements.OrderBy(e => e.Number).Select(e => new ElementInput
        {
            Id = e.Id,
            Number = e.Number,
            Name = e.Name,
            NameEn = e.NameEn,
            Criteria = e.Criteria.OrderBy(c => c.Number).Select(c => new CriterionInput { Id = c.Id, Number = c.Number, Text = c.Text, TextEn = c.TextEn }).ToList(),
        }).ToList(),
        ProfileQuestions = q.ProfileQuestions.OrderBy(p => p.SortOrder).Select((p, i) => new ProfileQuestionInput
        {
            Id = p.Id,
            Number = i + 1,
            Text = p.Text,
            TextEn = p.TextEn,
            Options = p.Options.OrderBy(o => o.SortOrder).Select((o, j) => new ProfileOptionInput { Id = o.Id, Number = j + 1, Text = o.Text, TextEn = o.TextEn }).ToList(),
        }).ToList(),
    };

    /// <summary>Puts the texts the administrator typed back into the version's own structure, matched by id.</summary>
    private static void Overlay(QuestionnaireInput input, QuestionnaireInput posted)
    {
        (input.Title, input.TitleEn, input.OverallQuestion, input.OverallQuestionEn) =
            (posted.Title, posted.TitleEn, posted.OverallQuestion, posted.OverallQuestionEn);
        foreach (var element in input.Elements)
        {
            var typed = posted.Elements.FirstOrDefault(e => e.Id == element.Id);
            (element.Name, element.NameEn) = typed is null ? (element.Name, element.NameEn) : (typed.Name, typed.NameEn);
            foreach (var criterion in element.Criteria)
            {
                var text = typed?.Criteria.FirstOrDefault(c => c.Id == criterion.Id);
                (criterion.Text, criterion.TextEn) = text is null ? (criterion.Text, criterion.TextEn) : (text.Text, text.TextEn);
            }
        }

        foreach (var question in input.ProfileQuestions)
        {
            var typed = posted.ProfileQuestions.FirstOrDefault(q => q.Id == question.Id);
            (question.Text, question.TextEn) = typed is null ? (question.Text, question.TextEn) : (typed.Text, typed.TextEn);
            foreach (var option in question.Options)
            {
                var text = typed?.Options.FirstOrDefault(o => o.Id == option.Id);
                (option.Text, option.TextEn) = text is null ? (option.Text, option.TextEn) : (text.Text, text.TextEn);
            }
        }
    }

    /// <summary>The corrected texts, cleaned (trimmed, NFC), by the id of the row each belongs to.</summary>
    private sealed class Wording
    {
        private (string Vi, string En) _title;
        private (string Vi, string En) _overall;
        private readonly Dictionary<int, (string Vi, string En)> _elements = [];
        private readonly Dictionary<int, Dictionary<int, (string Vi, string En)>> _criteria = [];
        private readonly Dictionary<int, (string Vi, string En)> _questions = [];
        private readonly Dictionary<int, Dictionary<int, (string Vi, string En)>> _options = [];

        /// <summary>Null when the same row is posted twice (a tampered form).</summary>
        public static Wording? Of(QuestionnaireInput input)
        {
            var wording = new Wording
            {
                _title = Pair(input.Title, input.TitleEn),
                _overall = Pair(input.OverallQuestion, input.OverallQuestionEn),
            };
            foreach (var element in input.Elements)
            {
                if (!wording._elements.TryAdd(element.Id, Pair(element.Name, element.NameEn))
                    || !TryAddAll(wording._criteria[element.Id] = [], element.Criteria.Select(c => (c.Id, Pair(c.Text, c.TextEn)))))
                {
                    return null;
                }
            }

            foreach (var question in input.ProfileQuestions)
            {
                if (!wording._questions.TryAdd(question.Id, Pair(question.Text, question.TextEn))
                    || !TryAddAll(wording._options[question.Id] = [], question.Options.Select(o => (o.Id, Pair(o.Text, o.TextEn)))))
                {
                    return null;
                }
            }

            return wording;
        }

        /// <summary>Exactly the version's rows, each under its own element or question.</summary>
        public bool Covers(Questionnaire q) =>
            _elements.Count == q.Elements.Count
            && q.Elements.All(e => _criteria.TryGetValue(e.Id, out var criteria) && criteria.Count == e.Criteria.Count && e.Criteria.All(c => criteria.ContainsKey(c.Id)))
            && _questions.Count == q.ProfileQuestions.Count
            && q.ProfileQuestions.All(p => _options.TryGetValue(p.Id, out var options) && options.Count == p.Options.Count && p.Options.All(o => options.ContainsKey(o.Id)));

        public bool Differs(Questionnaire q) =>
            _title != (q.Title, q.TitleEn)
            || _overall != (q.OverallQuestion, q.OverallQuestionEn)
            || q.Elements.Any(e => _elements[e.Id] != (e.Name, e.NameEn) || e.Criteria.Any(c => _criteria[e.Id][c.Id] != (c.Text, c.TextEn)))
            || q.ProfileQuestions.Any(p => _questions[p.Id] != (p.Text, p.TextEn) || p.Options.Any(o => _options[p.Id][o.Id] != (o.Text, o.TextEn)));

        public void ApplyTo(Questionnaire q)
        {
            (q.Title, q.TitleEn) = _title;
            (q.OverallQuestion, q.OverallQuestionEn) = _overall;
            foreach (var element in q.Elements)
            {
                (element.Name, element.NameEn) = _elements[element.Id];
                foreach (var criterion in element.Criteria)
                {
                    (criterion.Text, criterion.TextEn) = _criteria[element.Id][criterion.Id];
                }
            }

            foreach (var question in q.ProfileQuestions)
            {
                (question.Text, question.TextEn) = _questions[question.Id];
                foreach (var option in question.Options)
                {
                    (option.Text, option.TextEn) = _options[question.Id][option.Id];
                }
            }
        }

        /// <summary>Version <paramref name="version"/> of the same code: the structure of <paramref name="source"/>, these texts, new rows.</summary>
        public Questionnaire Copy(Questionnaire source, int version, DateTime createdAtUtc) => new()
        {
            Code = source.Code,
            Version = version,
            Title = _title.Vi,
            TitleEn = _title.En,
            OverallQuestion = _overall.Vi,
            OverallQuestionEn = _overall.En,
            CreatedAtUtc = createdAtUtc,
            Elements = source.Elements.OrderBy(e => e.Number).Select(e => new SurveyElement
            {
                Number = e.Number,
                Name = _elements[e.Id].Vi,
                NameEn = _elements[e.Id].En,
                Criteria = e.Criteria.OrderBy(c => c.Number).Select(c => new Criterion
                {
                    Number = c.Number,
                    Text = _criteria[e.Id][c.Id].Vi,
                    TextEn = _criteria[e.Id][c.Id].En,
                }).ToList(),
            }).ToList(),
            ProfileQuestions = source.ProfileQuestions.OrderBy(p => p.SortOrder).Select(p => new ProfileQuestion
            {
                Code = p.Code,
                SortOrder = p.SortOrder,
                Text = _questions[p.Id].Vi,
                TextEn = _questions[p.Id].En,
                Options = p.Options.OrderBy(o => o.SortOrder).Select(o => new ProfileOption
                {
                    Code = o.Code,
                    SortOrder = o.SortOrder,
                    Text = _options[p.Id][o.Id].Vi,
                    TextEn = _options[p.Id][o.Id].En,
                }).ToList(),
            }).ToList(),
        };

        private static (string Vi, string En) Pair(string? vi, string? en) => (vi ?? "", en ?? "");

        private static bool TryAddAll(Dictionary<int, (string Vi, string En)> target, IEnumerable<(int Id, (string Vi, string En) Texts)> items) =>
            items.All(i => target.TryAdd(i.Id, i.Texts));
    }
}

/// <summary>
/// What the administrator saw: a SHA-256 of the version's rows and texts and of the latest version number of its
/// code. Another administrator's correction (in place, or as a newer version) changes it, so the second save is
/// refused instead of silently undoing the first — without a concurrency column on five tables.
/// </summary>
public static class QuestionnaireStamp
{
    private const char Field = '\u001f';
    private const char Record = '\u001e';

    public static string Of(Questionnaire q, int latestVersion)
    {
        var text = new StringBuilder();
        void Add(char kind, params object[] values) => text.Append(kind).Append(Field).AppendJoin(Field, values).Append(Record);

        Add('Q', q.Id, q.Code, q.Version, latestVersion, q.Title, q.TitleEn, q.OverallQuestion, q.OverallQuestionEn);
        foreach (var e in q.Elements.OrderBy(e => e.Number))
        {
            Add('E', e.Id, e.Number, e.Name, e.NameEn);
            foreach (var c in e.Criteria.OrderBy(c => c.Number))
            {
                Add('C', c.Id, c.Number, c.Text, c.TextEn);
            }
        }

        foreach (var p in q.ProfileQuestions.OrderBy(p => p.SortOrder))
        {
            Add('P', p.Id, p.Code, p.Text, p.TextEn);
            foreach (var o in p.Options.OrderBy(o => o.SortOrder))
            {
                Add('O', o.Id, o.Code, o.Text, o.TextEn);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
