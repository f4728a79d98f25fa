using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Features.PlanManagement;
using SNgV.Portal.Web.Features.Progress;
using SNgV.Portal.Web.Features.Reports;
using SNgV.Portal.Web.Features.Review;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure.Mail;

namespace SNgV.Portal.Web.Features.DemoHistory;

/// <summary>
/// The lived-in first run (Development only): plan 95/KH-SNgV played through 2019 with the services a person uses —
/// the units' quarterly updates sent by their staff and reviewed by the Office (a few returned, then sent again),
/// the Office's four quarterly reports and the annual report submitted and issued by the Leadership with their
/// registry numbers (so their snapshots exist) — beside the year's survey rounds and dossiers (batched), and this
/// year's plan copied from 2019 by the Office's copy and put into force. The services run on a
/// <see cref="HistoryClock"/>, so every record carries its 2019 moment; the e-mails of that year go to a folder of
/// their own, not to the pickup folder; nothing is audited (no person did it today). Runs once, under the seeding lock.
/// </summary>
public sealed class DemoHistorySeeder(
    IServiceProvider services,
    PortalDbContext db,
    AuditInterceptor audit,
    UserManager<PortalUser> users,
    PlanManagementService planManagement,
    DemoActivitySeeder activity,
    PortalPaths paths,
    IOptions<DemoHistoryOptions> options,
    TimeProvider clock) : IDemoHistorySeeder
{
    public const int HistoryYear = 2019;
    public const string HistoryPlanNumber = "95/KH-SNgV";

    /// <summary>Registry numbers and signing days (working days after the cut-off) of the 2019 reports, as the registry gave them.</summary>
    public static readonly IReadOnlyList<(ReportKind Kind, int? Quarter, int Number, int WorkingDaysAfterCutOff)> Reports =
    [
        (ReportKind.Quarterly, 1, 32, 4),
        (ReportKind.Quarterly, 2, 118, 4),
        (ReportKind.Quarterly, 3, 201, 4),
        (ReportKind.Quarterly, 4, 286, 4),
        (ReportKind.Annual, null, 290, 5),
    ];

    /// <summary>Staff of the units that lead tasks but have no demo account; created without a password (set one with <c>users set-password</c>).</summary>
    private static readonly (string Email, string Name, string UnitCode, string JobTitle)[] HistoryStaff =
    [
        ("canbo.vp@sngv.demo", "Đặng Thị Thu", "VP", "Chuyên viên Văn phòng"),
        ("canbo.ttr@sngv.demo", "Ngô Quang Minh", "TTr", "Thanh tra viên"),
        ("canbo.ttdv@sngv.demo", "Võ Thị Ngọc", "TTDV", "Viên chức Trung tâm Dịch vụ đối ngoại"),
    ];

    private readonly HistoryClock _history = new();
    private readonly Random _random = new(20190130);
    private WorkingDayCalendar _calendar = WorkingDayCalendar.MondayToFriday;

    public async Task<DemoHistorySummary?> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return null;
        }

        // The services below open transactions of their own, so the lock covers the claim only: the instance that
        // creates the history's staff accounts plays the year; one started beside it finds them and plays nothing.
        var claimed = await db.SeedingExclusivelyAsync(() => ClaimAsync(cancellationToken), cancellationToken);
        return claimed ? await SeedOnceAsync(cancellationToken) : null;
    }

    /// <summary>True when this start is the one to play the year: nothing of it is there yet, and its staff accounts are now created.</summary>
    private async Task<bool> ClaimAsync(CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Year == HistoryYear && p.Number == HistoryPlanNumber)
            .Select(p => new { p.Id, p.Status }).SingleOrDefaultAsync(cancellationToken);
        var office = await AccountAsync(DemoAccountSeeder.Accounts.Single(a => a.Role == Roles.Office).Email, cancellationToken);
        var leader = await AccountAsync(DemoAccountSeeder.Accounts.Single(a => a.Role == Roles.Leadership).Email, cancellationToken);
        if (plan is null || office is null || leader is null || plan.Status != PlanStatus.Active
            || await db.Reports.AnyAsync(cancellationToken)
            || await db.ProgressUpdates.AnyAsync(cancellationToken)
            || await db.Plans.AnyAsync(p => p.CopiedFromPlanId == plan.Id, cancellationToken)
            || await users.FindByEmailAsync(HistoryStaff[0].Email) is not null)
        {
            return false;
        }

        using var suspended = audit.Suspend(db);
        await CreateHistoryStaffAsync();
        return true;
    }

    private async Task<DemoHistorySummary?> SeedOnceAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var plan = await db.Plans.AsNoTracking().Where(p => p.Year == HistoryYear && p.Number == HistoryPlanNumber).Select(p => new { p.Id }).SingleAsync(cancellationToken);
        var office = (await AccountAsync(DemoAccountSeeder.Accounts.Single(a => a.Role == Roles.Office).Email, cancellationToken))!;
        var leader = (await AccountAsync(DemoAccountSeeder.Accounts.Single(a => a.Role == Roles.Leadership).Email, cancellationToken))!;
        using var suspended = audit.Suspend(db);
        _calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var staff = await StaffByUnitAsync(cancellationToken);

        var updates = await UpdatesAndReportsAsync(plan.Id, staff, office, leader, cancellationToken);
        var (responses, dossiers) = await activity.SeedAsync(HistoryYear, office.Id, office.Name, _random, cancellationToken);
        _history.Set(Moment(new DateOnly(HistoryYear, 12, 31), 16, 0));
        await planManagement.ChangeStatusAsync(plan.Id, PlanStatus.Closed, cancellationToken);
        var (number, year) = await CurrentPlanAsync(plan.Id, cancellationToken);

        // The notices of 2019 were read at the time.
        await db.Notifications.Where(n => n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, n => n.CreatedAtUtc), cancellationToken);
        return new DemoHistorySummary(updates, Reports.Count, responses, dossiers, number, year, watch.Elapsed);
    }

    // ------------------------------------------------------------------ 2019: updates, reviews, reports

    private async Task<int> UpdatesAndReportsAsync(int planId, Dictionary<int, CurrentUser> staff, CurrentUser office, CurrentUser leader, CancellationToken cancellationToken)
    {
        var notifications = ActivatorUtilities.CreateInstance<NotificationWriter>(services, _history);
        var mail = ActivatorUtilities.CreateInstance<MailSender>(services, _history, NullLogger<MailSender>.Instance,
            Options.Create(new MailOptions { PickupDirectory = Path.Combine(paths.DataDirectory, "mail-history-2019") }));
        var progress = ActivatorUtilities.CreateInstance<ProgressService>(services, _history, notifications);
        var review = ActivatorUtilities.CreateInstance<ReviewService>(services, _history, notifications, mail);
        var assembler = ActivatorUtilities.CreateInstance<ReportAssembler>(services, _history);
        var notices = ActivatorUtilities.CreateInstance<ReportNotices>(services, notifications, mail);
        var reports = ActivatorUtilities.CreateInstance<ReportService>(services, _history, assembler, notices);

        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.SolutionArea!.PlanId == planId && !t.IsArchived)
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number)
            .Select(t => new { t.Id, t.LeadUnitId, t.ReportingFrequency, Supporting = t.SupportingUnits.Select(s => s.UnitId).ToList() })
            .ToListAsync(cancellationToken);
        var count = 0;
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var period = ReportingPeriod.Quarter(HistoryYear, quarter);
            var sent = new List<(int TaskId, CurrentUser Author, ProgressInput Input, ReportingPeriod Period)>();
            foreach (var task in tasks.Where(t => t.ReportingFrequency != ReportingFrequency.Yearly || quarter == 4))
            {
                var taskPeriod = task.ReportingFrequency == ReportingFrequency.Yearly ? ReportingPeriod.Year(HistoryYear) : period;
                // The lead unit every quarter; the supporting units with an account at the year's end.
                var reporters = new List<int> { task.LeadUnitId };
                if (quarter == 4)
                {
                    reporters.AddRange(task.Supporting.Where(u => staff.ContainsKey(u) && u != task.LeadUnitId));
                }

                foreach (var unitId in reporters.Where(staff.ContainsKey))
                {
                    var percent = unitId == task.LeadUnitId && quarter == 4 && _random.NextDouble() < 0.85 ? 100
                        : Math.Clamp((quarter * 25) - 5 + _random.Next(-5, 11), 5, 95);
                    var input = new ProgressInput
                    {
                        PeriodStart = taskPeriod.Start,
                        Percent = percent,
                        Status = percent == 100 ? TaskProgressStatus.Completed : TaskProgressStatus.InProgress,
                        WorkDone = GeneratedTexts.Work(_random, percent),
                        Difficulties = _random.NextDouble() < 0.25 ? GeneratedTexts.Difficulty(_random) : null,
                        Proposals = _random.NextDouble() < 0.15 ? GeneratedTexts.Proposal(_random) : null,
                        Intent = ProgressIntent.Submit,
                    };
                    _history.Set(Moment(_calendar.AddWorkingDays(period.End, _random.Next(1, 3)), _random.Next(8, 16), _random.Next(60)));
                    await Expect(progress.SaveAsync(task.Id, staff[unitId], input, cancellationToken), "gửi báo cáo tiến độ");
                    sent.Add((task.Id, staff[unitId], input, taskPeriod));
                    count++;
                }
            }

            // The Office reviews on the third working day after the cut-off: a few go back in the morning and return corrected in the afternoon.
            var reviewDay = _calendar.AddWorkingDays(period.End, 3);
            var returned = quarter < 4 ? sent.Where(_ => _random.NextDouble() < 0.1).ToList() : [];
            foreach (var (taskId, author, input, taskPeriod) in returned)
            {
                _history.Set(Moment(reviewDay, 9, _random.Next(60)));
                await DecideAsync(review, taskId, author.UnitId, taskPeriod, ReviewDecision.Return, GeneratedTexts.ReturnComment(_random), office, cancellationToken);
                _history.Set(Moment(reviewDay, 14, _random.Next(60)));
                input.ConcurrencyStamp = await StampOfUpdateAsync(taskId, author.UnitId, taskPeriod, cancellationToken);
                input.WorkDone += " Đã bổ sung số liệu và tài liệu minh chứng theo ý kiến của Văn phòng Sở.";
                await Expect(progress.SaveAsync(taskId, author, input, cancellationToken), "gửi lại báo cáo tiến độ");
            }

            foreach (var (taskId, author, _, taskPeriod) in sent)
            {
                _history.Set(Moment(reviewDay, 15, _random.Next(60)));
                await DecideAsync(review, taskId, author.UnitId, taskPeriod, ReviewDecision.Accept, null, office, cancellationToken);
            }

            foreach (var report in Reports.Where(r => (r.Kind == ReportKind.Quarterly && r.Quarter == quarter) || (r.Kind == ReportKind.Annual && quarter == 4)))
            {
                await ReportAsync(reports, planId, report, office, leader, cancellationToken);
            }
        }

        return count;
    }

    private async Task DecideAsync(ReviewService review, int taskId, int unitId, ReportingPeriod period, string decision, string? comment, CurrentUser office, CancellationToken cancellationToken)
    {
        var update = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.PlanTaskId == taskId && u.UnitId == unitId && u.PeriodStart == period.Start)
            .Select(u => new { u.Id, u.ConcurrencyStamp }).SingleAsync(cancellationToken);
        await Expect(review.DecideAsync(update.Id, new ReviewInput { Decision = decision, Comment = comment, ConcurrencyStamp = update.ConcurrencyStamp }, office, cancellationToken), "duyệt báo cáo tiến độ");
    }

    private Task<Guid?> StampOfUpdateAsync(int taskId, int unitId, ReportingPeriod period, CancellationToken cancellationToken) =>
        db.ProgressUpdates.AsNoTracking().Where(u => u.PlanTaskId == taskId && u.UnitId == unitId && u.PeriodStart == period.Start)
            .Select(u => (Guid?)u.ConcurrencyStamp).SingleAsync(cancellationToken);

    /// <summary>Drafted and submitted by the Office in the afternoon after the reviews; signed by the Leadership the next working day.</summary>
    private async Task ReportAsync(ReportService reports, int planId, (ReportKind Kind, int? Quarter, int Number, int WorkingDaysAfterCutOff) report, CurrentUser office, CurrentUser leader, CancellationToken cancellationToken)
    {
        var (from, to) = ReportingPeriod.CutOffOfReport(report.Kind, HistoryYear, report.Quarter);
        var signedOn = _calendar.AddWorkingDays(to, report.WorkingDaysAfterCutOff);
        _history.Set(Moment(_calendar.AddWorkingDays(to, report.WorkingDaysAfterCutOff - 1), 16, 10));
        var id = await reports.CreateAsync(new CreateReportInput
        {
            PlanId = planId,
            Kind = report.Kind,
            Year = HistoryYear,
            Quarter = report.Quarter,
            DataFrom = from,
            DataTo = to,
            Summary = ReportPeriods.ProposedSummary(report.Kind, HistoryYear, report.Quarter),
        }, office, cancellationToken) ?? throw new InvalidOperationException("The 2019 plan disappeared while its history was written.");

        _history.Set(Moment(_calendar.AddWorkingDays(to, report.WorkingDaysAfterCutOff - 1), 16, 40));
        await Expect(reports.SubmitAsync(id, await StampOfReportAsync(id, cancellationToken), office, cancellationToken), "trình báo cáo");
        _history.Set(Moment(signedOn, 10, 15));
        await Expect(reports.DecideAsync(id, new ReportDecisionInput
        {
            Decision = ReportDecision.Approve,
            Number = report.Number,
            IssuedOn = signedOn,
            ConcurrencyStamp = await StampOfReportAsync(id, cancellationToken),
        }, leader, cancellationToken), "phê duyệt báo cáo");
    }

    private Task<Guid> StampOfReportAsync(int id, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking().Where(r => r.Id == id).Select(r => r.ConcurrencyStamp).SingleAsync(cancellationToken);

    // ------------------------------------------------------------------ this year's plan

    /// <summary>
    /// This year's plan, copied from 2019 by the Office's copy (one-off due dates moved by the years between) and put
    /// into force. A one-off task whose moved due date has already passed gets the end of the year instead, so that on
    /// the first day nothing is late: the portal starts today, not in January.
    /// </summary>
    private async Task<(string Number, int Year)> CurrentPlanAsync(int sourcePlanId, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        if (today.Year <= HistoryYear)
        {
            return (HistoryPlanNumber, HistoryYear);
        }

        var proposed = (await planManagement.CopyFormAsync(sourcePlanId, cancellationToken)).Input;
        var issuedOn = _calendar.NextWorkingDay(new DateOnly(today.Year, 1, 20));
        var number = $"{_random.Next(12, 40)}/KH-SNgV";
        var planId = await planManagement.CopyAsync(new PlanCopyInput
        {
            SourcePlanId = sourcePlanId,
            Year = today.Year,
            Number = number,
            IssuedOn = issuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            Title = proposed.Title.Replace((HistoryYear + 1).ToString(CultureInfo.InvariantCulture), today.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            SignerTitle = proposed.SignerTitle,
            SignerName = proposed.SignerName,
        }, cancellationToken);

        var overdue = await db.PlanTasks.Where(t => t.SolutionArea!.PlanId == planId && t.DueOn < today).ToListAsync(cancellationToken);
        foreach (var task in overdue)
        {
            task.DueOn = new DateOnly(today.Year, 12, 31);
            TaskSchedulePolicy.Apply(task, today.Year);
        }

        await db.SaveChangesAsync(cancellationToken);
        await Expect(planManagement.ChangeStatusAsync(planId, PlanStatus.Active, cancellationToken), "ban hành kế hoạch năm nay");
        return (number, today.Year);
    }

    // ------------------------------------------------------------------ people and moments

    private async Task<CurrentUser?> AccountAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new CurrentUser(u.Id, u.FullName, u.UnitId)).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task CreateHistoryStaffAsync()
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
        foreach (var (email, name, unitCode, jobTitle) in HistoryStaff.Where(s => units.ContainsKey(s.UnitCode)))
        {
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, JobTitle = jobTitle, UnitId = units[unitCode], CreatedAtUtc = Moment(new DateOnly(HistoryYear, 1, 2), 8, 0) };
            await Expect(users.CreateAsync(user), email);
            await Expect(users.AddToRoleAsync(user, Roles.Staff), email);
        }
    }

    /// <summary>One staff account per unit that has one (the demo staff and those of <see cref="HistoryStaff"/>).</summary>
    private async Task<Dictionary<int, CurrentUser>> StaffByUnitAsync(CancellationToken cancellationToken)
    {
        var staff = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where r.Name == Roles.Staff && !u.IsDisabled
                           orderby u.Email
                           select new CurrentUser(u.Id, u.FullName, u.UnitId)).ToListAsync(cancellationToken);
        return staff.GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.First());
    }

    private static DateTime Moment(DateOnly day, int hour, int minute) => DemoActivitySeeder.LocalMoment(day, new TimeOnly(hour, minute));

    private static async Task Expect(Task<IdentityResult> result, string what)
    {
        var outcome = await result;
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo history: {what}: {string.Join("; ", outcome.Errors.Select(e => e.Description))}");
        }
    }

    private static async Task Expect<T>(Task<T> result, string what)
        where T : SaveResult
    {
        var outcome = await result;
        if (!outcome.IsSaved)
        {
            throw new InvalidOperationException($"Demo history: {what} was refused ({outcome.Status}: {outcome.Message}).");
        }
    }
}
