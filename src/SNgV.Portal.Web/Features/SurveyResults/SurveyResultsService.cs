using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Surveys;

namespace SNgV.Portal.Web.Features.SurveyResults;

/// <summary>Which responses the indices are computed over: a round, optionally one reporting quarter, procedure or profile group.</summary>
public sealed record ResultsFilter(int? RoundId, int? Year = null, int? Quarter = null, int? ProcedureId = null, int? ProfileOptionId = null);

public sealed record GroupResult(string Label, SatisfactionResults Results);

public sealed record CommentRow(DateOnly SubmittedOn, string Procedure, SurveyChannel Channel, string Comment);

public sealed record RoundChoice(int Id, string Name, string Slug);

public sealed record ResultsViewModel(
    ResultsFilter Filter,
    IReadOnlyList<RoundChoice> Rounds,
    RoundChoice? Round,
    IReadOnlyList<ReportingPeriod> Quarters,
    IReadOnlyList<ProcedureChoice> Procedures,
    IReadOnlyList<ProfileQuestionView> ProfileQuestions,
    SatisfactionResults? Results,
    IReadOnlyList<GroupResult> ByProcedure,
    IReadOnlyList<GroupResult> ByQuarter,
    IReadOnlyList<CommentRow> Comments,
    int Pending);

/// <summary>
/// The satisfaction indices. Every figure comes from grouped queries in the database (counts of valid and
/// satisfied answers and score sums per criterion, responses per element, per group); only those counts reach memory, where
/// <see cref="SatisfactionSummary"/> applies the formulas.
/// </summary>
public sealed class SurveyResultsService(PortalDbContext db, SurveyService surveys)
{
    public const int CommentLimit = 100;

    public async Task<ResultsViewModel> ResultsAsync(ResultsFilter filter, bool withComments, CancellationToken cancellationToken)
    {
        var rounds = await db.SurveyRounds.AsNoTracking().OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
            .Select(r => new { Choice = new RoundChoice(r.Id, r.Name, r.Slug), r.QuestionnaireId }).ToListAsync(cancellationToken);
        var chosen = rounds.FirstOrDefault(r => r.Choice.Id == filter.RoundId) ?? rounds.FirstOrDefault();
        var choices = rounds.Select(r => r.Choice).ToList();
        if (chosen is null)
        {
            return new ResultsViewModel(filter, choices, null, [], [], [], null, [], [], [], 0);
        }

        var round = chosen.Choice;
        filter = filter with { RoundId = round.Id };
        var questionnaire = await surveys.QuestionnaireAsync(chosen.QuestionnaireId, cancellationToken);
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => db.SurveyRoundProcedures.Any(s => s.SurveyRoundId == round.Id && s.AdministrativeProcedureId == p.Id))
            .OrderBy(p => p.Name).Select(p => new ProcedureChoice(p.Id, p.Name)).ToListAsync(cancellationToken);
        var responses = Counted(filter);

        var results = await ResultsOfAsync(questionnaire, responses, cancellationToken);
        var byProcedure = await GroupedAsync(questionnaire, responses, r => r.AdministrativeProcedureId, cancellationToken);
        var procedureNames = await db.Procedures.Where(p => byProcedure.Keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var byQuarter = await GroupedAsync(questionnaire, responses, r => (r.ReportingYear * 10) + r.ReportingQuarter, cancellationToken);
        var quarters = await db.SurveyResponses.Where(r => r.SurveyRoundId == round.Id)
            .Select(r => new { r.ReportingYear, r.ReportingQuarter }).Distinct().ToListAsync(cancellationToken);

        var comments = withComments
            ? await responses.Where(r => r.Comment != null).OrderByDescending(r => r.SubmittedAtUtc).Take(CommentLimit)
                .Join(db.Procedures, r => r.AdministrativeProcedureId, p => p.Id, (r, p) => new CommentRow(r.SubmittedOn, p.Name, r.Channel, r.Comment!))
                .ToListAsync(cancellationToken)
            : [];
        var pending = await db.SurveyResponses.CountAsync(r => r.SurveyRoundId == round.Id && r.Decision == SurveyDecision.Pending, cancellationToken);

        return new ResultsViewModel(
            filter,
            choices,
            round,
            quarters.Select(q => ReportingPeriod.Quarter(q.ReportingYear, q.ReportingQuarter)).OrderBy(q => q.Start).ToList(),
            procedures,
            questionnaire.ProfileQuestions,
            results,
            byProcedure.OrderBy(g => procedureNames.GetValueOrDefault(g.Key)).Select(g => new GroupResult(procedureNames.GetValueOrDefault(g.Key) ?? "", g.Value)).ToList(),
            byQuarter.OrderBy(g => g.Key).Select(g => new GroupResult(ReportingPeriod.Quarter(g.Key / 10, g.Key % 10).Label, g.Value)).ToList(),
            comments,
            pending);
    }

