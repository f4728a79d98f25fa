using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Codes;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>The survey as respondents and the desk see it: the open round's form, submissions and invitations.</summary>
public sealed class SurveyService(
    PortalDbContext db,
    TimeProvider clock,
    IDataProtectionProvider protection,
    IOptions<SurveyOptions> options,
    AddressHasher hasher,
    IMemoryCache cache,
    SqliteWriteGate writeGate)
{
    /// <summary>
    /// How long a questionnaire stays cached. A version with responses never changes; one without may be corrected in
    /// place, which evicts it here (<see cref="ForgetQuestionnaire"/>), and on other instances shows within this time.
    /// </summary>
    public static readonly TimeSpan QuestionnaireCacheTime = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _stamps = protection.CreateProtector("SNgV.Portal.Surveys.FormStamp");

    /// <summary>The round at <paramref name="slug"/>, or (without a slug) the open round whose period covers today.</summary>
    public async Task<SurveyForm?> FormAsync(string? slug, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var rounds = db.SurveyRounds.AsNoTracking();
        rounds = slug is null
            ? rounds.Where(r => r.IsOpen && r.OpensOn <= today && r.ClosesOn >= today).OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
            : rounds.Where(r => r.Slug == slug);
        var round = await rounds
            .Select(r => new RoundView(r.Id, r.Name, r.Slug, r.OpensOn, r.ClosesOn, r.IsOpen, r.QuestionnaireId))
            .FirstOrDefaultAsync(cancellationToken);
        if (round is null)
        {
            return null;
        }

        var procedures = await db.Procedures
            .Where(p => db.SurveyRoundProcedures.Any(s => s.SurveyRoundId == round.Id && s.AdministrativeProcedureId == p.Id))
            .OrderBy(p => p.Name).Select(p => new ProcedureChoice(p.Id, p.Name)).ToListAsync(cancellationToken);
        return new SurveyForm(round, await QuestionnaireAsync(round.QuestionnaireId, cancellationToken), procedures);
    }

    /// <summary>
    /// A questionnaire version with its elements, criteria and profile questions. Every survey form shown and sent needs
    /// it, so it is read from the database once and then kept in memory for <see cref="QuestionnaireCacheTime"/>.
    /// </summary>
    public async Task<QuestionnaireView> QuestionnaireAsync(int id, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(QuestionnaireKey(id), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = QuestionnaireCacheTime;
            return LoadQuestionnaireAsync(id, cancellationToken);
        }))!;

    /// <summary>Drops a corrected version from this instance's cache.</summary>
    public static void ForgetQuestionnaire(IMemoryCache cache, int id) => cache.Remove(QuestionnaireKey(id));

    private static string QuestionnaireKey(int id) => $"questionnaire:{id}";

    private async Task<QuestionnaireView> LoadQuestionnaireAsync(int id, CancellationToken cancellationToken)
    {
        var questionnaire = await db.Questionnaires.AsNoTracking().AsSplitQuery()
            .Include(q => q.Elements).ThenInclude(e => e.Criteria)
            .Include(q => q.ProfileQuestions).ThenInclude(p => p.Options)
            .SingleAsync(q => q.Id == id, cancellationToken);
        return new QuestionnaireView(
            questionnaire.Id,
            questionnaire.Version,
            new Bilingual(questionnaire.Title, questionnaire.TitleEn),
            new Bilingual(questionnaire.OverallQuestion, questionnaire.OverallQuestionEn),
            questionnaire.Elements.OrderBy(e => e.Number).Select(e => new ElementView(e.Id, e.Number, new Bilingual(e.Name, e.NameEn),
                e.Criteria.OrderBy(c => c.Number).Select(c => new CriterionView(c.Id, e.Number, c.Number, new Bilingual(c.Text, c.TextEn))).ToList())).ToList(),
            questionnaire.ProfileQuestions.OrderBy(p => p.SortOrder).Select(p => new ProfileQuestionView(p.Id, p.Code, new Bilingual(p.Text, p.TextEn),
                p.Options.OrderBy(o => o.SortOrder).Select(o => new ProfileOptionView(o.Id, o.Code, new Bilingual(o.Text, o.TextEn))).ToList())).ToList());
    }

    /// <summary>A blank input with a fresh one-time token, stamped with the moment the form is shown.</summary>
    public SurveyInput NewInput(int? procedureId = null)
    {
        var token = NewToken();
        return new SurveyInput
        {
            FormToken = token,
            FormStamp = _stamps.Protect($"{token}|{clock.GetUtcNow().UtcTicks}"),
            ProcedureId = procedureId ?? 0,
        };
    }

    /// <summary>The invitation behind a token, or null when there is none.</summary>
    public async Task<SurveyInvitationView?> InvitationAsync(string token, CancellationToken cancellationToken) =>
        await db.SurveyInvitations.AsNoTracking().Where(i => i.Token == token)
            .Join(db.Procedures, i => i.AdministrativeProcedureId, p => p.Id, (i, p) => new SurveyInvitationView(i.Id, i.UsedAtUtc != null, new ProcedureChoice(p.Id, p.Name)))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Checks what the validator cannot know: every criterion of this questionnaire answered, the procedure in the
    /// round's scope, profile options belonging to their questions. Messages go beside the fields.
    /// </summary>
    public static void CheckAgainst(SurveyForm form, SurveyInput input, ModelStateDictionary modelState, ProcedureChoice? invitedFor)
    {
        foreach (var criterion in form.Questionnaire.Criteria.Where(c => !input.Answers.ContainsKey(c.Id)))
        {
            modelState.AddModelError($"Input.Answers[{criterion.Id}]", PageText.Format("Vui lòng trả lời tiêu chí {0} (chọn \"Không áp dụng\" nếu không phù hợp).", criterion.Code));
        }

        var criterionIds = form.Questionnaire.Criteria.Select(c => c.Id).ToHashSet();
        foreach (var unknown in input.Answers.Keys.Where(k => !criterionIds.Contains(k)).ToList())
        {
            input.Answers.Remove(unknown);
        }

        if (invitedFor is not null)
        {
            input.ProcedureId = invitedFor.Id;
        }
        else if (input.ProcedureId > 0 && form.Procedures.All(p => p.Id != input.ProcedureId))
        {
            modelState.AddModelError("Input.ProcedureId", PageText.Of("Vui lòng chọn thủ tục Ông/Bà đã thực hiện trong danh sách."));
        }

        // "Không trả lời" posts an empty value: the question is simply left out.
        foreach (var (questionId, optionId) in input.Profile.ToList())
        {
            var question = form.Questionnaire.ProfileQuestions.SingleOrDefault(q => q.Id == questionId);
            if (optionId is null || question is null || question.Options.All(o => o.Id != optionId))
            {
                input.Profile.Remove(questionId);
            }
        }
    }

    /// <summary>
    /// Records a response. The same form token twice (refresh, double click) returns the first response's
    /// reference; suspicious responses are kept, flagged and wait for the Office.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(SurveyForm form, SurveyInput input, SurveySubmission how, CancellationToken cancellationToken)
    {
        var token = input.FormToken;
        if (string.IsNullOrEmpty(token) || token.Length > FieldLengths.SurveyToken)
        {
            token = NewToken();
        }
        else if (await ReferenceOfTokenAsync(token, cancellationToken) is { } existing)
        {
            return new SubmitOutcome(SubmitStatus.Saved, existing);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var suspicion = SurveySuspicion.None;
        string? addressHash = null;
        int? seconds = null;
        if (how.Channel == SurveyChannel.Online)
        {
            addressHash = await hasher.HashAsync(db, how.Address ?? "unknown", cancellationToken);
            var lastHour = await db.SurveyResponses.CountAsync(r => r.AddressHash == addressHash && r.SubmittedAtUtc > now.AddHours(-1), cancellationToken);
            if (lastHour >= settings.MaxPerAddressPerHour)
            {
                return new SubmitOutcome(SubmitStatus.TooMany);
            }

            var recent = await db.SurveyResponses.CountAsync(r => r.AddressHash == addressHash && r.SubmittedAtUtc > now.AddMinutes(-settings.BurstWindowMinutes), cancellationToken);
            if (recent + 1 >= settings.BurstCount)
            {
                suspicion |= SurveySuspicion.Burst;
            }

            seconds = SecondsSinceShown(input, token, now);
            if (seconds is null || seconds < settings.MinSecondsToComplete)
            {
                suspicion |= SurveySuspicion.TooFast;
            }

            if (!string.IsNullOrWhiteSpace(input.Website))
            {
                suspicion |= SurveySuspicion.Honeypot;
            }
        }

        SurveyInvitation? invitation = null;
        if (how.InvitationId is { } invitationId)
        {
            invitation = await db.SurveyInvitations.SingleAsync(i => i.Id == invitationId, cancellationToken);
            if (invitation.UsedAtUtc is not null)
            {
                return new SubmitOutcome(SubmitStatus.InvitationUsed);
            }

            invitation.UsedAtUtc = now;
        }

        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(now));
        var quarter = ReportingPeriod.Containing(today, ReportingFrequency.Quarterly);
        var response = new SurveyResponse
        {
            SurveyRoundId = form.Round.Id,
            QuestionnaireId = form.Questionnaire.Id,
            AdministrativeProcedureId = input.ProcedureId,
            ReferenceNumber = NewReference(today),
            FormToken = token,
            Channel = how.Channel,
            SubmittedAtUtc = now,
            SubmittedOn = today,
            ReportingYear = quarter.ReportingYear,
            ReportingQuarter = quarter.QuarterNumber,
            OverallScore = input.Overall,
            Comment = input.Comment,
            AddressHash = addressHash,
            SecondsToComplete = seconds,
            Flags = suspicion,
            Decision = suspicion == SurveySuspicion.None ? SurveyDecision.Counted : SurveyDecision.Pending,
            EnteredBy = how.EnteredBy,
            SurveyInvitationId = invitation?.Id,
            Answers = form.Questionnaire.Criteria.Select(c => new SurveyAnswer
            {
                CriterionId = c.Id,
                Score = input.Answers[c.Id] == SurveyInput.NotApplicable ? null : input.Answers[c.Id],
            }).ToList(),
            Profile = input.Profile.Where(p => p.Value is not null).Select(p => new SurveyProfileAnswer { ProfileQuestionId = p.Key, ProfileOptionId = p.Value!.Value }).ToList(),
        };
        db.SurveyResponses.Add(response);
        try
        {
            await writeGate.WriteAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // A second click won the race with the same token, or the invitation was answered meanwhile.
            db.ChangeTracker.Clear();
            if (await ReferenceOfTokenAsync(token, cancellationToken) is { } first)
            {
                return new SubmitOutcome(SubmitStatus.Saved, first);
            }

            if (invitation is not null)
            {
                return new SubmitOutcome(SubmitStatus.InvitationUsed);
            }

            throw;
        }

        return new SubmitOutcome(SubmitStatus.Saved, response.ReferenceNumber);
    }

    public async Task<bool> ReferenceExistsAsync(string reference, CancellationToken cancellationToken) =>
        await db.SurveyResponses.AnyAsync(r => r.ReferenceNumber == reference, cancellationToken);

    /// <summary>The invitation of a returned dossier, created on its return (see DossierService).</summary>
    public async Task<string?> InvitationTokenOfDossierAsync(int dossierId, CancellationToken cancellationToken) =>
        await db.SurveyInvitations.Where(i => i.DossierId == dossierId && i.UsedAtUtc == null).Select(i => i.Token).SingleOrDefaultAsync(cancellationToken);

    public static string NewToken() => RandomCodes.NewToken();

    private static string NewReference(DateOnly today) =>
        $"KS{today:yyMMdd}-{RandomCodes.New(6)}";

    public async Task<string?> ReferenceOfFormAsync(string? formToken, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(formToken) ? null : await ReferenceOfTokenAsync(formToken, cancellationToken);

    private async Task<string?> ReferenceOfTokenAsync(string token, CancellationToken cancellationToken) =>
        await db.SurveyResponses.Where(r => r.FormToken == token).Select(r => r.ReferenceNumber).SingleOrDefaultAsync(cancellationToken);

    private int? SecondsSinceShown(SurveyInput input, string token, DateTime now)
    {
        try
        {
            var parts = _stamps.Unprotect(input.FormStamp ?? "").Split('|');
            if (parts.Length != 2 || parts[0] != token || !long.TryParse(parts[1], out var ticks))
            {
                return null;
            }

            return (int)Math.Min(int.MaxValue, Math.Max(0, (now - new DateTime(ticks, DateTimeKind.Utc)).TotalSeconds));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

public sealed record SurveyInvitationView(long Id, bool Used, ProcedureChoice Procedure);

/// <summary>How a response arrived: online from an address (maybe through an invitation) or typed in from paper.</summary>
public sealed record SurveySubmission(SurveyChannel Channel, string? Address = null, long? InvitationId = null, string? EnteredBy = null);
