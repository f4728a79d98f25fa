using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Codes;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>
/// The one-stop register (sổ tiếp nhận của Bộ phận Một cửa): reception with a receipt code and a due date in
/// working days, every move of status with who and when, and the clock paused for additional documents (ADR 0005).
/// </summary>
public sealed class DossierService(PortalDbContext db, TimeProvider clock, ILogger<DossierService> logger)
{
    public const int PageSize = 20;
    private const int CodeAttempts = 5;

    public const string FilterOpen = "dang-giai-quyet";
    public const string FilterAttention = "can-chu-y";
    public const string FilterAll = "tat-ca";

    public async Task<RegisterViewModel> RegisterFormAsync(RegisterDossierInput? input = null, CancellationToken cancellationToken = default) =>
        new(input ?? new RegisterDossierInput { ReceivedAt = TruncateToMinute(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime)) },
            await db.Procedures.Where(p => p.Status == ProcedureStatus.Published).OrderBy(p => p.Field!.SortOrder).ThenBy(p => p.Name)
                .Select(p => new SelectListItem(p.Name + " (" + p.ProcessingDays + " ngày làm việc)", p.Id.ToString())).ToListAsync(cancellationToken));

    /// <summary>Records the dossier with a fresh receipt code; null when the procedure is not open for dossiers.</summary>
    public async Task<int?> RegisterAsync(RegisterDossierInput input, CurrentUser desk, CancellationToken cancellationToken = default)
    {
        var procedure = await db.Procedures.Where(p => p.Id == input.AdministrativeProcedureId && p.Status == ProcedureStatus.Published)
            .Select(p => new { p.Id, p.ProcessingDays }).SingleOrDefaultAsync(cancellationToken);
        if (procedure is null)
        {
            return null;
        }

        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var localReceivedAt = DateTime.SpecifyKind(input.ReceivedAt!.Value, DateTimeKind.Unspecified);
        var receivedOn = calendar.ReceiptDay(localReceivedAt);
        var now = clock.GetUtcNow().UtcDateTime;
        var receivedAtUtc = TimeZoneInfo.ConvertTimeToUtc(localReceivedAt, VietnamTime.Zone);

        for (var attempt = 1; ; attempt++)
        {
            var dossier = new Dossier
            {
                ReceiptCode = ReceiptCodes.New(),
                AdministrativeProcedureId = procedure.Id,
                ApplicantName = input.ApplicantName!,
                ApplicantKind = input.ApplicantKind,
                Contact = input.Contact,
                Channel = input.Channel,
                ReceivedAtUtc = receivedAtUtc,
                ReceivedOn = receivedOn,
                ProcessingDays = procedure.ProcessingDays,
                DueOn = calendar.DueDate(receivedOn, procedure.ProcessingDays),
                Status = DossierStatus.Received,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                Transitions = [new DossierTransition { ToStatus = DossierStatus.Received, AtUtc = now, UserId = desk.Id, UserName = desk.Name }],
            };
            db.Dossiers.Add(dossier);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return dossier.Id;
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                db.ChangeTracker.Clear();
                if (attempt >= CodeAttempts || await db.Dossiers.AllAsync(d => d.ReceiptCode != dossier.ReceiptCode, cancellationToken))
                {
                    throw;
                }

                // Another dossier took the same code a moment before (unique index): draw again.
                logger.LogWarning("Receipt code collision on attempt {Attempt}; drawing a new code", attempt);
            }
        }
    }

    private static readonly ListSorting<Dossier> ByDueDate = SortKeys(new ListSorting<Dossier>("due"));
    private static readonly ListSorting<Dossier> ByReception = SortKeys(new ListSorting<Dossier>("received", defaultDescending: true));

    public async Task<DossierListViewModel> ListAsync(DossierListQuery query, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var dueSoonBy = calendar.AddWorkingDays(today, 1);
        var open = Open();
        var dueSoon = await open.CountAsync(d => d.DueOn >= today && d.DueOn <= dueSoonBy, cancellationToken);
        var overdue = await open.CountAsync(d => d.DueOn < today, cancellationToken);

        var (rows, paging) = await ListPage.ReadAsync(Rows(query, today, dueSoonBy), query.Page, PageSize, cancellationToken);
        var procedures = await db.Procedures.Where(p => db.Dossiers.Any(d => d.AdministrativeProcedureId == p.Id) || p.Id == query.ProcedureId).OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(cancellationToken);
        return new DossierListViewModel(query, WithDeadlines(rows, calendar, today), paging, query.Loc!, today, dueSoon, overdue, procedures);
    }

    /// <summary>Every dossier the register's tab and filters keep, in its order (all pages): what "Xuất Excel" writes.</summary>
    public async Task<List<DossierRow>> ExportAsync(DossierListQuery query, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var rows = await Rows(query, today, calendar.AddWorkingDays(today, 1)).ToListAsync(cancellationToken);
        return WithDeadlines(rows, calendar, today);
    }

    private IQueryable<Dossier> Open() => db.Dossiers.Where(d => d.CompletedOn == null && d.Status != DossierStatus.AdditionalDocumentsRequested);

    private IQueryable<DossierRow> Rows(DossierListQuery query, DateOnly today, DateOnly dueSoonBy)
    {
        query.Loc = query.Loc is FilterAll or FilterAttention ? query.Loc : FilterOpen;
        var dossiers = query.Loc switch
        {
            FilterAll => db.Dossiers,
            FilterAttention => Open().Where(d => d.DueOn <= dueSoonBy),
            _ => db.Dossiers.Where(d => d.CompletedOn == null),
        };
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = $"%{query.Q.Trim()}%";
            var code = ReceiptCodes.Normalize(query.Q) is { } typed ? $"%{typed}%" : pattern;
            dossiers = dossiers.Where(d => EF.Functions.Like(d.ReceiptCode, code) || EF.Functions.Like(d.ApplicantName, pattern) || EF.Functions.Like(d.Procedure!.Name, pattern));
        }

        if (query.Status is { } status)
        {
            dossiers = dossiers.Where(d => d.Status == status);
        }

        if (query.ProcedureId is { } procedureId)
        {
            dossiers = dossiers.Where(d => d.AdministrativeProcedureId == procedureId);
        }

        if (query.From is { } from)
        {
            dossiers = dossiers.Where(d => d.ReceivedOn >= from);
        }

        if (query.To is { } to)
        {
            dossiers = dossiers.Where(d => d.ReceivedOn <= to);
        }

        if (query.Deadline is not null)
        {
            // The clock runs for open dossiers only, as in Open(): not finished, not paused for documents.
            dossiers = dossiers.Where(d => d.CompletedOn == null && d.Status != DossierStatus.AdditionalDocumentsRequested);
        }

        dossiers = query.Deadline switch
        {
            DeadlineState.Late => dossiers.Where(d => d.DueOn < today),
            DeadlineState.DueSoon => dossiers.Where(d => d.DueOn >= today && d.DueOn <= dueSoonBy),
            DeadlineState.OnTrack => dossiers.Where(d => d.DueOn > dueSoonBy),
            _ => dossiers,
        };

        return (query.Loc == FilterAll ? ByReception : ByDueDate).Apply(dossiers, query)
            .Select(d => new DossierRow(d.Id, d.ReceiptCode, d.Procedure!.Name, d.ApplicantName, d.ReceivedOn, d.DueOn, d.Status, d.CompletedOn));
    }

    private static List<DossierRow> WithDeadlines(List<DossierRow> rows, WorkingDayCalendar calendar, DateOnly today) =>
        rows.Select(r => r with { Deadline = DeadlineOf(calendar, today, r.Status, r.DueOn) }).ToList();

    private static ListSorting<Dossier> SortKeys(ListSorting<Dossier> sorting) => sorting
        .By("code", d => d.ReceiptCode)
        .By("procedure", d => d.Procedure!.Name)
        .By("applicant", d => d.ApplicantName)
        .By("received", d => d.ReceivedAtUtc)
        .By("due", d => d.DueOn, d => d.ReceivedAtUtc)
        .By("status", d => d.Status)
        .Then(d => d.Id);

    public async Task<DossierDetails?> DetailsAsync(int id, CancellationToken cancellationToken = default)
    {
        var dossier = await db.Dossiers.Where(d => d.Id == id)
            .Select(d => new DossierDetails(d.Id, d.ReceiptCode, d.Procedure!.Name, d.Procedure.Slug, d.ProcessingDays, d.ApplicantName, d.ApplicantKind,
                d.Contact, d.Channel, d.ReceivedAtUtc, d.ReceivedOn, d.DueOn, d.Status, d.CompletedOn, d.ReturnedAtUtc, d.ConcurrencyStamp))
            .SingleOrDefaultAsync(cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var steps = await db.DossierTransitions.Where(t => t.DossierId == id).OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .Select(t => new DossierStep(t.FromStatus, t.ToStatus, t.AtUtc, t.UserName, t.Note)).ToListAsync(cancellationToken);
        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        return dossier with { Steps = steps, Deadline = DeadlineOf(calendar, VietnamTime.Today(clock), dossier.Status, dossier.DueOn) };
    }

    public async Task<SaveResult> MoveAsync(int id, MoveDossierInput input, CurrentUser desk, CancellationToken cancellationToken = default)
    {
        var dossier = await db.Dossiers.Include(d => d.Pauses).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dossier is null)
        {
            return SaveResult.NotFound;
        }

        if (dossier.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return SaveResult.Conflict(dossier.ConcurrencyStamp);
        }

        if (!DossierWorkflow.CanMove(dossier.Status, input.ToStatus))
        {
            return SaveResult.Refused("Hồ sơ đang ở bước không thể chuyển như vậy. Vui lòng xem lại tình trạng hiện tại.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(clock);
        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var from = dossier.Status;

        if (from == DossierStatus.AdditionalDocumentsRequested)
        {
            // The documents arrived (or the dossier is refused): the pause ends today. Only resuming moves the due date.
            var pause = dossier.Pauses.Single(p => p.EndedOn is null);
            pause.EndedOn = today;
            if (input.ToStatus == DossierStatus.Processing)
            {
                (dossier.DueOn, pause.PausedWorkingDays) = calendar.Resume(dossier.DueOn, pause.StartedOn, today);
            }
        }

        switch (input.ToStatus)
        {
            case DossierStatus.AdditionalDocumentsRequested:
                dossier.Pauses.Add(new DossierPause { StartedOn = today });
                break;
            case DossierStatus.ResultReady:
                dossier.CompletedOn = today;
                dossier.ProcessingWorkingDays = Math.Max(0, calendar.WorkingDaysBetween(dossier.ReceivedOn, today) - dossier.Pauses.Sum(p => p.PausedWorkingDays));
                break;
            case DossierStatus.Refused:
                dossier.CompletedOn = today;
                break;
            case DossierStatus.Returned:
                dossier.ReturnedAtUtc = now;

                // The satisfaction survey's single-use invitation, for the procedure, not the person.
                db.SurveyInvitations.Add(new SurveyInvitation
                {
                    Token = RandomCodes.NewToken(),
                    DossierId = dossier.Id,
                    AdministrativeProcedureId = dossier.AdministrativeProcedureId,
                    CreatedAtUtc = now,
                });
                break;
        }

        dossier.Status = input.ToStatus;
        dossier.UpdatedAtUtc = now;
        db.DossierTransitions.Add(new DossierTransition
        {
            DossierId = dossier.Id,
            FromStatus = from,
            ToStatus = input.ToStatus,
            AtUtc = now,
            UserId = desk.Id,
            UserName = desk.Name,
            Note = input.Note,
        });

        return await db.SaveExpectingAsync(dossier, input.ConcurrencyStamp, cancellationToken);
    }

    /// <summary>
    /// The public look-up: status, dates and the verdict on time; while documents are awaited, what the desk asked for;
    /// once returned, the survey invitation.
    /// </summary>
    public async Task<PublicDossierView?> LookupAsync(string code, CancellationToken cancellationToken = default)
    {
        var dossier = await db.Dossiers.Where(d => d.ReceiptCode == code)
            .Select(d => new
            {
                d.Id, d.ReceiptCode, ProcedureName = d.Procedure!.Name, d.ReceivedAtUtc, d.ReceivedOn, d.DueOn, d.Status, d.CompletedOn, d.ReturnedAtUtc,
                Invitation = db.SurveyInvitations.Where(i => i.DossierId == d.Id).Select(i => new { i.Token, Used = i.UsedAtUtc != null }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var steps = await db.DossierTransitions.Where(t => t.DossierId == dossier.Id).OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .Select(t => new { t.FromStatus, t.ToStatus, t.AtUtc, t.Note }).ToListAsync(cancellationToken);
        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var returned = dossier.Status == DossierStatus.Returned;
        return new PublicDossierView(dossier.ReceiptCode, dossier.ProcedureName, dossier.ReceivedAtUtc, dossier.ReceivedOn, dossier.DueOn, dossier.Status,
            dossier.CompletedOn, dossier.ReturnedAtUtc,

            // The reception step is when the desk received the dossier, which it may record after the fact: the date above and the history agree.
            steps.Select(s => (s.ToStatus, s.FromStatus is null && s.ToStatus == DossierStatus.Received ? dossier.ReceivedAtUtc : s.AtUtc)).ToList())
        {
            Verdict = LookupVerdict.Of(calendar, VietnamTime.Today(clock), dossier.Status, dossier.DueOn, dossier.CompletedOn),
            ToSupplement = dossier.Status == DossierStatus.AdditionalDocumentsRequested
                ? steps.LastOrDefault(s => s.ToStatus == DossierStatus.AdditionalDocumentsRequested)?.Note
                : null,
            SurveyToken = returned && dossier.Invitation is { Used: false } invitation ? invitation.Token : null,
            Rated = returned && dossier.Invitation is { Used: true },
        };
    }

    /// <summary>Per procedure, the dossiers received in the period, counted by one grouped query.</summary>
    public async Task<StatisticsViewModel> StatisticsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        var figures = await DossierFigures.ByProcedureAsync(db.Dossiers.ReceivedBetween(from, to), today, cancellationToken);
        var procedures = await db.Procedures.OrderBy(p => p.Field!.SortOrder).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Status }).ToListAsync(cancellationToken);
        var rows = procedures.Where(p => p.Status == ProcedureStatus.Published || figures.ContainsKey(p.Id))
            .Select(p => new StatisticsRow(p.Name, figures.GetValueOrDefault(p.Id, TimelinessFigures.Empty))).ToList();
        var all = figures.Values.ToList();
        var finished = all.Sum(f => f.Finished);
        var total = new TimelinessFigures(all.Sum(f => f.Received), all.Sum(f => f.InProgress), all.Sum(f => f.Early), all.Sum(f => f.OnTime),
            all.Sum(f => f.Late), all.Sum(f => f.Refused), all.Sum(f => f.OverdueNow),
            finished == 0 ? null : all.Where(f => f.MeanProcessingDays is not null).Sum(f => f.MeanProcessingDays!.Value * f.Finished) / finished);
        return new StatisticsViewModel(from, to, today, rows, total);
    }

    private static DeadlineState? DeadlineOf(WorkingDayCalendar calendar, DateOnly today, DossierStatus status, DateOnly dueOn) =>
        DossierWorkflow.IsFinished(status) || status == DossierStatus.AdditionalDocumentsRequested ? null : calendar.StateOn(today, dueOn);

    private static DateTime TruncateToMinute(DateTime value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, value.Kind);
}
