using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Dossiers;
using SNgV.Portal.Web.Features.Surveys;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.DataGeneration;

/// <summary>What to generate: counts, the plan (by year) and the seed of the random choices.</summary>
public sealed record DataGenerationOptions(int Tasks, int Updates, int Responses, int Dossiers, int PlanYear = DataGenerationOptions.DefaultPlanYear, int Seed = DataGenerationOptions.DefaultSeed)
{
    public const int DefaultPlanYear = 2019;
    public const int DefaultSeed = 20190130;
}

/// <summary>What was added, and how long each part took.</summary>
public sealed record DataGenerationResult(
    string PlanNumber,
    int Tasks,
    int Updates,
    int ProgressEvents,
    int Responses,
    long Answers,
    string RoundSlug,
    int Dossiers,
    int Transitions,
    IReadOnlyList<(string Part, TimeSpan Elapsed)> Timings,
    TimeSpan Elapsed);

/// <summary>
/// Fills a database with realistic volumes for load tests and benchmarks (issue "Proven under load"): tasks over
/// the seven solution areas of a plan, progress updates over the plan year's periods, survey responses with their
/// 22 answers, and dossiers across the procedures. Deterministic for a seed on a given database.
/// </summary>
/// <remarks>
/// Rows go in by batches (<see cref="BatchSize"/> records per save, change tracking cleared, each batch in a
/// transaction); the 22 answers of each response are written by one set-based INSERT … SELECT per batch, with
/// scores drawn from a hash of the response, the criterion and the seed. Generated records are not audited: an
/// audit row each would double the writes and record nothing a person did.
/// </remarks>
public sealed class DataGenerator(PortalDbContext db, AuditInterceptor audit, TimeProvider clock)
{
    public const int BatchSize = 2000;
    public const int ResponseBatchSize = 5000;
    public const string GeneratorUserId = "data-generator";
    public const string GeneratorUserName = "Dữ liệu thử tải";

    private static readonly TimeOnly WorkStarts = new(7, 30);

    private readonly Dictionary<int, (string Id, string Name)> _unitUsers = [];
    private (string Id, string Name) _office = (GeneratorUserId, GeneratorUserName);
    private Random _random = new(DataGenerationOptions.DefaultSeed);
    private WorkingDayCalendar _calendar = WorkingDayCalendar.MondayToFriday;
    private DateOnly _today;
    private DateTime _now;

