using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Audit;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The audit log (/nhat-ky) at volume: sorted, exported page for page, and worded for people, not for the database.</summary>
public sealed class AuditListTests(ListsPortalFactory factory) : IClassFixture<ListsPortalFactory>
{
    [Fact]
    public async Task The_log_filtered_to_the_system_and_sorted_by_record_type_exports_the_rows_of_every_page()
    {
        await factory.EnsureSubmittedUpdatesAsync();
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var expected = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == null && (a.EntityType == nameof(PlanTask) || a.EntityType == nameof(ProgressUpdate))));
        var from = await factory.WithDbAsync(db => db.AuditEntries.MinAsync(a => a.AtUtc));
        Assert.True(expected > AuditLogService.PageSize);

        var (keys, pages) = await office.RowKeysAsync("/nhat-ky?userId=he-thong&sort=type&dir=desc");
        var export = await office.ExportRowsAsync("/nhat-ky/xuat-excel?userId=he-thong&sort=type&dir=desc", "Thời điểm");
        Assert.True(pages > 1);
        Assert.Equal(keys, export.Select(r => $"{r[0]} {r[4]}").ToList());
        var types = export.Select(r => r[3]).ToList();
        Assert.True(types.Distinct().Count() > 2);
        Assert.Equal(AuditLabels.TypeName(nameof(SolutionArea)), types.SkipWhile(t => t != AuditLabels.TypeName(nameof(SolutionArea))).First());

        var tasksAndUpdates = await office.ExportRowsAsync("/nhat-ky/xuat-excel?userId=he-thong&entityType=ProgressUpdate", "Thời điểm");
        Assert.Equal(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == null && a.EntityType == nameof(ProgressUpdate))), tasksAndUpdates.Count);
        Assert.True(from < DateTime.UtcNow);
    }

    [Fact]
    public async Task An_updates_entry_names_its_task_by_code_and_title_with_a_link_not_by_its_id()
    {
        await factory.EnsureSubmittedUpdatesAsync();
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var update = await factory.WithDbAsync(db => db.ProgressUpdates.OrderByDescending(u => u.Id)
            .Select(u => new { u.Id, u.PeriodStart, u.PeriodEnd, Unit = u.Unit!.Name, TaskId = u.PlanTaskId, Code = "II." + u.PlanTask!.SolutionArea!.Number + "." + u.PlanTask.Number, u.PlanTask.Title })
            .FirstAsync());
        var task = new { Id = update.TaskId, update.Code, Title = Web.Data.FieldLengths.Shorten(update.Title, 120) };
        var period = ReportingPeriod.Of(update.PeriodStart, update.PeriodEnd).Label;

        var page = WebUtility.HtmlDecode(await office.GetHtmlAsync("/nhat-ky?entityType=ProgressUpdate&sort=type"));
        Assert.Contains($"<a href=\"/nhiem-vu/{task.Id}\">{task.Code} {task.Title} (95/KH-SNgV)</a>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/duyet-bao-cao/{update.Id}\">Báo cáo {period} của {update.Unit} – nhiệm vụ {task.Code}</a>", page, StringComparison.Ordinal);
        Assert.Matches($"Nhiệm vụ</th>\\s*<td class=\"audit-value\">\\s*—\\s*</td>\\s*<td aria-hidden=\"true\">→</td>\\s*<td class=\"audit-value\">\\s*<a href=\"/nhiem-vu/{task.Id}\">", page);
        Assert.DoesNotMatch($"Nhiệm vụ</th>\\s*<td class=\"audit-value\">\\s*—\\s*</td>\\s*<td aria-hidden=\"true\">→</td>\\s*<td class=\"audit-value\">\\s*{task.Id}\\s*</td>", page);

        var export = await office.ExportRowsAsync("/nhat-ky/xuat-excel?entityType=ProgressUpdate", "Thời điểm");
        Assert.Contains(export, r => r[5].Contains($"Nhiệm vụ: — → {task.Code} {task.Title}", StringComparison.Ordinal));
        Assert.Equal("PDF", AuditLabels.FileKind("application/pdf"));
        Assert.Equal("Ảnh JPEG", AuditLabels.FileKind("image/jpeg"));
        Assert.True(AuditLabels.IsHidden("StorageKey"));
    }
}
