using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Surveys;

public sealed record RoundRow(int Id, string Name, string Slug, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, int Questionnaire, int Responses, int Pending);

public sealed record QuestionnaireChoice(int Id, string Title, int Version);

public sealed record RoundFormViewModel(int? Id, SurveyRoundInput Input, IReadOnlyList<QuestionnaireChoice> Questionnaires, IReadOnlyList<ProcedureChoice> Procedures);

/// <summary>The Office's survey rounds: period, questionnaire, procedures in scope, open or closed.</summary>
public sealed class SurveyRoundService(PortalDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<RoundRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.SurveyRounds.OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
            .Select(r => new RoundRow(r.Id, r.Name, r.Slug, r.OpensOn, r.ClosesOn, r.IsOpen, r.Questionnaire!.Version,
                db.SurveyResponses.Count(s => s.SurveyRoundId == r.Id),
                db.SurveyResponses.Count(s => s.SurveyRoundId == r.Id && s.Decision == SurveyDecision.Pending)))
            .ToListAsync(cancellationToken);

    public async Task<RoundFormViewModel?> FormAsync(int? id, SurveyRoundInput? input, CancellationToken cancellationToken)
    {
        if (input is null && id is not null)
        {
            input = await db.SurveyRounds.Where(r => r.Id == id)
                .Select(r => new SurveyRoundInput
                {
                    Name = r.Name,
                    NameEn = r.NameEn,
                    Slug = r.Slug,
                    QuestionnaireId = r.QuestionnaireId,
                    OpensOn = r.OpensOn,
                    ClosesOn = r.ClosesOn,
                    IsOpen = r.IsOpen,
                    ProcedureIds = r.Procedures.Select(p => p.AdministrativeProcedureId).ToList(),
                    ConcurrencyStamp = r.ConcurrencyStamp,
                }).SingleOrDefaultAsync(cancellationToken);
            if (input is null)
            {
                return null;
            }
        }

        var questionnaires = await db.Questionnaires.OrderByDescending(q => q.Id)
            .Select(q => new QuestionnaireChoice(q.Id, q.Title, q.Version)).ToListAsync(cancellationToken);
        input ??= new SurveyRoundInput { QuestionnaireId = questionnaires.FirstOrDefault()?.Id ?? 0, IsOpen = true };
        var procedures = await db.Procedures.Where(p => p.Status == ProcedureStatus.Published || input.ProcedureIds.Contains(p.Id))
            .OrderBy(p => p.Name).Select(p => new ProcedureChoice(p.Id, p.Name)).ToListAsync(cancellationToken);
        return new RoundFormViewModel(id, input, questionnaires, procedures);
    }

    public async Task<SaveResult> SaveAsync(int? id, SurveyRoundInput input, CancellationToken cancellationToken)
    {
        var slug = input.Slug!;
        if (await db.SurveyRounds.AnyAsync(r => r.Slug == slug && r.Id != id, cancellationToken))
        {
            return SaveResult.Refused("Địa chỉ ngắn này đã được dùng cho đợt khác; vui lòng chọn địa chỉ khác.", nameof(SurveyRoundInput.Slug));
        }

        SurveyRound round;
        if (id is null)
        {
            round = new SurveyRound();
            db.SurveyRounds.Add(round);
        }
        else
        {
            var found = await db.SurveyRounds.Include(r => r.Procedures).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (found is null)
            {
                return SaveResult.NotFound;
            }

            if (found.ConcurrencyStamp != input.ConcurrencyStamp)
            {
                return SaveResult.Conflict(found.ConcurrencyStamp);
            }

            // Responses were given against one questionnaire: the round keeps it.
            if (found.QuestionnaireId != input.QuestionnaireId && await db.SurveyResponses.AnyAsync(r => r.SurveyRoundId == found.Id, cancellationToken))
            {
                return SaveResult.Refused("Đợt đã có phiếu trả lời nên không đổi được mẫu phiếu; hãy tạo đợt mới.", nameof(SurveyRoundInput.QuestionnaireId));
            }

            round = found;
        }

        var procedureIds = await db.Procedures.Where(p => input.ProcedureIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        round.Name = input.Name!;
        round.NameEn = input.NameEn;
        round.Slug = slug;
        round.QuestionnaireId = input.QuestionnaireId;
        round.OpensOn = input.OpensOn!.Value;
        round.ClosesOn = input.ClosesOn!.Value;
        round.IsOpen = input.IsOpen;
        round.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        round.Procedures.RemoveAll(p => !procedureIds.Contains(p.AdministrativeProcedureId));
        round.Procedures.AddRange(procedureIds.Where(p => round.Procedures.All(x => x.AdministrativeProcedureId != p))
            .Select(p => new SurveyRoundProcedure { AdministrativeProcedureId = p }));
        return await db.SaveExpectingAsync(round, input.ConcurrencyStamp, cancellationToken);
    }

    public async Task<RoundView?> RoundAsync(int id, CancellationToken cancellationToken) =>
        await db.SurveyRounds.Where(r => r.Id == id)
            .Select(r => new RoundView(r.Id, r.Name, r.Slug, r.OpensOn, r.ClosesOn, r.IsOpen, r.QuestionnaireId))
            .SingleOrDefaultAsync(cancellationToken);
}
