using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Codes;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// The desk's and the survey's side of the Development history: a satisfaction survey round per quarter of a year
/// with its responses and answers, and the one-stop dossiers received that year, returned on or before their due
/// date. Written in a few batched saves (no service would add anything to rows nobody typed); not audited.
/// </summary>
public sealed class DemoActivitySeeder(PortalDbContext db)
{
    private const int ResponsesPerQuarter = 45;
    private const int DossiersPerMonth = 12;

    public async Task<(int Responses, int Dossiers)> SeedAsync(int year, string deskUserId, string deskUserName, Random random, CancellationToken cancellationToken)
    {
        var procedures = await db.Procedures.AsNoTracking().Where(p => p.Status == ProcedureStatus.Published).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ProcessingDays }).ToListAsync(cancellationToken);
        if (procedures.Count == 0)
        {
            return (0, 0);
        }

        var responses = await SurveyAsync(year, procedures.Select(p => p.Id).ToList(), deskUserName, random, cancellationToken);
        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var dossiers = new List<Dossier>();
        for (var month = 1; month <= 12; month++)
        {
            for (var i = 0; i < DossiersPerMonth; i++)
            {
                var procedure = procedures[random.Next(procedures.Count)];
                dossiers.Add(Dossier(calendar, new DateOnly(year, month, random.Next(1, 29)), procedure.Id, procedure.ProcessingDays, deskUserId, deskUserName, random));
            }
        }

        db.Dossiers.AddRange(dossiers);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (responses, dossiers.Count);
    }

    /// <summary>One round per reporting quarter (closed), each with responses spread over its days and an answer to every criterion.</summary>
    private async Task<int> SurveyAsync(int year, List<int> procedures, string deskUserName, Random random, CancellationToken cancellationToken)
    {
        var questionnaireId = await db.Questionnaires.AsNoTracking().OrderByDescending(q => q.Version).ThenByDescending(q => q.Id)
            .Select(q => (int?)q.Id).FirstOrDefaultAsync(cancellationToken);
        if (questionnaireId is null)
        {
            return 0;
        }

        var criteria = await db.Criteria.AsNoTracking().Where(c => db.SurveyElements.Any(e => e.Id == c.SurveyElementId && e.QuestionnaireId == questionnaireId))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var count = 0;
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var period = ReportingPeriod.Quarter(year, quarter);
            var round = new SurveyRound
            {
                QuestionnaireId = questionnaireId.Value,
                Name = $"Khảo sát mức độ hài lòng quý {ReportingPeriod.RomanQuarter(quarter)} năm {year}",
                Slug = $"{year}-q{quarter}",
                OpensOn = period.Start,
                ClosesOn = period.End,
                IsOpen = false,
                UpdatedAtUtc = LocalMoment(period.End, new TimeOnly(17, 0)),
                Procedures = procedures.Select(p => new SurveyRoundProcedure { AdministrativeProcedureId = p }).ToList(),
            };
            db.SurveyRounds.Add(round);
            await db.SaveChangesAsync(cancellationToken);

            var span = period.End.DayNumber - period.Start.DayNumber + 1;
            var batch = new List<SurveyResponse>(ResponsesPerQuarter);
            for (var i = 0; i < ResponsesPerQuarter; i++)
            {
                var day = period.Start.AddDays(random.Next(span));
                var paper = random.NextDouble() < 0.3;
                var overall = random.NextDouble() switch { < 0.05 => 2, < 0.2 => 3, < 0.6 => 4, _ => 5 };
                batch.Add(new SurveyResponse
                {
                    SurveyRoundId = round.Id,
                    QuestionnaireId = round.QuestionnaireId,
                    AdministrativeProcedureId = procedures[random.Next(procedures.Count)],
                    ReferenceNumber = $"KS{day:yyMMdd}-{RandomCodes.New(6)}",
                    FormToken = RandomCodes.New(20),
                    Channel = paper ? SurveyChannel.Paper : SurveyChannel.Online,
                    SubmittedAtUtc = LocalMoment(day, new TimeOnly(8, 0).AddMinutes(random.Next(0, 540))),
                    SubmittedOn = day,
                    ReportingYear = period.ReportingYear,
                    ReportingQuarter = period.QuarterNumber,
                    OverallScore = overall,
                    Comment = random.NextDouble() < 0.15 ? GeneratedTexts.SurveyComment(random) : null,
                    SecondsToComplete = paper ? null : random.Next(120, 900),
                    Flags = SurveySuspicion.None,
                    Decision = SurveyDecision.Counted,
                    EnteredBy = paper ? deskUserName : null,
                    Answers = criteria.Select(c => new SurveyAnswer { CriterionId = c, Score = random.NextDouble() < 0.08 ? null : Math.Clamp(overall + random.Next(-1, 2), 1, 5) }).ToList(),
                });
            }

            db.SurveyResponses.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += batch.Count;
        }

        return count;
    }

    /// <summary>A dossier received on a working day, processed and returned on or before its due date.</summary>
    private static Dossier Dossier(WorkingDayCalendar calendar, DateOnly day, int procedureId, int processingDays, string userId, string userName, Random random)
    {
        var receivedAt = LocalMoment(calendar.NextWorkingDay(day), new TimeOnly(7, 30).AddMinutes(random.Next(0, 540)));
        var receivedOn = calendar.ReceiptDay(VietnamTime.ToLocal(receivedAt));
        var dueOn = calendar.DueDate(receivedOn, processingDays);
        var completedOn = processingDays > 1 ? calendar.AddWorkingDays(receivedOn, random.Next(1, processingDays + 1)) : dueOn;
        var returnedAt = LocalMoment(completedOn, new TimeOnly(14, 0).AddMinutes(random.Next(0, 150)));
        if (returnedAt < receivedAt.AddHours(1))
        {
            // A same-day procedure received late in the afternoon: returned an hour later.
            returnedAt = receivedAt.AddHours(1);
        }

        var readyAt = returnedAt.AddHours(-3) > receivedAt.AddMinutes(30) ? returnedAt.AddHours(-3) : receivedAt.AddMinutes(30);
        var organisation = random.NextDouble() < 0.3;
        var dossier = new Dossier
        {
            ReceiptCode = RandomCodes.New(8),
            AdministrativeProcedureId = procedureId,
            ApplicantName = organisation ? GeneratedTexts.CompanyName(random) : GeneratedTexts.PersonName(random),
            ApplicantKind = organisation ? ApplicantKind.Organisation : ApplicantKind.Person,
            Contact = GeneratedTexts.Phone(random),
            Channel = random.NextDouble() < 0.75 ? DossierChannel.InPerson : DossierChannel.Online,
            ReceivedAtUtc = receivedAt,
            ReceivedOn = receivedOn,
            ProcessingDays = processingDays,
            DueOn = dueOn,
            CompletedOn = completedOn,
            ProcessingWorkingDays = calendar.WorkingDaysBetween(receivedOn, completedOn),
            Status = DossierStatus.Returned,
            ReturnedAtUtc = returnedAt,
            CreatedAtUtc = receivedAt,
            UpdatedAtUtc = returnedAt,
        };
        DossierStatus? from = null;
        foreach (var (to, at) in new[] { (DossierStatus.Received, receivedAt), (DossierStatus.Processing, receivedAt.AddMinutes(20)), (DossierStatus.ResultReady, readyAt), (DossierStatus.Returned, returnedAt) })
        {
            dossier.Transitions.Add(new DossierTransition { FromStatus = from, ToStatus = to, AtUtc = at, UserId = userId, UserName = userName });
            from = to;
        }

        return dossier;
    }

    public static DateTime LocalMoment(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), VietnamTime.Zone);
}
