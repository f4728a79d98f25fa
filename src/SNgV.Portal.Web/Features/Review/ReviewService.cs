using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Features.Progress;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;
using SNgV.Portal.Web.Infrastructure.Mail;

namespace SNgV.Portal.Web.Features.Review;

/// <summary>
/// The Office's review of submitted updates. Accepting an update of the lead unit makes its percent and status
/// the task's own; supporting units' updates are accepted as contributions and do not move the task's figures.
/// A decision marks read every notice about the update (the Office's "chờ duyệt" ones) and tells the unit's staff
/// and whoever sent it, in the portal and by e-mail.
/// </summary>
public sealed class ReviewService(PortalDbContext db, NotificationWriter notifications, MailSender mail, PortalAddress address, TimeProvider clock, LinkGenerator links)
{
    public const int PageSize = 20;

    public static readonly ListSorting<ProgressUpdate> Sorting = new ListSorting<ProgressUpdate>("submitted")
        .By("submitted", u => u.SubmittedAtUtc)
        .By("code", u => u.PlanTask!.SolutionArea!.Number, u => u.PlanTask!.Number)
        .By("unit", u => u.Unit!.Name)
        .By("period", u => u.PeriodEnd, u => u.PeriodStart)
        .By("percent", u => u.Percent)
        .Then(u => u.Id);