    /// <summary>The responses that count: of the round, not flagged (or accepted by the Office), within the filter.</summary>
    public IQueryable<SurveyResponse> Counted(ResultsFilter filter)
    {
        var responses = db.SurveyResponses.AsNoTracking().Where(r => r.SurveyRoundId == filter.RoundId && r.Decision == SurveyDecision.Counted);
        if (filter.Year is { } year && filter.Quarter is { } quarter)
        {
            responses = responses.Where(r => r.ReportingYear == year && r.ReportingQuarter == quarter);
        }

        if (filter.ProcedureId is { } procedureId)
        {
            responses = responses.Where(r => r.AdministrativeProcedureId == procedureId);
        }

        if (filter.ProfileOptionId is { } optionId)
        {
            responses = responses.Where(r => r.Profile.Any(p => p.ProfileOptionId == optionId));
        }

        return responses;
    }

    public async Task<SatisfactionResults> ResultsOfAsync(QuestionnaireView questionnaire, IQueryable<SurveyResponse> responses, CancellationToken cancellationToken)
    {
        var grouped = await GroupedAsync(questionnaire, responses, _ => 0, cancellationToken);
        return grouped.GetValueOrDefault(0) ?? SatisfactionSummary.Of(questionnaire, 0, new Dictionary<int, AnswerCounts>(), new Dictionary<int, long>(), default);
    }

    /// <summary>
    /// Four grouped queries: answers per group and criterion, responses that answered an element per group and element,
    /// the overall question per group, responses per group.
    /// </summary>
    private async Task<Dictionary<int, SatisfactionResults>> GroupedAsync(
        QuestionnaireView questionnaire, IQueryable<SurveyResponse> responses, Expression<Func<SurveyResponse, int>> key, CancellationToken cancellationToken)
    {
        var keyed = responses.Select(Keyed(key));
        var answers = await (
                from a in db.SurveyAnswers
                join r in keyed on a.SurveyResponseId equals r.Id
                where a.Score != null
                group a.Score by new { r.Key, a.CriterionId } into g
                select new { g.Key.Key, g.Key.CriterionId, Valid = g.Count(), Satisfied = g.Sum(s => s >= 4 ? 1 : 0), Sum = g.Sum(s => s!.Value) })
            .ToListAsync(cancellationToken);
        var elements = await (
                from a in db.SurveyAnswers
                join r in keyed on a.SurveyResponseId equals r.Id
                join c in db.Criteria on a.CriterionId equals c.Id
                where a.Score != null
                group a.SurveyResponseId by new { r.Key, c.SurveyElementId } into g
                select new { g.Key.Key, g.Key.SurveyElementId, Responses = g.Distinct().Count() })
            .ToListAsync(cancellationToken);
        var overall = await (
                from r in keyed
                where r.Overall != null
                group r.Overall by r.Key into g
                select new { g.Key, Valid = g.Count(), Satisfied = g.Sum(s => s >= 4 ? 1 : 0), Sum = g.Sum(s => s!.Value) })
            .ToDictionaryAsync(g => g.Key, g => new AnswerCounts(g.Valid, g.Satisfied, g.Sum), cancellationToken);
        var counts = await keyed.GroupBy(r => r.Key).Select(g => new { g.Key, N = g.Count() }).ToListAsync(cancellationToken);

        return counts.ToDictionary(c => c.Key, c => SatisfactionSummary.Of(
            questionnaire,
            c.N,
            answers.Where(a => a.Key == c.Key).ToDictionary(a => a.CriterionId, a => new AnswerCounts(a.Valid, a.Satisfied, a.Sum)),
            elements.Where(e => e.Key == c.Key).ToDictionary(e => e.SurveyElementId, e => (long)e.Responses),
            overall.GetValueOrDefault(c.Key)));
    }

    private static Expression<Func<SurveyResponse, KeyedResponse>> Keyed(Expression<Func<SurveyResponse, int>> key)
    {
        var r = key.Parameters[0];
        var body = Expression.MemberInit(
            Expression.New(typeof(KeyedResponse)),
            Expression.Bind(typeof(KeyedResponse).GetProperty(nameof(KeyedResponse.Id))!, Expression.Property(r, nameof(SurveyResponse.Id))),
            Expression.Bind(typeof(KeyedResponse).GetProperty(nameof(KeyedResponse.Key))!, key.Body),
            Expression.Bind(typeof(KeyedResponse).GetProperty(nameof(KeyedResponse.Overall))!, Expression.Property(r, nameof(SurveyResponse.OverallScore))));
        return Expression.Lambda<Func<SurveyResponse, KeyedResponse>>(body, r);
    }

    private sealed class KeyedResponse
    {
        public long Id { get; init; }

        public int Key { get; init; }

        public int? Overall { get; init; }
    }
}
