using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Audit;

/// <summary>
/// The names of the records a set of audit entries mentions (as their own subject or in a field holding an id),
/// each kind read in one query: tasks by code and title with a link, updates by period, unit and task, areas, plans,
/// units and users by name. Stored values are then shown as the screens show them.
/// </summary>
internal sealed class AuditNames
{
    private readonly Microsoft.EntityFrameworkCore.Metadata.IModel _model;
    private Dictionary<int, AuditValue> _tasks = [];
    private Dictionary<int, AuditValue> _updates = [];
    private Dictionary<int, string> _areas = [];
    private Dictionary<int, string> _plans = [];
    private Dictionary<int, string> _units = [];
    private Dictionary<string, string> _users = [];

    private AuditNames(Microsoft.EntityFrameworkCore.Metadata.IModel model) => _model = model;

    public static async Task<AuditNames> LoadAsync(PortalDbContext db, LinkGenerator links, List<AuditEntry> rows, Dictionary<long, IReadOnlyList<AuditChange>> changes,
        CancellationToken cancellationToken)
    {
        var names = new AuditNames(db.Model);
        var values = rows.SelectMany(e => changes[e.Id].SelectMany(c => new[] { (e.EntityType, c.Field, c.Old), (e.EntityType, c.Field, c.New) })).ToList();
        List<int> Ids(Func<string, bool> field, params string[] subjectTypes) =>
            values.Where(v => field(v.Field)).Select(v => Int(v.Item3))
                .Concat(rows.Where(r => subjectTypes.Contains(r.EntityType)).Select(r => Int(r.EntityId.Split('/')[0])))
                .OfType<int>().Distinct().ToList();

        var updateIds = Ids(f => f == "ProgressUpdateId", nameof(ProgressUpdate));
        var updates = await db.ProgressUpdates.Where(u => updateIds.Contains(u.Id))
            .Select(u => new { u.Id, u.PlanTaskId, u.PeriodStart, u.PeriodEnd, Unit = u.Unit!.Name, Area = u.PlanTask!.SolutionArea!.Number, u.PlanTask.Number })
            .ToListAsync(cancellationToken);
        names._updates = updates.ToDictionary(u => u.Id, u => new AuditValue(
            $"Báo cáo {ReportingPeriod.Of(u.PeriodStart, u.PeriodEnd).Label} của {u.Unit} – nhiệm vụ {PlanTask.CodeOf(u.Area, u.Number)}",
            links.GetPathByAction("Details", "Review", new { id = u.Id })));

        var taskIds = Ids(f => f is "PlanTaskId" or "CopiedFromTaskId", nameof(PlanTask), nameof(PlanTaskSupportingUnit));
        var tasks = await db.PlanTasks.Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, Area = t.SolutionArea!.Number, t.Number, t.Title, Plan = t.SolutionArea.Plan!.Number })
            .ToListAsync(cancellationToken);
        names._tasks = tasks.ToDictionary(t => t.Id, t => new AuditValue(
            $"{PlanTask.CodeOf(t.Area, t.Number)} {FieldLengths.Shorten(t.Title, 120)} ({t.Plan})",
            links.GetPathByAction("Details", "UnitTasks", new { id = t.Id })));

        var areaIds = Ids(f => f == "SolutionAreaId", nameof(SolutionArea));
        names._areas = await db.SolutionAreas.Where(a => areaIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Number, a.Title, Plan = a.Plan!.Number })
            .ToDictionaryAsync(a => a.Id, a => $"{SolutionArea.CodeOf(a.Number)} {FieldLengths.Shorten(a.Title, 120)} ({a.Plan})", cancellationToken);

        var planIds = Ids(f => f is "PlanId" or "CopiedFromPlanId", nameof(Plan));
        names._plans = await db.Plans.Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => $"Kế hoạch {p.Number}", cancellationToken);
        names._units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        var userIds = values.Where(v => v.Field.EndsWith("ById", StringComparison.Ordinal)).Select(v => v.Item3)
            .Concat(rows.Select(r => r.UserId)).Concat(rows.Where(r => r.EntityType == nameof(PortalUser)).Select(r => r.EntityId))
            .OfType<string>().Distinct().ToList();
        names._users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return names;
    }

    public string? UserName(string id) => _users.GetValueOrDefault(id);

    /// <summary>What the entry is about, in words, linked when the record has a page.</summary>
    public AuditValue Subject(AuditEntry entry)
    {
        var key = Int(entry.EntityId.Split('/')[0]);
        var found = entry.EntityType switch
        {
            nameof(PlanTask) when key is { } id => _tasks.GetValueOrDefault(id),
            nameof(PlanTaskSupportingUnit) when key is { } id && _tasks.TryGetValue(id, out var task) =>
                task with { Text = $"{task.Text} – {_units.GetValueOrDefault(Int(entry.EntityId.Split('/').Last()) ?? 0, "đơn vị đã xóa")}" },
            nameof(ProgressUpdate) when key is { } id => _updates.GetValueOrDefault(id),
            nameof(SolutionArea) when key is { } id && _areas.TryGetValue(id, out var area) => new AuditValue(area),
            nameof(Plan) when key is { } id && _plans.TryGetValue(id, out var plan) => new AuditValue(plan),
            nameof(Unit) when key is { } id && _units.TryGetValue(id, out var unit) => new AuditValue(unit),
            nameof(PortalUser) when _users.TryGetValue(entry.EntityId, out var user) => new AuditValue(user),
            _ => null,
        };
        return found ?? new AuditValue($"Bản ghi số {entry.EntityId}");
    }

    /// <summary>A stored value (ISO date, enum name, id, MIME type) as the screens show it.</summary>
    public AuditValue? Format(string entityType, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var id = Int(value);
        switch (field)
        {
            case "LeadUnitId" or "UnitId" when id is { } unitId:
                return new AuditValue(_units.GetValueOrDefault(unitId, value));
            case "PlanTaskId" or "CopiedFromTaskId" when id is { } taskId:
                return _tasks.GetValueOrDefault(taskId) ?? new AuditValue($"Nhiệm vụ đã xóa (số {value})");
            case "ProgressUpdateId" when id is { } updateId:
                return _updates.GetValueOrDefault(updateId) ?? new AuditValue($"Báo cáo đã xóa (số {value})");
            case "SolutionAreaId" when id is { } areaId:
                return new AuditValue(_areas.GetValueOrDefault(areaId, value));
            case "PlanId" or "CopiedFromPlanId" when id is { } planId:
                return new AuditValue(_plans.GetValueOrDefault(planId, value));
            case "ContentType":
                return new AuditValue(AuditLabels.FileKind(value));
            case "Length" when long.TryParse(value, CultureInfo.InvariantCulture, out var bytes):
                return new AuditValue(bytes.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")));
            case var f when f.EndsWith("ById", StringComparison.Ordinal):
                return new AuditValue(_users.GetValueOrDefault(value, value));
        }

        var type = _model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entityType)?.FindProperty(field)?.ClrType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return new AuditValue(type switch
        {
            null => value,
            { IsEnum: true } when Enum.TryParse(type, value, out var e) => AuditLabels.EnumName(e!),
            _ when type == typeof(bool) => value == "true" ? "Có" : "Không",
            _ when type == typeof(DateOnly) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => DateInput.Show(d),
            _ when type == typeof(DateTime) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) =>
                VietnamTime.ToLocal(t).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture),
            _ => value,
        });
    }

    private static int? Int(string? value) => int.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;
}
