using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Progress;

/// <summary>A unit's tasks, and its progress reports on them: drafts, submissions, evidence files.</summary>
public sealed class ProgressService(
    PortalDbContext db,
    EvidenceStorage storage,
    NotificationWriter notifications,
    ReportingCalendar calendar,
    IOptions<EvidenceOptions> evidenceOptions,
    TimeProvider clock,
    LinkGenerator links)
{
    public const string PeriodClosedMessage =
        "Kỳ báo cáo này đã được tổng hợp vào báo cáo định kỳ đã ban hành nên không thể báo cáo thêm. Vui lòng chọn kỳ khác.";

    private DateOnly Today => VietnamTime.Today(clock);

    /// <summary>The task with its updates and timeline. Drafts are shown only to the unit that writes them.</summary>
    public async Task<TaskDetailViewModel?> DetailAsync(int taskId, int? viewerUnitId, CancellationToken cancellationToken = default)
    {
        var task = await TaskQueries.SummaryAsync(db, taskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var updates = await db.ProgressUpdates
            .Where(u => u.PlanTaskId == taskId && (u.State != ProgressUpdateState.Draft || u.UnitId == viewerUnitId))
            .OrderByDescending(u => u.PeriodStart).ThenBy(u => u.Unit!.SortOrder)
            .Select(u => new
            {
                u.Id,
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
                u.ConcurrencyStamp,
                IsViewersUnit = u.UnitId == viewerUnitId,
                Files = u.Files.OrderBy(f => f.Id).Select(f => new EvidenceFileView(f.Id, f.FileName, f.Length)).ToList(),
            })
            .ToListAsync(cancellationToken);

        // The person who acted is named with their own unit (the Office for a review), the report with the unit it is of.
        var timeline = await (from e in db.ProgressEvents
                              join u in db.ProgressUpdates on e.ProgressUpdateId equals u.Id
                              join actor in db.Users on e.UserId equals actor.Id into actors
                              from actor in actors.DefaultIfEmpty()
                              where e.PlanTaskId == taskId
                              orderby e.AtUtc descending, e.Id descending
                              select new
                              {
                                  e.AtUtc, e.Kind, e.UserName, ActorUnit = actor == null ? null : actor.Unit!.Name, ReportUnit = u.Unit!.Name,
                                  u.PeriodStart, u.PeriodEnd, e.Percent, e.Status, e.Text,
                              })
            .ToListAsync(cancellationToken);

        return new TaskDetailViewModel(
            task,
            updates.Select(u => new UpdateView(u.Id, u.UnitName, ReportingPeriod.Of(u.PeriodStart, u.PeriodEnd), u.State, u.Percent, u.Status,
                u.WorkDone, u.Difficulties, u.Proposals, u.ReviewComment, u.UpdatedAtUtc, u.SubmittedAtUtc, u.ReviewedAtUtc, u.Files, u.SubmittedLate, u.ConcurrencyStamp, u.IsViewersUnit)).ToList(),
            timeline.Select(e => new TimelineEntry(e.AtUtc, e.Kind, e.UserName, e.ActorUnit, e.ReportUnit, ReportingPeriod.Of(e.PeriodStart, e.PeriodEnd),
                e.Percent, e.Status, e.Text)).ToList(),
            Today);
    }

    /// <summary>
    /// The form for a period the unit can still report (<paramref name="periodStart"/>, else the one it most likely
    /// means): the unit's update of that period if there is one, else a new one.
    /// </summary>
    public async Task<ProgressFormViewModel?> FormAsync(int taskId, int unitId, DateOnly? periodStart, ProgressInput? input = null, ProgressSnapshot? theirs = null, CancellationToken cancellationToken = default)
    {
        var task = await TaskQueries.SummaryAsync(db, taskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var open = await calendar.OpenPeriodsAsync(task, unitId, Today, cancellationToken);
        var chosen = open.FirstOrDefault(p => p.Period.Start == periodStart) ?? ReportingCalendar.Proposed(open, Today);
        if (chosen is null)
        {
            return new ProgressFormViewModel(task, task.PeriodOn(Today), input ?? new ProgressInput(), null, null, [], 0, 0)
            {
                Today = Today,
                Periods = open,
            };
        }

        var period = chosen.Period;
        var update = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.PlanTaskId == taskId && u.UnitId == unitId && u.PeriodStart == period.Start)
            .Select(u => new
            {
                u.Percent,
                u.Status,
                u.WorkDone,
                u.Difficulties,
                u.Proposals,
                u.State,
                u.ReviewComment,
                u.ConcurrencyStamp,
                Files = u.Files.OrderBy(f => f.Id).Select(f => new EvidenceFileView(f.Id, f.FileName, f.Length)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        input ??= update is null
            ? new ProgressInput { Percent = task.CurrentPercent, Status = task.CurrentStatus }
            : new ProgressInput
            {
                Percent = update.Percent,
                Status = update.Status,
                WorkDone = update.WorkDone,
                Difficulties = update.Difficulties,
                Proposals = update.Proposals,
                ConcurrencyStamp = update.ConcurrencyStamp,
            };

        input.PeriodStart = period.Start;
        var options = evidenceOptions.Value;
        return new ProgressFormViewModel(task, period, input, update?.State, update?.ReviewComment, update?.Files ?? [], options.MaxFileBytes, options.MaxFilesPerUpdate)
        {
            Theirs = theirs,
            Today = Today,
            Periods = open,
            IsLate = chosen.LateIfSentToday,
        };
    }

    /// <summary>
    /// Saves the unit's update of the chosen period as a draft or submits it to the Office. All or nothing:
    /// the record, its files and the history are saved together, and files written for a save that fails are removed.
    /// </summary>
    public async Task<SaveResult<ProgressSnapshot?>> SaveAsync(int taskId, CurrentUser user, ProgressInput input, CancellationToken cancellationToken = default)
    {
        var task = await TaskQueries.SummaryAsync(db, taskId, cancellationToken)
            ?? throw new InvalidOperationException($"Task {taskId} not found.");
        var open = await calendar.OpenPeriodsAsync(task, user.UnitId, Today, cancellationToken);
        var chosen = input.PeriodStart is { } start ? open.FirstOrDefault(p => p.Period.Start == start) : ReportingCalendar.Proposed(open, Today);
        if (chosen is null)
        {
            return SaveResult.Refused(PeriodClosedMessage).With<ProgressSnapshot?>(null);
        }

        var period = chosen.Period;
        var now = clock.GetUtcNow().UtcDateTime;

        var update = await db.ProgressUpdates.Include(u => u.Files)
            .SingleOrDefaultAsync(u => u.PlanTaskId == taskId && u.UnitId == user.UnitId && u.PeriodStart == period.Start, cancellationToken);
        if (update is null)
        {
            update = new ProgressUpdate
            {
                PlanTaskId = taskId,
                UnitId = user.UnitId,
                PeriodStart = period.Start,
                PeriodEnd = period.End,
                CreatedById = user.Id,
                CreatedAtUtc = now,
            };
            db.ProgressUpdates.Add(update);
        }
        else if (update.State == ProgressUpdateState.Submitted)
        {
            return SaveResult.Refused("Báo cáo kỳ này đã được gửi và đang chờ Văn phòng duyệt; không thể sửa.").With<ProgressSnapshot?>(null);
        }
        else if (input.ConcurrencyStamp != update.ConcurrencyStamp)
        {
            return SaveResult.Conflict(update.ConcurrencyStamp).With<ProgressSnapshot?>(Snapshot(update));
        }

        var removed = update.Files.Where(f => input.RemoveFileIds.Contains(f.Id)).ToList();
        if (update.Files.Count - removed.Count + input.Files.Count > evidenceOptions.Value.MaxFilesPerUpdate)
        {
            return SaveResult.Refused(
                $"Mỗi báo cáo đính kèm tối đa {evidenceOptions.Value.MaxFilesPerUpdate} tệp. Vui lòng bỏ bớt tệp cũ hoặc chọn ít tệp hơn.",
                nameof(ProgressInput.Files)).With<ProgressSnapshot?>(null);
        }

        if (await DuplicateAsync(update.Files.Except(removed), input.Files, cancellationToken) is { } duplicate)
        {
            return SaveResult.Refused(duplicate, nameof(ProgressInput.Files)).With<ProgressSnapshot?>(null);
        }

        update.Percent = input.Percent!.Value;
        update.Status = input.Status!.Value;
        update.WorkDone = input.WorkDone;
        update.Difficulties = Blank(input.Difficulties);
        update.Proposals = Blank(input.Proposals);
        update.UpdatedAtUtc = now;
        update.State = input.IsSubmit ? ProgressUpdateState.Submitted : ProgressUpdateState.Draft;
        if (input.IsSubmit)
        {
            update.SubmittedLate = update.SubmittedAtUtc is null ? chosen.LateIfSentToday : update.SubmittedLate;
            update.SubmittedAtUtc = now;
        }

        foreach (var file in removed)
        {
            update.Files.Remove(file);
        }

        var written = new List<string>();
        try
        {
            await AttachAsync(update, input.Files, user.Id, now, written, cancellationToken);
            var saved = await db.SaveExpectingAsync(update, input.ConcurrencyStamp, () => db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                if (input.IsSubmit)
                {
                    await RecordSubmissionAsync(task, update, user, period, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                }
            }, cancellationToken), cancellationToken);
            if (saved.IsSaved)
            {
                removed.ForEach(f => storage.Delete(f.StorageKey));
                return saved.With<ProgressSnapshot?>(null);
            }

            // Another member of the unit saved this period's update first: keep theirs, give this user their input back.
            written.ForEach(storage.Delete);
            return saved.With(saved.Status == SaveStatus.Conflict ? Snapshot(update) : null);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // A new update raced ours on the unique task/unit/period index: the same as above, theirs came first.
            written.ForEach(storage.Delete);
            db.ChangeTracker.Clear();
            var theirs = await db.ProgressUpdates.AsNoTracking()
                .SingleAsync(u => u.PlanTaskId == taskId && u.UnitId == user.UnitId && u.PeriodStart == period.Start, cancellationToken);
            return SaveResult.Conflict(theirs.ConcurrencyStamp).With<ProgressSnapshot?>(Snapshot(theirs));
        }
        catch
        {
            // Nothing of a failed save may stay behind, on disk either.
            written.ForEach(storage.Delete);
            throw;
        }
    }

    /// <summary>Why the new files cannot be attached: one has the content (SHA-256) of another, new or already attached; null when none does.</summary>
    private static async Task<string?> DuplicateAsync(IEnumerable<EvidenceFile> kept, IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in kept)
        {
            seen.TryAdd(file.Sha256, file.FileName);
        }

        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            var hash = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(content, cancellationToken));
            if (!seen.TryAdd(hash, Path.GetFileName(file.FileName)))
            {
                return $"Tệp \"{Path.GetFileName(file.FileName)}\" có nội dung trùng với tệp \"{seen[hash]}\" đã chọn cho báo cáo này; mỗi tài liệu chỉ đính kèm một lần.";
            }
        }

        return null;
    }

    /// <summary>Stores each new file under a name of the portal's making and adds it to the update.</summary>
    private async Task AttachAsync(ProgressUpdate update, IEnumerable<IFormFile> files, string userId, DateTime now, List<string> written, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            var type = EvidenceFileTypes.Detect(content, file.FileName)
                ?? throw new InvalidOperationException("Evidence files are validated before they are saved.");
            var stored = await storage.SaveAsync(content, cancellationToken);
            written.Add(stored.StorageKey);
            update.Files.Add(new EvidenceFile
            {
                FileName = Path.GetFileName(file.FileName),
                ContentType = type.ContentType,
                Length = stored.Length,
                StorageKey = stored.StorageKey,
                Sha256 = stored.Sha256,
                UploadedById = userId,
                UploadedAtUtc = now,
            });
        }
    }

    /// <summary>An evidence file the viewer may download: drafts' files only to the drafting unit.</summary>
    public async Task<EvidenceFile?> FindEvidenceAsync(int taskId, int fileId, int? viewerUnitId, CancellationToken cancellationToken = default) =>
        await (from f in db.EvidenceFiles
               join u in db.ProgressUpdates on f.ProgressUpdateId equals u.Id
               where f.Id == fileId && u.PlanTaskId == taskId && (u.State != ProgressUpdateState.Draft || u.UnitId == viewerUnitId)
               select f).AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    public Stream OpenEvidence(EvidenceFile file) => storage.OpenRead(file.StorageKey);

    /// <summary>
    /// Takes the unit's submitted update back to a draft before the Office decides, to correct it and send it again:
    /// the history records the withdrawal, and the Office's "chờ duyệt" notices about it are done. The first
    /// submission's time stays, so a late report does not become on time by being withdrawn and sent again.
    /// </summary>
    public async Task<SaveResult<DateOnly>> WithdrawAsync(int taskId, int updateId, CurrentUser user, Guid? postedStamp, CancellationToken cancellationToken = default)
    {
        var update = await db.ProgressUpdates.SingleOrDefaultAsync(u => u.Id == updateId && u.PlanTaskId == taskId && u.UnitId == user.UnitId, cancellationToken);
        if (update is null)
        {
            return SaveResult.NotFound.With(default(DateOnly));
        }

        if (update.State != ProgressUpdateState.Submitted)
        {
            return SaveResult.Refused("Văn phòng Sở đã xử lý báo cáo này nên không thể rút lại; xem kết quả ở lịch sử xử lý.").With(update.PeriodStart);
        }

        update.State = ProgressUpdateState.Draft;
        update.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.ProgressEvents.Add(new ProgressEvent
        {
            PlanTaskId = taskId,
            ProgressUpdateId = update.Id,
            Kind = ProgressEventKind.Withdrawn,
            AtUtc = update.UpdatedAtUtc,
            UserId = user.Id,
            UserName = user.Name,
            Percent = update.Percent,
            Status = update.Status,
        });
        await notifications.ResolveUpdateNoticesAsync(update.Id, cancellationToken);
        return (await db.SaveExpectingAsync(update, postedStamp, cancellationToken)).With(update.PeriodStart);
    }

    private async Task RecordSubmissionAsync(TaskSummary task, ProgressUpdate update, CurrentUser user, ReportingPeriod period, CancellationToken cancellationToken)
    {
        db.ProgressEvents.Add(new ProgressEvent
        {
            PlanTaskId = task.Id,
            ProgressUpdateId = update.Id,
            Kind = ProgressEventKind.Submitted,
            AtUtc = update.UpdatedAtUtc,
            UserId = user.Id,
            UserName = user.Name,
            Percent = update.Percent,
            Status = update.Status,
            Text = update.WorkDone,
        });

        var unitName = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        await notifications.ResolveUpdateNoticesAsync(update.Id, cancellationToken);
        notifications.ToUsers(
            await notifications.ActiveUsersInRoleAsync(Roles.Office, cancellationToken),
            $"Báo cáo chờ duyệt: nhiệm vụ {task.Code}",
            $"{unitName} gửi báo cáo {period.Label}{(update.SubmittedLate ? " (nộp muộn)" : "")}: {update.Percent}% – {DisplayNames.Of(update.Status)}.",
            links.PathTo("Details", "Review", new { id = update.Id }),
            progressUpdateId: update.Id);
    }

    private static ProgressSnapshot Snapshot(ProgressUpdate u) =>
        new(u.Percent, u.Status, u.WorkDone, u.Difficulties, u.Proposals, u.State, u.UpdatedAtUtc, u.ConcurrencyStamp);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
