using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Audit;

/// <summary>Reads the audit log: filtered, newest first, a page at a time, with values shown as people read them.</summary>
public sealed class AuditLogService(PortalDbContext db)
{
    public const int PageSize = 25;

    public async Task<AuditListViewModel> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsQueryable();
        if (AuditLabels.IsKnownType(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (query.UserId == AuditQuery.System)
        {
            entries = entries.Where(e => e.UserId == null);
        }
        else if (!string.IsNullOrEmpty(query.UserId))
        {
            entries = entries.Where(e => e.UserId == query.UserId);
        }

        if (DateInput.Parse(query.From) is { } from)
        {
            var start = DateInput.StartOfDayUtc(from);
            entries = entries.Where(e => e.AtUtc >= start);
        }

        if (DateInput.Parse(query.To) is { } to)
        {
            var end = DateInput.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.AtUtc < end);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = Paging.ClampPage(query.Page, total, PageSize);
        var rows = await entries
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);

        var users = await db.Users.OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email })
            .ToListAsync(cancellationToken);
        var userNames = users.ToDictionary(u => u.Id, u => u.FullName);
        var unitNames = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var taskCodes = await TaskCodesAsync(rows, cancellationToken);
        var formatter = new ValueFormatter(db.Model, unitNames, userNames);

        var shown = rows.Select(e => new AuditRow(
                VietnamTime.ToLocal(e.AtUtc),
                e.UserId is null ? "Hệ thống" : (userNames.GetValueOrDefault(e.UserId) is { } name ? $"{name} ({e.UserName})" : e.UserName ?? e.UserId),
                AuditLabels.TypeName(e.EntityType),
                Subject(e, taskCodes),
                e.Action,
                AuditChange.Deserialize(e.Changes)
                    .Select(c => new AuditFieldChange(
                        AuditLabels.FieldName(e.EntityType, c.Field),
                        formatter.Format(e.EntityType, c.Field, c.Old),
                        formatter.Format(e.EntityType, c.Field, c.New)))
                    .ToList()))
            .ToList();

        var userChoices = new List<SelectListItem> { new("Hệ thống (tự động)", AuditQuery.System) };
        userChoices.AddRange(users.Select(u => new SelectListItem($"{u.FullName} ({u.Email})", u.Id)));
        return new AuditListViewModel(query, shown, new Paging(page, PageSize, total), userChoices);
    }

    /// <summary>"II.1.3" for the tasks on the page that still exist: what a reader of the log recognises.</summary>
    private async Task<Dictionary<int, string>> TaskCodesAsync(List<AuditEntry> rows, CancellationToken cancellationToken)
    {
        var ids = rows
            .Where(r => r.EntityType is nameof(PlanTask) or nameof(PlanTaskSupportingUnit))
            .Select(r => int.TryParse(r.EntityId.Split('/')[0], CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var tasks = await db.PlanTasks.Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, Area = t.SolutionArea!.Number, t.Number, Plan = t.SolutionArea.Plan!.Number })
            .ToListAsync(cancellationToken);
        return tasks.ToDictionary(t => t.Id, t => $"{t.Plan} – {PlanTask.CodeOf(t.Area, t.Number)}");
    }

    private static string Subject(AuditEntry entry, Dictionary<int, string> taskCodes)
    {
        var key = entry.EntityId.Split('/')[0];
        var isTask = entry.EntityType is nameof(PlanTask) or nameof(PlanTaskSupportingUnit);
        var code = isTask && int.TryParse(key, CultureInfo.InvariantCulture, out var id) ? taskCodes.GetValueOrDefault(id) : null;
        return code is null ? $"#{entry.EntityId}" : $"#{entry.EntityId} ({code})";
    }

    /// <summary>Turns stored values (ISO dates, enum names, ids) into what the screens show.</summary>
    private sealed class ValueFormatter(Microsoft.EntityFrameworkCore.Metadata.IModel model, Dictionary<int, string> units, Dictionary<string, string> users)
    {
        public string? Format(string entityType, string field, string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (field is "LeadUnitId" or "UnitId" && int.TryParse(value, CultureInfo.InvariantCulture, out var unitId))
            {
                return units.GetValueOrDefault(unitId, value);
            }

            if (field.EndsWith("ById", StringComparison.Ordinal))
            {
                return users.GetValueOrDefault(value, value);
            }

            var type = model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entityType)?.FindProperty(field)?.ClrType;
            type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
            return type switch
            {
                null => value,
                { IsEnum: true } when Enum.TryParse(type, value, out var e) => AuditLabels.EnumName(e!),
                _ when type == typeof(bool) => value == "true" ? "Có" : "Không",
                _ when type == typeof(DateOnly) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => DateInput.Show(d),
                _ when type == typeof(DateTime) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) =>
                    VietnamTime.ToLocal(t).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture),
                _ => value,
            };
        }
    }
}

public sealed record AuditFieldChange(string Field, string? Old, string? New);

public sealed record AuditRow(DateTime AtLocal, string User, string EntityName, string Subject, AuditAction Action, IReadOnlyList<AuditFieldChange> Changes);

public sealed record AuditListViewModel(AuditQuery Query, IReadOnlyList<AuditRow> Entries, Paging Paging, IReadOnlyList<SelectListItem> Users);