    public async Task<DataGenerationResult> GenerateAsync(DataGenerationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Tasks);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Updates);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Responses);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Dossiers);

        var total = Stopwatch.StartNew();
        var plan = await db.Plans.AsNoTracking().Where(p => p.Year == options.PlanYear).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Number, p.Year }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Không có kế hoạch nào của năm {options.PlanYear}.");

        _random = new Random(options.Seed);
        _calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        _now = clock.GetUtcNow().UtcDateTime;
        _today = VietnamTime.Today(clock);
        await LoadUsersAsync(cancellationToken);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        var timeout = db.Database.GetCommandTimeout();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.SetCommandTimeout(600);
        var timings = new List<(string, TimeSpan)>();
        try
        {
            using var suspended = audit.Suspend(db);

            var watch = Stopwatch.StartNew();
            var (tasks, updates, events) = await TasksAndUpdatesAsync(plan.Id, plan.Year, options.Tasks, options.Updates, cancellationToken);
            timings.Add(("nhiệm vụ và báo cáo tiến độ", watch.Elapsed));

            watch.Restart();
            var (responses, answers, slug) = await SurveyResponsesAsync(plan.Year, options.Responses, options.Seed, cancellationToken);
            timings.Add(("phiếu khảo sát", watch.Elapsed));

            watch.Restart();
            var (dossiers, transitions) = await DossiersAsync(plan.Year, options.Dossiers, cancellationToken);
            timings.Add(("hồ sơ một cửa", watch.Elapsed));

            if (db.Database.IsSqlite())
            {
                // Fresh statistics for the query planner after a bulk load.
                await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
            }

            return new DataGenerationResult(plan.Number, tasks, updates, events, responses, answers, slug, dossiers, transitions, timings, total.Elapsed);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.Database.SetCommandTimeout(timeout);
        }
    }

    /// <summary>The authors of generated updates: a user of each unit and an Office reviewer where there are some.</summary>
    private async Task LoadUsersAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.FullName, u.UnitId }).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            _unitUsers.TryAdd(user.UnitId, (user.Id, user.FullName));
        }

        var office = await (from u in db.Users
                            join ur in db.UserRoles on u.Id equals ur.UserId
                            join r in db.Roles on ur.RoleId equals r.Id
                            where r.Name == Roles.Office && !u.IsDisabled
                            orderby u.Email
                            select new { u.Id, u.FullName }).FirstOrDefaultAsync(cancellationToken);
        if (office is not null)
        {
            _office = (office.Id, office.FullName);
        }
    }

    private (string Id, string Name) UserOf(int unitId) => _unitUsers.GetValueOrDefault(unitId, (GeneratorUserId, GeneratorUserName));

    // ---------------------------------------------------------------- tasks and progress updates

    private sealed record Slot(int UnitId, ReportingPeriod Period, int PeriodIndex);

    private async Task<(int Tasks, int Updates, int Events)> TasksAndUpdatesAsync(int planId, int year, int taskCount, int updateCount, CancellationToken cancellationToken)
    {
        if (taskCount == 0)
        {
            return (0, 0, 0);
        }

        var areas = await db.SolutionAreas.AsNoTracking().Where(a => a.PlanId == planId).OrderBy(a => a.Number)
            .Select(a => new { a.Id, NextNumber = a.Tasks.Max(t => (int?)t.Number) ?? 0 }).ToListAsync(cancellationToken);
        if (areas.Count == 0)
        {
            throw new InvalidOperationException("Kế hoạch chưa có lĩnh vực giải pháp nào.");
        }

        var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => u.Id).ToListAsync(cancellationToken);
        var next = areas.ToDictionary(a => a.Id, a => a.NextNumber);

        // The tasks and, per task, the (unit, period) pairs it can be reported for: the lead unit first.
        var tasks = new List<(PlanTask Task, List<Slot> Slots, double Pace)>(taskCount);
        for (var i = 0; i < taskCount; i++)
        {
            var area = areas[i % areas.Count];
            var lead = units[_random.Next(units.Count)];
            var supporting = units.Where(u => u != lead).OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList();
            var task = new PlanTask
            {
                SolutionAreaId = area.Id,
                Number = ++next[area.Id],
                Title = GeneratedTexts.TaskTitle(_random, year),
                LeadUnitId = lead,
                SupportingUnits = supporting.Select(u => new PlanTaskSupportingUnit { UnitId = u }).ToList(),
            };
            if (_random.NextDouble() < 0.25)
            {
                task.Schedule = TaskSchedule.OneOff;
                task.DueOn = new DateOnly(year, 3 * _random.Next(1, 5), 1).AddMonths(1).AddDays(-1);
            }
            else
            {
                task.Schedule = TaskSchedule.Recurring;
                task.ReportingFrequency = _random.NextDouble() < 0.65 ? ReportingFrequency.Monthly : ReportingFrequency.Quarterly;
            }

            var periods = PeriodsOf(task, year);
            var slots = periods.Select((p, index) => new Slot(lead, p, index))
                .Concat(supporting.SelectMany(u => periods.Select((p, index) => new Slot(u, p, index))))
                .ToList();
            var pace = task.Schedule == TaskSchedule.OneOff ? 0.85 + (0.3 * _random.NextDouble()) : 0.55 + (0.6 * _random.NextDouble());
            tasks.Add((task, slots, pace));
        }

        // Spread the updates evenly over the tasks, within what each task can take.
        var quota = new int[tasks.Count];
        var remaining = updateCount;
        var progressMade = true;
        while (remaining > 0 && progressMade)
        {
            progressMade = false;
            for (var i = 0; i < tasks.Count && remaining > 0; i++)
            {
                if (quota[i] < tasks[i].Slots.Count)
                {
                    quota[i]++;
                    remaining--;
                    progressMade = true;
                }
            }
        }

        var updates = new List<ProgressUpdate>(updateCount - remaining);
        for (var i = 0; i < tasks.Count; i++)
        {
            var (task, slots, pace) = tasks[i];
            var periodCount = slots.Count == 0 ? 1 : slots.Max(s => s.PeriodIndex) + 1;
            foreach (var chain in slots.Take(quota[i]).GroupBy(s => s.UnitId))
            {
                var last = chain.Last();
                var percent = 0;
                foreach (var slot in chain)
                {
                    var target = (int)Math.Round(100.0 * (slot.PeriodIndex + 1) / periodCount * pace) + _random.Next(-5, 6);
                    percent = Math.Clamp(Math.Max(percent, target), 0, 100);
                    var update = NewUpdate(task, slot, percent, isLatest: slot == last);
                    task.Updates.Add(update);
                    updates.Add(update);
                }
            }

            // The task's figures are those of its lead unit's latest accepted update, as the review sets them.
            var current = task.Updates.Where(u => u.UnitId == task.LeadUnitId && u.State == ProgressUpdateState.Accepted)
                .MaxBy(u => u.PeriodStart);
            if (current is not null)
            {
                task.CurrentPercent = current.Percent;
                task.CurrentStatus = current.Status;
                task.LastAcceptedAtUtc = current.ReviewedAtUtc;
            }

            TaskSchedulePolicy.Apply(task, year);
        }

        // Tasks first (their ids), then the updates and their events by batches.
        var taskEntities = tasks.Select(t => t.Task).ToList();
        foreach (var task in taskEntities)
        {
            task.Updates = [];
        }

        await db.InTransactionAsync(async () =>
        {
            db.PlanTasks.AddRange(taskEntities);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }, cancellationToken);

        foreach (var update in updates)
        {
            update.PlanTaskId = update.PlanTask!.Id;
            update.PlanTask = null;
        }

        var events = 0;
        foreach (var batch in updates.Chunk(BatchSize))
        {
            await db.InTransactionAsync(async () =>
            {
                db.ProgressUpdates.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                var batchEvents = batch.SelectMany(EventsOf).ToList();
                db.ProgressEvents.AddRange(batchEvents);
                await db.SaveChangesAsync(cancellationToken);
                events += batchEvents.Count;
                db.ChangeTracker.Clear();
            }, cancellationToken);
        }

        return (taskEntities.Count, updates.Count, events);
    }

    /// <summary>The reporting periods (Decree 09 cut-offs) of the plan year a task is reported for, up to its due date and ended before today.</summary>
    private List<ReportingPeriod> PeriodsOf(PlanTask task, int year)
    {
        var frequency = ReportingPeriod.FrequencyOf(task.ReportingFrequency);
        var periods = new List<ReportingPeriod>();
        for (var start = new DateOnly(year, 1, 1); start.Year == year; start = start.AddMonths((int)frequency))
        {
            var period = ReportingPeriod.Containing(start, frequency);
            if (period.End >= _today || (task.DueOn is { } due && period.Start > due))
            {
                break;
            }

            periods.Add(period);
        }

        return periods;
    }

    private ProgressUpdate NewUpdate(PlanTask task, Slot slot, int percent, bool isLatest)
    {
        var roll = _random.NextDouble();
        var state = isLatest
            ? roll < 0.82 ? ProgressUpdateState.Accepted : roll < 0.92 ? ProgressUpdateState.Submitted : ProgressUpdateState.Returned
            : roll < 0.96 ? ProgressUpdateState.Accepted : ProgressUpdateState.Returned;
        var submitted = WorkingMoment(slot.Period.End.AddDays(_random.Next(1, 8)));
        var reviewed = WorkingMoment(DateOnly.FromDateTime(VietnamTime.ToLocal(submitted)).AddDays(_random.Next(1, 6)));
        if (reviewed > _now)
        {
            state = ProgressUpdateState.Submitted;
        }

        var status = percent >= 100 ? TaskProgressStatus.Completed
            : percent == 0 ? TaskProgressStatus.NotStarted
            : _random.NextDouble() < 0.03 ? TaskProgressStatus.Paused
            : TaskProgressStatus.InProgress;
        var author = UserOf(slot.UnitId);
        var created = submitted.AddHours(-_random.Next(1, 72));
        return new ProgressUpdate
        {
            PlanTask = task,
            UnitId = slot.UnitId,
            PeriodStart = slot.Period.Start,
            PeriodEnd = slot.Period.End,
            Percent = percent,
            Status = status,
            WorkDone = GeneratedTexts.Work(_random, percent),
            Difficulties = _random.NextDouble() < 0.3 ? GeneratedTexts.Difficulty(_random) : null,
            Proposals = _random.NextDouble() < 0.2 ? GeneratedTexts.Proposal(_random) : null,
            State = state,
            CreatedById = author.Id,
            CreatedAtUtc = created,
            UpdatedAtUtc = state == ProgressUpdateState.Submitted ? submitted : reviewed,
            SubmittedAtUtc = submitted,
            SubmittedLate = slot.Period.IsLateWhenSentOn(DateOnly.FromDateTime(VietnamTime.ToLocal(submitted))),
            ReviewedAtUtc = state == ProgressUpdateState.Submitted ? null : reviewed,
            ReviewedById = state == ProgressUpdateState.Submitted ? null : _office.Id,
            ReviewComment = state == ProgressUpdateState.Returned ? GeneratedTexts.ReturnComment(_random) : null,
        };
    }

    private IEnumerable<ProgressEvent> EventsOf(ProgressUpdate update)
    {
        var author = UserOf(update.UnitId);
        yield return new ProgressEvent
        {
            PlanTaskId = update.PlanTaskId,
            ProgressUpdateId = update.Id,
            Kind = ProgressEventKind.Submitted,
            AtUtc = update.SubmittedAtUtc!.Value,
            UserId = author.Id,
            UserName = author.Name,
            Percent = update.Percent,
            Status = update.Status,
            Text = update.WorkDone,
        };
        if (update.ReviewedAtUtc is { } reviewed)
        {
            yield return new ProgressEvent
            {
                PlanTaskId = update.PlanTaskId,
                ProgressUpdateId = update.Id,
                Kind = update.State == ProgressUpdateState.Returned ? ProgressEventKind.Returned : ProgressEventKind.Accepted,
                AtUtc = reviewed,
                UserId = _office.Id,
                UserName = _office.Name,
                Percent = update.Percent,
                Status = update.Status,
                Text = update.ReviewComment,
            };
        }
    }

    // ---------------------------------------------------------------- survey responses

    private async Task<(int Responses, long Answers, string Slug)> SurveyResponsesAsync(int year, int count, int seed, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return (0, 0, "");
        }

        var procedures = await PublishedProceduresAsync(cancellationToken);
        var round = await RoundAsync(year, procedures, cancellationToken);
        var criteria = await db.Criteria.AsNoTracking()
            .Join(db.SurveyElements.Where(e => e.QuestionnaireId == round.QuestionnaireId), c => c.SurveyElementId, e => e.Id, (c, e) => c.Id)
            .CountAsync(cancellationToken);
        var taken = (await db.SurveyResponses.AsNoTracking().Select(r => r.ReferenceNumber).ToListAsync(cancellationToken))
            .Concat(await db.SurveyResponses.AsNoTracking().Select(r => r.FormToken).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var last = round.ClosesOn < _today ? round.ClosesOn : _today.AddDays(-1);
        var span = Math.Max(1, last.DayNumber - round.OpensOn.DayNumber + 1);
        var hashSeed = Math.Abs(seed % 1_000_000);

        var written = 0;
        long answers = 0;
        while (written < count)
        {
            var size = Math.Min(ResponseBatchSize, count - written);
            var batch = new List<SurveyResponse>(size);
            for (var i = 0; i < size; i++)
            {
                var day = round.OpensOn.AddDays(_random.Next(span));
                var submitted = LocalToUtc(day, WorkStarts.AddMinutes(_random.Next(0, 600)));
                var quarter = ReportingPeriod.Containing(day, ReportingFrequency.Quarterly);
                var paper = _random.NextDouble() < 0.3;
                var tooFast = !paper && _random.NextDouble() < 0.01;
                batch.Add(new SurveyResponse
                {
                    SurveyRoundId = round.Id,
                    QuestionnaireId = round.QuestionnaireId,
                    AdministrativeProcedureId = Weighted(procedures),
                    ReferenceNumber = Unique(taken, () => $"KS{day:yyMMdd}-{Code(6)}"),
                    FormToken = Unique(taken, () => Code(20)),
                    Channel = paper ? SurveyChannel.Paper : SurveyChannel.Online,
                    SubmittedAtUtc = submitted,
                    SubmittedOn = day,
                    ReportingYear = quarter.ReportingYear,
                    ReportingQuarter = quarter.QuarterNumber,
                    OverallScore = OverallScore(),
                    Comment = _random.NextDouble() < 0.1 ? GeneratedTexts.SurveyComment(_random) : null,
                    SecondsToComplete = paper ? null : tooFast ? _random.Next(3, 15) : _random.Next(90, 900),
                    Flags = tooFast ? SurveySuspicion.TooFast : SurveySuspicion.None,
                    Decision = tooFast ? SurveyDecision.Pending : SurveyDecision.Counted,
                    EnteredBy = paper ? _office.Name : null,
                });
            }

            await db.InTransactionAsync(async () =>
            {
                db.SurveyResponses.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                answers += await AnswersAsync(batch[0].Id, batch[^1].Id, round.Id, round.QuestionnaireId, hashSeed, cancellationToken);
            }, cancellationToken);
            written += size;
        }

        if (answers != (long)written * criteria)
        {
            throw new InvalidOperationException($"Expected {written * (long)criteria} answers, wrote {answers}.");
        }

        return (written, answers, round.Slug);
    }

    /// <summary>
    /// The answers of the responses with ids from <paramref name="firstId"/> to <paramref name="lastId"/>, one per
    /// criterion, in one statement: about 10 % "không áp dụng" (empty), the others near the overall score (or 4 when
    /// it was not given), from a hash of response, criterion and seed. Portable SQL (SQLite and SQL Server).
    /// </summary>
    private Task<int> AnswersAsync(long firstId, long lastId, int roundId, int questionnaireId, int seed, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO SurveyAnswers (SurveyResponseId, CriterionId, Score)
            SELECT s.Id, s.CriterionId,
                CASE WHEN s.H % 10 = 0 THEN NULL WHEN s.S < 1 THEN 1 WHEN s.S > 5 THEN 5 ELSE s.S END
            FROM (
                SELECT h.Id, h.CriterionId, h.H,
                    h.Base + CASE WHEN h.H % 10 IN (1, 2) THEN -1 WHEN h.H % 10 = 9 THEN 1 WHEN h.H % 10 = 3 AND h.H % 7 = 0 THEN -2 ELSE 0 END AS S
                FROM (
                    SELECT r.Id, c.Id AS CriterionId, COALESCE(r.OverallScore, 4) AS Base,
                        ((((r.Id * 1103515245) + (c.Id * 12345) + {seed}) % 2147483647) * 48271 % 2147483647) / 7 AS H
                    FROM SurveyResponses r
                    CROSS JOIN Criteria c
                    JOIN SurveyElements e ON e.Id = c.SurveyElementId
                    WHERE r.Id >= {firstId} AND r.Id <= {lastId} AND r.SurveyRoundId = {roundId} AND e.QuestionnaireId = {questionnaireId}
                ) h
            ) s
            """, cancellationToken);

    private int? OverallScore()
    {
        var roll = _random.NextDouble();
        return roll < 0.02 ? null : roll < 0.04 ? 1 : roll < 0.10 ? 2 : roll < 0.25 ? 3 : roll < 0.65 ? 4 : 5;
    }

    /// <summary>The round of the plan year's generated responses (slug "{year}-thu-tai"), created when missing.</summary>
    private async Task<SurveyRound> RoundAsync(int year, List<int> procedures, CancellationToken cancellationToken)
    {
        var slug = $"{year}-thu-tai";
        var round = await db.SurveyRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (round is not null)
        {
            return round;
        }

        var questionnaireId = await db.Questionnaires.AsNoTracking().OrderByDescending(q => q.Version).ThenByDescending(q => q.Id)
            .Select(q => (int?)q.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("Chưa có mẫu phiếu khảo sát nào.");

        // The four reporting quarters of the year: 15/12 of the year before to 14/12.
        round = new SurveyRound
        {
            QuestionnaireId = questionnaireId,
            Name = $"Khảo sát mức độ hài lòng năm {year} (dữ liệu thử tải)",
            Slug = slug,
            OpensOn = ReportingPeriod.Quarter(year, 1).Start,
            ClosesOn = ReportingPeriod.Quarter(year, 4).End,
            IsOpen = false,
            UpdatedAtUtc = _now,
            Procedures = procedures.Select(p => new SurveyRoundProcedure { AdministrativeProcedureId = p }).ToList(),
        };
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return round;
    }

    // ---------------------------------------------------------------- dossiers

    private async Task<(int Dossiers, int Transitions)> DossiersAsync(int year, int count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return (0, 0);
        }

        var procedures = await PublishedProceduresAsync(cancellationToken);
        var days = await db.Procedures.AsNoTracking().Where(p => procedures.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.ProcessingDays, cancellationToken);
        var codes = (await db.Dossiers.AsNoTracking().Select(d => d.ReceiptCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var tokens = (await db.SurveyInvitations.AsNoTracking().Select(i => i.Token).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31) < _today ? new DateOnly(year, 12, 31) : _today.AddDays(-1);
        var span = Math.Max(1, last.DayNumber - first.DayNumber + 1);

        var written = 0;
        var transitions = 0;
        while (written < count)
        {
            var size = Math.Min(BatchSize, count - written);
            var batch = new List<Dossier>(size);
            for (var i = 0; i < size; i++)
            {
                var procedureId = Weighted(procedures);
                batch.Add(NewDossier(procedureId, days[procedureId], first.AddDays(_random.Next(span)), codes));
            }

            await db.InTransactionAsync(async () =>
            {
                db.Dossiers.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);

                // Every returned dossier carries its single-use survey invitation, as on the desk.
                db.SurveyInvitations.AddRange(batch.Where(d => d.Status == DossierStatus.Returned).Select(d => new SurveyInvitation
                {
                    Token = Unique(tokens, () => Code(20)),
                    DossierId = d.Id,
                    AdministrativeProcedureId = d.AdministrativeProcedureId,
                    CreatedAtUtc = d.ReturnedAtUtc!.Value,
                }));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }, cancellationToken);
            written += size;
            transitions += batch.Sum(d => d.Transitions.Count);
        }

        return (written, transitions);
    }

    /// <summary>
    /// A dossier received on a day of the year, following the desk's rules: the receipt day and due date from the
    /// working-day calendar, the due date moved by a pause for additional documents, completion early, on time or
    /// late (the processing days counted less the pause), or refused; still open when completion would be after today.
    /// </summary>
    private Dossier NewDossier(int procedureId, int processingDays, DateOnly day, HashSet<string> codes)
    {
        var receivedAtUtc = LocalToUtc(day, WorkStarts.AddMinutes(_random.Next(0, 600)));
        var receivedOn = _calendar.ReceiptDay(VietnamTime.ToLocal(receivedAtUtc));
        var dueOn = _calendar.DueDate(receivedOn, processingDays);
        var organisation = _random.NextDouble() < 0.3;
        var desk = _office;
        var dossier = new Dossier
        {
            ReceiptCode = Unique(codes, () => Code(ReceiptCodes.Length)),
            AdministrativeProcedureId = procedureId,
            ApplicantName = organisation ? GeneratedTexts.CompanyName(_random) : GeneratedTexts.PersonName(_random),
            ApplicantKind = organisation ? ApplicantKind.Organisation : ApplicantKind.Person,
            Contact = GeneratedTexts.Phone(_random),
            Channel = _random.NextDouble() switch { < 0.7 => DossierChannel.InPerson, < 0.85 => DossierChannel.Post, _ => DossierChannel.Online },
            ReceivedAtUtc = receivedAtUtc,
            ReceivedOn = receivedOn,
            ProcessingDays = processingDays,
            DueOn = dueOn,
            CreatedAtUtc = receivedAtUtc,
        };

        var steps = new List<(DossierStatus To, DateTime At, string? Note)> { (DossierStatus.Received, receivedAtUtc, null) };
        var processingFrom = receivedOn;
        var roll = _random.NextDouble();
        DossierPause? pause = null;
        if (roll >= 0.03 && roll < 0.11 && processingDays > 1)
        {
            // Additional documents requested a few days in; the clock stops until they arrive.
            var requested = _calendar.AddWorkingDays(receivedOn, _random.Next(1, Math.Max(2, processingDays / 2)));
            var resumed = _calendar.AddWorkingDays(requested, _random.Next(1, 6));
            if (resumed < _today)
            {
                var (movedDue, paused) = _calendar.Resume(dueOn, requested, resumed);
                pause = new DossierPause { StartedOn = requested, EndedOn = resumed, PausedWorkingDays = paused };
                dueOn = movedDue;
                processingFrom = resumed;
            }
        }

        DateOnly completed;
        var refused = roll < 0.03;
        if (refused)
        {
            completed = _calendar.AddWorkingDays(receivedOn, _random.Next(1, Math.Max(2, Math.Min(processingDays, 3) + 1)));
        }
        else
        {
            var timing = _random.NextDouble();
            var room = _calendar.WorkingDaysBetween(processingFrom, dueOn);
            completed = timing < 0.55 && room > 1 ? _calendar.AddWorkingDays(processingFrom, _random.Next(1, room))
                : timing < 0.88 ? dueOn
                : _calendar.AddWorkingDays(dueOn, _random.Next(1, 5));
        }

        if (completed >= _today)
        {
            // Not finished yet: in processing, against the original due date.
            dossier.DueOn = _calendar.DueDate(receivedOn, processingDays);
            dossier.Status = DossierStatus.Processing;
            steps.Add((DossierStatus.Processing, receivedAtUtc.AddHours(1), null));
            return Finish(dossier, steps, desk);
        }

        dossier.DueOn = dueOn;
        steps.Add((DossierStatus.Processing, receivedAtUtc.AddHours(1), null));
        if (pause is not null)
        {
            dossier.Pauses.Add(pause);
            steps.Add((DossierStatus.AdditionalDocumentsRequested, WorkingMoment(pause.StartedOn), GeneratedTexts.Pick(_random, GeneratedTexts.AdditionalDocuments)));
            steps.Add((DossierStatus.Processing, WorkingMoment(pause.EndedOn!.Value), null));
        }

        dossier.CompletedOn = completed;
        if (refused)
        {
            dossier.Status = DossierStatus.Refused;
            steps.Add((DossierStatus.Refused, WorkingMoment(completed), GeneratedTexts.Pick(_random, GeneratedTexts.RefusalReasons)));
            return Finish(dossier, steps, desk);
        }

        dossier.ProcessingWorkingDays = Math.Max(0, _calendar.WorkingDaysBetween(receivedOn, completed) - (pause?.PausedWorkingDays ?? 0));
        dossier.Status = DossierStatus.ResultReady;
        steps.Add((DossierStatus.ResultReady, WorkingMoment(completed), null));
        var returnedOn = _calendar.AddWorkingDays(completed, _random.Next(0, 4));
        if (returnedOn < _today && _random.NextDouble() < 0.92)
        {
            var returnedAt = WorkingMoment(returnedOn);
            dossier.Status = DossierStatus.Returned;
            dossier.ReturnedAtUtc = returnedAt;
            steps.Add((DossierStatus.Returned, returnedAt, null));
        }

        return Finish(dossier, steps, desk);
    }

    private static Dossier Finish(Dossier dossier, List<(DossierStatus To, DateTime At, string? Note)> steps, (string Id, string Name) desk)
    {
        // Moments in order, whatever the random hours of the day.
        var at = DateTime.MinValue;
        DossierStatus? from = null;
        foreach (var (to, stepAt, note) in steps)
        {
            at = stepAt > at ? stepAt : at.AddMinutes(5);
            dossier.Transitions.Add(new DossierTransition { FromStatus = from, ToStatus = to, AtUtc = at, UserId = desk.Id, UserName = desk.Name, Note = note });
            from = to;
        }

        if (dossier.ReturnedAtUtc is not null)
        {
            dossier.ReturnedAtUtc = at;
        }

        dossier.UpdatedAtUtc = at;
        return dossier;
    }

    // ---------------------------------------------------------------- helpers

    private async Task<List<int>> PublishedProceduresAsync(CancellationToken cancellationToken)
    {
        var procedures = await db.Procedures.AsNoTracking().Where(p => p.Status == ProcedureStatus.Published).OrderBy(p => p.Id)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        return procedures.Count > 0 ? procedures : throw new InvalidOperationException("Chưa có thủ tục hành chính nào được công bố.");
    }

    /// <summary>A procedure, the first ones more often (a few procedures make most of the desk's work).</summary>
    private int Weighted(List<int> ids)
    {
        var total = 0.0;
        for (var i = 0; i < ids.Count; i++)
        {
            total += 1.0 / (i + 1);
        }

        var roll = _random.NextDouble() * total;
        for (var i = 0; i < ids.Count; i++)
        {
            roll -= 1.0 / (i + 1);
            if (roll < 0)
            {
                return ids[i];
            }
        }

        return ids[^1];
    }

    /// <summary>A moment of office hours (07:30–17:00, Vietnam time) on <paramref name="day"/>, in UTC.</summary>
    private DateTime WorkingMoment(DateOnly day) => LocalToUtc(day, WorkStarts.AddMinutes(_random.Next(0, 570)));

    private static DateTime LocalToUtc(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), VietnamTime.Zone);

    private string Code(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = ReceiptCodes.Alphabet[_random.Next(ReceiptCodes.Alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Unique(HashSet<string> taken, Func<string> next)
    {
        while (true)
        {
            var value = next();
            if (taken.Add(value))
            {
                return value;
            }
        }
    }
}
