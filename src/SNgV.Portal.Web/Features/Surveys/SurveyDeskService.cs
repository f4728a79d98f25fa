using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Surveys;

public sealed record FlaggedRow(long Id, string ReferenceNumber, DateTime SubmittedAtUtc, string Procedure, SurveySuspicion Flags, int? Seconds, string Round);

public sealed record PaperFormViewModel(SurveyForm Form, PaperSurveyInput Input, string? LastReference);

/// <summary>The Office's desk work on responses: typing in paper forms, and deciding on flagged responses.</summary>
public sealed class SurveyDeskService(PortalDbContext db, SurveyService surveys, TimeProvider clock)
{
    public async Task<SurveyForm?> RoundFormAsync(int roundId, CancellationToken cancellationToken)
    {
        var slug = await db.SurveyRounds.Where(r => r.Id == roundId).Select(r => r.Slug).SingleOrDefaultAsync(cancellationToken);
        return slug is null ? null : await surveys.FormAsync(slug, cancellationToken);
    }

    public static PaperSurveyInput NewPaper(int procedureId = 0) => new() { FormToken = SurveyService.NewToken(), ProcedureId = procedureId };

    /// <summary>Turns the digits into answers; a wrong count of digits is reported beside that element.</summary>
    public async Task<SubmitOutcome> SavePaperAsync(SurveyForm form, PaperSurveyInput paper, string enteredBy, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var input = new SurveyInput
        {
            FormToken = paper.FormToken,
            ProcedureId = paper.ProcedureId,
            Overall = paper.Overall,
            Profile = paper.Profile,
            Comment = paper.Comment,
        };
        foreach (var element in form.Questionnaire.Elements)
        {
            var digits = (paper.Digits.GetValueOrDefault(element.Id) ?? "").Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length != element.Criteria.Count)
            {
                modelState.AddModelError($"Input.Digits[{element.Id}]", $"Yếu tố {element.Number} có {element.Criteria.Count} tiêu chí: vui lòng gõ đúng {element.Criteria.Count} chữ số (đã gõ {digits.Length}).");
                continue;
            }

            for (var i = 0; i < digits.Length; i++)
            {
                input.Answers[element.Criteria[i].Id] = digits[i] - '0';
            }
        }

        if (form.Procedures.All(p => p.Id != paper.ProcedureId))
        {
            modelState.AddModelError("Input.ProcedureId", "Vui lòng chọn thủ tục trong danh sách của đợt.");
        }

        if (!modelState.IsValid)
        {
            return new SubmitOutcome(SubmitStatus.Invalid);
        }

        SurveyService.CheckAgainst(form, input, modelState, null);
        return await surveys.SubmitAsync(form, input, new SurveySubmission(SurveyChannel.Paper, EnteredBy: enteredBy), cancellationToken);
    }

    public async Task<IReadOnlyList<FlaggedRow>> PendingAsync(CancellationToken cancellationToken) =>
        await db.SurveyResponses.Where(r => r.Decision == SurveyDecision.Pending)
            .OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Join(db.Procedures, r => r.AdministrativeProcedureId, p => p.Id, (r, p) => new { r, p.Name })
            .Join(db.SurveyRounds, x => x.r.SurveyRoundId, s => s.Id, (x, s) => new FlaggedRow(x.r.Id, x.r.ReferenceNumber, x.r.SubmittedAtUtc, x.Name, x.r.Flags, x.r.SecondsToComplete, s.Name))
            .Take(200)
            .ToListAsync(cancellationToken);

    /// <summary>The Office decides whether a flagged response counts. Only pending responses are decided.</summary>
    public async Task<bool> DecideAsync(long id, bool counts, string decidedBy, CancellationToken cancellationToken) =>
        await db.SurveyResponses.Where(r => r.Id == id && r.Decision == SurveyDecision.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Decision, counts ? SurveyDecision.Counted : SurveyDecision.Excluded)
                .SetProperty(r => r.DecidedBy, decidedBy)
                .SetProperty(r => r.DecidedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken) == 1;
}
