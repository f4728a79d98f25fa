using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Units;

/// <summary>
/// What the administrator does with the department's units: add, rename, retire, and merge one into another.
/// A retired unit keeps its tasks and history; it is no longer offered for new tasks or accounts.
/// </summary>
public sealed class UnitService(PortalDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnitRow>> ListAsync(CancellationToken cancellationToken = default) =>
        await Rows(db.Units).ToListAsync(cancellationToken);

    public async Task<UnitRow?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await Rows(db.Units.Where(u => u.Id == id)).SingleOrDefaultAsync(cancellationToken);

    public async Task<UnitFormViewModel?> FormAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Units.Where(u => u.Id == id)
            .Select(u => new UnitFormViewModel(u.Id, new UnitInput { Code = u.Code, Name = u.Name, NameEn = u.NameEn, ConcurrencyStamp = u.ConcurrencyStamp }, u.IsActive))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<SelectListItem>> MergeTargetsAsync(int sourceId, CancellationToken cancellationToken = default) =>
        await db.Units.Where(u => u.IsActive && u.Id != sourceId).OrderBy(u => u.SortOrder)
            .Select(u => new SelectListItem(u.Name + " (" + u.Code + ")", u.Id.ToString()))
            .ToListAsync(cancellationToken);

    private IQueryable<UnitRow> Rows(IQueryable<Unit> units) =>
        units.OrderBy(u => !u.IsActive).ThenBy(u => u.SortOrder)
            .Select(u => new UnitRow(
                u.Id,
                u.Code,
                u.Name,
                u.IsActive,
                db.PlanTasks.Count(t => t.LeadUnitId == u.Id),
                db.PlanTasks.Count(t => t.SupportingUnits.Any(s => s.UnitId == u.Id)),
                db.Users.Count(a => a.UnitId == u.Id),
                u.ConcurrencyStamp));

    /// <summary>Adds a unit (<paramref name="id"/> null) or changes one's code and name; codes and names are unique.</summary>
    public async Task<SaveResult<int>> SaveAsync(int? id, UnitInput input, CancellationToken cancellationToken = default)
    {
        var code = input.Code!;
        var name = input.Name!;
        // A department has a dozen units: compared here, without case, rather than by each provider's collation.
        var others = await db.Units.Where(u => u.Id != id).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken);
        if (others.Any(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            return SaveResult.Refused($"Mã {code} đã được dùng cho một đơn vị khác; vui lòng chọn mã khác.", nameof(UnitInput.Code)).With(0);
        }

        if (others.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return SaveResult.Refused("Đã có đơn vị mang tên này.", nameof(UnitInput.Name)).With(0);
        }

        Unit unit;
        if (id is null)
        {
            var lastOrder = await db.Units.MaxAsync(u => (int?)u.SortOrder, cancellationToken) ?? 0;
            unit = new Unit { SortOrder = lastOrder + 1 };
            db.Units.Add(unit);
        }
        else if (await db.Units.FindAsync([id.Value], cancellationToken) is { } found)
        {
            unit = found;
        }
        else
        {
            return SaveResult.NotFound.With(0);
        }

        unit.Code = code;
        unit.Name = name;
        unit.NameEn = input.NameEn;
        try
        {
            var result = await db.SaveExpectingAsync(unit, input.ConcurrencyStamp, cancellationToken);
            return result.With(unit.Id);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return SaveResult.Refused($"Mã {code} đã được dùng cho một đơn vị khác; vui lòng chọn mã khác.", nameof(UnitInput.Code)).With(0);
        }
    }

    /// <summary>Retires a unit: kept with its tasks, accounts and history, no longer offered in choice lists.</summary>
    public async Task<SaveResult> RetireAsync(int id, Guid? postedStamp, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.FindAsync([id], cancellationToken);
        if (unit is null)
        {
            return SaveResult.NotFound;
        }

        if (!unit.IsActive)
        {
            return SaveResult.Refused($"Đơn vị {unit.Name} đã ngừng sử dụng từ trước.");
        }

        if (!await db.Units.AnyAsync(u => u.Id != id && u.IsActive, cancellationToken))
        {
            return SaveResult.Refused("Không thể ngừng sử dụng đơn vị cuối cùng còn hoạt động.");
        }

        unit.IsActive = false;
        return await db.SaveExpectingAsync(unit, postedStamp, cancellationToken);
    }

    /// <summary>Brings a retired unit back into the lists of choice (a unit retired by mistake, or re-formed).</summary>
    public async Task<SaveResult> ReactivateAsync(int id, Guid? postedStamp, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.FindAsync([id], cancellationToken);
        if (unit is null)
        {
            return SaveResult.NotFound;
        }

        if (unit.IsActive)
        {
            return SaveResult.Refused($"Đơn vị {unit.Name} đang được sử dụng.");
        }

        unit.IsActive = true;
        return await db.SaveExpectingAsync(unit, postedStamp, cancellationToken);
    }

    /// <summary>
    /// Moves everything of <paramref name="sourceId"/> to the target unit in one transaction, then retires it: the tasks
    /// it leads and supports, its accounts, its progress updates and reminders. An update that would clash with one the
    /// target already has for the same task and period stays with the source, as its history.
    /// </summary>
    public async Task<SaveResult<UnitMergeOutcome>> MergeAsync(int sourceId, UnitMergeInput input, string actorId, string? actorName, CancellationToken cancellationToken = default)
    {
        var none = new UnitMergeOutcome(0, 0, 0, 0, 0);
        var source = await db.Units.FindAsync([sourceId], cancellationToken);
        if (source is null)
        {
            return SaveResult.NotFound.With(none);
        }

        var target = await db.Units.SingleOrDefaultAsync(u => u.Id == input.TargetUnitId && u.IsActive && u.Id != sourceId, cancellationToken);
        if (target is null)
        {
            return SaveResult.Refused("Vui lòng chọn một đơn vị khác, đang hoạt động, để nhận.", nameof(UnitMergeInput.TargetUnitId)).With(none);
        }

        if (!source.IsActive)
        {
            return SaveResult.Refused($"Đơn vị {source.Name} đã ngừng sử dụng; không sáp nhập được nữa.").With(none);
        }

        var ledTasks = await db.PlanTasks.Include(t => t.SupportingUnits).Where(t => t.LeadUnitId == sourceId).ToListAsync(cancellationToken);
        foreach (var task in ledTasks)
        {
            task.LeadUnitId = target.Id;
            task.SupportingUnits.RemoveAll(s => s.UnitId == target.Id || s.UnitId == sourceId);
        }

        var supported = await db.PlanTasks.Include(t => t.SupportingUnits)
            .Where(t => t.SupportingUnits.Any(s => s.UnitId == sourceId)).ToListAsync(cancellationToken);
        foreach (var task in supported)
        {
            task.SupportingUnits.RemoveAll(s => s.UnitId == sourceId);
            if (task.LeadUnitId != target.Id && task.SupportingUnits.All(s => s.UnitId != target.Id))
            {
                task.SupportingUnits.Add(new PlanTaskSupportingUnit { PlanTaskId = task.Id, UnitId = target.Id });
            }
        }

        var targetPeriods = await db.ProgressUpdates.Where(u => u.UnitId == target.Id)
            .Select(u => new { u.PlanTaskId, u.PeriodStart }).ToListAsync(cancellationToken);
        var updates = await db.ProgressUpdates.Where(u => u.UnitId == sourceId).ToListAsync(cancellationToken);
        var moved = updates.Where(u => !targetPeriods.Contains(new { u.PlanTaskId, u.PeriodStart })).ToList();
        foreach (var update in moved)
        {
            update.UnitId = target.Id;
        }

        var accounts = await db.Users.Where(u => u.UnitId == sourceId).ToListAsync(cancellationToken);
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var account in accounts)
        {
            account.UnitId = target.Id;
            // Identity's stamp: an account form opened before the merge must not put the account back.
            account.ConcurrencyStamp = Guid.NewGuid().ToString();
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = at,
                UserId = actorId,
                UserName = actorName,
                EntityType = nameof(PortalUser),
                EntityId = account.Id,
                Action = AuditAction.Modified,
                Changes = AuditChange.Serialize([new(nameof(PortalUser.UnitId), sourceId.ToString(CultureInfo.InvariantCulture), target.Id.ToString(CultureInfo.InvariantCulture))]),
            });
        }

        foreach (var reminder in await db.Reminders.Where(r => r.UnitId == sourceId).ToListAsync(cancellationToken))
        {
            reminder.UnitId = target.Id;
        }

        source.IsActive = false;

        var outcome = new UnitMergeOutcome(ledTasks.Count, supported.Count, accounts.Count, moved.Count, updates.Count - moved.Count);
        var result = await db.InTransactionAsync(
            () => db.SaveExpectingAsync(source, input.ConcurrencyStamp, cancellationToken),
            r => r.IsSaved,
            cancellationToken);
        return result.With(outcome);
    }
}

/// <summary>What a merge moved: tasks led and supported, accounts, updates, and the updates left with the source.</summary>
public sealed record UnitMergeOutcome(int TasksLed, int TasksSupported, int Accounts, int UpdatesMoved, int UpdatesKept);