    public async Task<ReviewQueueViewModel> QueueAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        var (rows, paging) = await ListPage.ReadAsync(Queue(query), query.Page, PageSize, cancellationToken);
        var submitted = db.ProgressUpdates.Where(u => u.State == ProgressUpdateState.Submitted);
        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync(cancellationToken);
        var areas = await db.SolutionAreas.Where(a => a.Tasks.Any(t => t.Updates.Any(u => u.State == ProgressUpdateState.Submitted)) || a.Id == query.AreaId)
            .OrderBy(a => a.Plan!.Year).ThenBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Title, Plan = a.Plan!.Number })
            .ToListAsync(cancellationToken);
        var periods = (await submitted.Select(u => new { u.PeriodStart, u.PeriodEnd }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(p => p.PeriodEnd).OrderByDescending(g => g.Key)
            .Select(g => ReportingPeriod.Of(g.Min(p => p.PeriodStart), g.Key))
            .Select(p => new SelectListItem(p.LabelWithRange, p.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        return new ReviewQueueViewModel(query, rows, paging, units,
            areas.Select(a => new SelectListItem($"{SolutionArea.CodeOf(a.Number)} {a.Title} ({a.Plan})", a.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
            periods);
    }

    /// <summary>Every update of the queue its filters keep, in its order: what "Xuất Excel" writes.</summary>
    public Task<List<ReviewQueueRow>> ExportAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default) =>
        Queue(query).ToListAsync(cancellationToken);

    private IQueryable<ReviewQueueRow> Queue(ReviewQueueQuery query)
    {
        var submitted = db.ProgressUpdates.Where(u => u.State == ProgressUpdateState.Submitted);
        if (query.UnitId is { } unitId)
        {
            submitted = submitted.Where(u => u.UnitId == unitId);
        }

        if (query.AreaId is { } areaId)
        {
            submitted = submitted.Where(u => u.PlanTask!.SolutionAreaId == areaId);
        }

        if (query.Period is { } end)
        {
            submitted = submitted.Where(u => u.PeriodEnd == end);
        }

        return Sorting.Apply(submitted, query).Select(u => new ReviewQueueRow(
                u.Id,
                u.ConcurrencyStamp,
                u.PlanTaskId,
                u.PlanTask!.SolutionArea!.Number,
                u.PlanTask.Number,
                u.PlanTask.Title,
                u.Unit!.Name,
                u.UnitId == u.PlanTask.LeadUnitId,
                u.PeriodStart,
                u.PeriodEnd,
                u.Percent,
                u.Status,
                u.SubmittedAtUtc!.Value,
                u.Files.Count,
                u.SubmittedLate));
    }

    /// <summary>
    /// Accepts the ticked updates one by one through <see cref="DecideAsync"/> (the one write path: each is saved,
    /// audited and notified on its own). One that someone has reviewed or changed since the page was shown is left
    /// as it is and reported back by its code and unit.
    /// </summary>
    public async Task<BulkAcceptResult> AcceptAllAsync(IReadOnlyList<(int Id, Guid Stamp)> updates, CurrentUser reviewer, CancellationToken cancellationToken = default)
    {
        var accepted = 0;
        var stale = new List<int>();
        foreach (var (id, stamp) in updates)
        {
            db.ChangeTracker.Clear();
            var result = await DecideAsync(id, new ReviewInput { Decision = ReviewDecision.Accept, ConcurrencyStamp = stamp }, reviewer, cancellationToken);
            if (result.IsSaved)
            {
                accepted++;
            }
            else
            {
                stale.Add(id);
            }
        }

        db.ChangeTracker.Clear();
        var names = await db.ProgressUpdates.Where(u => stale.Contains(u.Id))
            .OrderBy(u => u.PlanTask!.SolutionArea!.Number).ThenBy(u => u.PlanTask!.Number)
            .Select(u => new { Area = u.PlanTask!.SolutionArea!.Number, u.PlanTask.Number, Unit = u.Unit!.Name })
            .ToListAsync(cancellationToken);
        return new BulkAcceptResult(accepted, names.Select(n => $"{PlanTask.CodeOf(n.Area, n.Number)} ({n.Unit})").ToList());
    }

    /// <summary>The one update under review, projected with its files, beside its task's summary; drafts are never in review.</summary>
    public async Task<ReviewViewModel?> GetAsync(int updateId, CancellationToken cancellationToken = default)
    {
        var update = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.Id == updateId && u.State != ProgressUpdateState.Draft)
            .Select(u => new
            {
                u.PlanTaskId,
                u.ConcurrencyStamp,
                IsLead = u.UnitId == u.PlanTask!.LeadUnitId,
                UnitName = u.Unit!.Name,
                u.PeriodStart,
                u.PeriodEnd,
                u.State,
                u.Percent,
                u.Status,
                u.WorkDone,
                u.Difficulties,
                u.Proposals,
                u.ReviewComment,
                u.UpdatedAtUtc,
                u.SubmittedAtUtc,
                u.ReviewedAtUtc,
                u.SubmittedLate,
                Files = u.Files.OrderBy(f => f.Id).Select(f => new EvidenceFileView(f.Id, f.FileName, f.Length, f.ContentType)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (update is null)
        {
            return null;
        }

        var task = await TaskQueries.SummaryAsync(db, update.PlanTaskId, cancellationToken);
        var view = new UpdateView(updateId, update.UnitName, ReportingPeriod.Of(update.PeriodStart, update.PeriodEnd), update.State, update.Percent, update.Status,
            update.WorkDone, update.Difficulties, update.Proposals, update.ReviewComment, update.UpdatedAtUtc, update.SubmittedAtUtc, update.ReviewedAtUtc,
            update.Files, update.SubmittedLate, update.ConcurrencyStamp, IsViewersUnit: false);
        return task is null ? null : new ReviewViewModel(task, view, update.IsLead, update.ConcurrencyStamp, VietnamTime.Today(clock))
        {
            EarlierReturn = await EarlierReturnAsync(updateId, cancellationToken),
        };
    }

    /// <summary>
    /// The last time this update was returned, with what the unit had sent then, so that a resubmission is reviewed
    /// against the comment it answers; null for an update never returned.
    /// </summary>
    private async Task<EarlierReturn?> EarlierReturnAsync(int updateId, CancellationToken cancellationToken)
    {
        // The steps of this one update (a handful), newest first: the last return, then the submission it returned.
        var steps = await db.ProgressEvents.AsNoTracking()
            .Where(e => e.ProgressUpdateId == updateId && (e.Kind == ProgressEventKind.Returned || e.Kind == ProgressEventKind.Submitted))
            .OrderByDescending(e => e.Id)
            .Select(e => new { e.Kind, e.AtUtc, e.UserName, e.Percent, e.Status, e.Text })
            .ToListAsync(cancellationToken);
        var returnedAt = steps.FindIndex(e => e.Kind == ProgressEventKind.Returned);
        if (returnedAt < 0)
        {
            return null;
        }

        var returned = steps[returnedAt];
        var sent = steps.Skip(returnedAt + 1).FirstOrDefault(e => e.Kind == ProgressEventKind.Submitted);
        return new EarlierReturn(returned.AtUtc, returned.UserName, returned.Text ?? "", sent?.Percent, sent?.Status, sent?.Text);
    }

    public async Task<SaveResult> DecideAsync(int updateId, ReviewInput input, CurrentUser reviewer, CancellationToken cancellationToken = default)
    {
        var update = await db.ProgressUpdates
            .Include(u => u.PlanTask!).ThenInclude(t => t.SolutionArea!).ThenInclude(a => a.Plan)
            .SingleOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        if (update is null)
        {
            return SaveResult.NotFound;
        }

        if (update.State != ProgressUpdateState.Submitted)
        {
            return SaveResult.Refused("Báo cáo này đã được xử lý trước đó.");
        }

        if (update.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return SaveResult.Conflict(update.ConcurrencyStamp);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = input.Comment;
        update.State = input.IsReturn ? ProgressUpdateState.Returned : ProgressUpdateState.Accepted;
        update.ReviewedAtUtc = now;
        update.ReviewedById = reviewer.Id;
        update.ReviewComment = comment;

        var task = update.PlanTask!;
        if (!input.IsReturn && update.UnitId == task.LeadUnitId && !await HasLaterAcceptedAsync(update, cancellationToken))
        {
            task.CurrentPercent = update.Percent;
            task.CurrentStatus = update.Status;
            task.LastAcceptedAtUtc = now;
            TaskSchedulePolicy.Apply(task, task.SolutionArea!.Plan!.Year);
        }

        db.ProgressEvents.Add(new ProgressEvent
        {
            PlanTaskId = task.Id,
            ProgressUpdateId = update.Id,
            Kind = input.IsReturn ? ProgressEventKind.Returned : ProgressEventKind.Accepted,
            AtUtc = now,
            UserId = reviewer.Id,
            UserName = reviewer.Name,
            Percent = update.Percent,
            Status = update.Status,
            Text = comment,
        });

        var code = PlanTask.CodeOf(task.SolutionArea!.Number, task.Number);
        var period = ReportingPeriod.Of(update.PeriodStart, update.PeriodEnd).Label;
        var title = input.IsReturn ? $"Báo cáo nhiệm vụ {code} bị trả lại" : $"Báo cáo nhiệm vụ {code} đã được duyệt";
        var body = FieldLengths.Shorten(
            input.IsReturn ? $"Văn phòng Sở trả lại báo cáo {period}: {comment}" : $"Văn phòng Sở đã duyệt báo cáo {period} ({update.Percent}%).",
            FieldLengths.LongText);
        var link = links.PathTo(input.IsReturn ? "Report" : "Details", "UnitTasks", new { id = task.Id });
        var recipients = await notifications.ActiveStaffOfUnitsAsync([update.UnitId], await SubmitterAsync(update, cancellationToken), cancellationToken);
        await notifications.ResolveUpdateNoticesAsync(update.Id, cancellationToken);
        notifications.ToUsers(recipients.Select(r => r.UserId), title, body, link, progressUpdateId: update.Id);

        var saved = await db.SaveExpectingAsync(update, input.ConcurrencyStamp, cancellationToken);
        if (saved.IsSaved)
        {
            var url = address.Of(link);
            await mail.SendAsync(recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email))
                .Select(r => new OutgoingMail(r.Email!, r.FullName, title, MailBody(r, task.Title, body, url)))
                .ToList());
        }

        return saved;
    }

    /// <summary>Who last sent the update to the Office (the one who wrote it if the history says nothing).</summary>
    private async Task<string> SubmitterAsync(ProgressUpdate update, CancellationToken cancellationToken) =>
        await db.ProgressEvents.Where(e => e.ProgressUpdateId == update.Id && e.Kind == ProgressEventKind.Submitted)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => e.UserId)
            .FirstOrDefaultAsync(cancellationToken) ?? update.CreatedById;

    private static string MailBody(NotificationRecipient recipient, string taskTitle, string body, string url) =>
        NoticeLetter.Write(recipient.FullName, [body, $"Nhiệm vụ: {FieldLengths.Shorten(taskTitle, 300)}"], "Xem nhiệm vụ", url);

    private Task<bool> HasLaterAcceptedAsync(ProgressUpdate update, CancellationToken cancellationToken) =>
        db.ProgressUpdates.AnyAsync(u => u.PlanTaskId == update.PlanTaskId && u.UnitId == update.UnitId
            && u.State == ProgressUpdateState.Accepted && u.PeriodStart > update.PeriodStart, cancellationToken);
}
