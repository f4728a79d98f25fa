using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Audit;

/// <summary>
/// Reads the audit log: filtered, newest first (or by user or record type), a page at a time, with values shown as
/// people read them: names for units and users, a task's code and title with a link instead of its id, a file's
/// kind instead of its MIME type, and no storage paths.
/// </summary>
public sealed class AuditLogService(PortalDbContext db, LinkGenerator links)
{
    public const int PageSize = 25;

    private static readonly ListSorting<AuditEntry> Sorting = new ListSorting<AuditEntry>("at", defaultDescending: true)
        .By("at", e => e.AtUtc)
        .By("user", e => e.UserName)
        .By("type", e => e.EntityType)
        .Then(e => e.Id, descending: true);

    public async Task<AuditListViewModel> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var (rows, paging) = await ListPage.ReadAsync(Sorting.Apply(Filtered(query), query), query.Page, PageSize, cancellationToken);
        var users = await db.Users.OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email })
            .ToListAsync(cancellationToken);
        var userChoices = new List<SelectListItem> { new("Hệ thống (tự động)", AuditQuery.System) };
        userChoices.AddRange(users.Select(u => new SelectListItem($"{u.FullName} ({u.Email})", u.Id)));
        return new AuditListViewModel(query, await ShowAsync(rows, cancellationToken), paging, userChoices);
    }

    /// <summary>Every entry the filters keep, in the log's order (all pages), as the screen words it: what "Xuất Excel" writes.</summary>
    public async Task<IReadOnlyList<AuditRow>> ExportAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        await ShowAsync(await Sorting.Apply(Filtered(query), query).ToListAsync(cancellationToken), cancellationToken);

    private IQueryable<AuditEntry> Filtered(AuditQuery query)
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

        return entries;
    }

    /// <summary>The entries as the screen shows them; the records they name are looked up once per kind for all of them.</summary>
    private async Task<List<AuditRow>> ShowAsync(List<AuditEntry> rows, CancellationToken cancellationToken)
    {
        var changes = rows.ToDictionary(e => e.Id, e => AuditChange.Deserialize(e.Changes));
        var names = await AuditNames.LoadAsync(db, links, rows, changes, cancellationToken);
        return rows.Select(e => new AuditRow(
                VietnamTime.ToLocal(e.AtUtc),
                e.UserId is null ? "Hệ thống" : (names.UserName(e.UserId) is { } name ? $"{name} ({e.UserName})" : e.UserName ?? e.UserId),
                AuditLabels.TypeName(e.EntityType),
                names.Subject(e),
                e.Action,
                changes[e.Id]
                    .Where(c => !AuditLabels.IsHidden(c.Field))
                    .Select(c => new AuditFieldChange(AuditLabels.FieldName(e.EntityType, c.Field), names.Format(e.EntityType, c.Field, c.Old), names.Format(e.EntityType, c.Field, c.New)))
                    .ToList()))
            .ToList();
    }
}

/// <summary>A value as the log shows it, with a link to the record it names when there is one.</summary>
public sealed record AuditValue(string Text, string? Link = null)
{
    public override string ToString() => Text;
}

public sealed record AuditFieldChange(string Field, AuditValue? Old, AuditValue? New)
{
    /// <summary>"Tỷ lệ hoàn thành (%): 40 → 60", for the export.</summary>
    public string Line => $"{Field}: {Old?.Text ?? "—"} → {New?.Text ?? "—"}";
}

public sealed record AuditRow(DateTime AtLocal, string User, string EntityName, AuditValue Subject, AuditAction Action, IReadOnlyList<AuditFieldChange> Changes)
{
    public static readonly IReadOnlyList<ListColumn<AuditRow>> Columns =
    [
        new("Thời điểm", r => r.AtLocal.ToString("HH:mm:ss dd/MM/yyyy", CultureInfo.InvariantCulture), 19),
        new("Người thay đổi", r => r.User, 30),
        new("Thao tác", r => DisplayNames.Of(r.Action), 10),
        new("Loại bản ghi", r => r.EntityName, 20),
        new("Bản ghi", r => r.Subject.Text, 40),
        new("Thay đổi", r => string.Join("\n", r.Changes.Select(c => c.Line)), 70),
    ];
}

public sealed record AuditListViewModel(AuditQuery Query, IReadOnlyList<AuditRow> Entries, Paging Paging, IReadOnlyList<SelectListItem> Users);
