using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Review;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The review queue (/duyet-bao-cao) at volume: filters, sorting by its headers, the export of every page, bulk accept.</summary>
public sealed class ReviewQueueTests(ListsPortalFactory factory) : IClassFixture<ListsPortalFactory>
{
    [Fact]
    public async Task The_queue_filters_by_area_sorts_by_unit_and_exports_the_same_rows_from_every_page()
    {
        await factory.EnsureSubmittedUpdatesAsync();
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var area = await factory.WithDbAsync(db => db.SolutionAreas
            .Select(a => new { a.Id, a.Number, Pending = a.Tasks.SelectMany(t => t.Updates).Count(u => u.State == ProgressUpdateState.Submitted) })
            .OrderByDescending(a => a.Pending).FirstAsync());
        Assert.True(area.Pending > ReviewService.PageSize, "The filtered queue must span more than one page.");

        var query = $"?areaId={area.Id}&sort=unit&dir=desc";
        var (keys, pages) = await office.RowKeysAsync("/duyet-bao-cao" + query);
        var export = await office.ExportRowsAsync("/duyet-bao-cao/xuat-excel" + query, "Mục");

        Assert.True(pages > 1);
        Assert.Equal(area.Pending, keys.Count);
        Assert.All(keys, k => Assert.StartsWith($"II.{area.Number}.", k, StringComparison.Ordinal));
        Assert.Equal(keys, export.Select(r => $"{r[0]} {r[2]}").ToList());
        var units = export.Select(r => r[2]).ToList();
        Assert.Equal(units.OrderByDescending(u => u, StringComparer.Ordinal).ToList(), units);
        Assert.True(units.Distinct().Count() > 1, "Sorting by unit over one unit proves nothing.");

        var page = await office.GetHtmlAsync("/duyet-bao-cao" + query);
        Assert.Contains("aria-sort=\"descending\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/duyet-bao-cao?areaId=" + area.Id + "&amp;sort=unit\"", page, StringComparison.Ordinal);

        var (byPeriod, _) = await office.RowKeysAsync($"/duyet-bao-cao?period=2019-03-14&unitId={await factory.UnitIdAsync("VP")}");
        var expected = await factory.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.State == ProgressUpdateState.Submitted && u.PeriodEnd == new DateOnly(2019, 3, 14) && u.Unit!.Code == "VP"));
        Assert.Equal(expected, byPeriod.Count);
        Assert.True(expected > 0);
    }

    [Fact]
    public async Task Bulk_accept_reviews_and_audits_each_ticked_update_and_refuses_one_reviewed_meanwhile()
    {
        await factory.EnsureSubmittedUpdatesAsync();
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var html = await office.GetHtmlAsync("/duyet-bao-cao?period=2019-01-14");
        var ticked = System.Text.RegularExpressions.Regex.Matches(html, "name=\"Input.Updates\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Take(3).ToList();
        Assert.Equal(3, ticked.Count);
        var ids = ticked.Select(t => BulkAcceptInput.Parse(t)!.Value.Id).ToList();

        // Another reviewer returns the first one before the Office sends its ticks.
        using var other = factory.CreatePortalClient();
        await other.SignInSuccessfullyAsync(DemoUsers.Office);
        using var returned = await other.ReviewAsync(ids[0], ReviewDecision.Return, "Bổ sung minh chứng.");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        using var content = new FormUrlEncodedContent(
            [new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)), new("returnQuery", "?period=2019-01-14"), .. ticked.Select(t => new KeyValuePair<string, string>("Input.Updates", t))]);
        using var posted = await office.PostAsync("/duyet-bao-cao/chap-nhan", content);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/duyet-bao-cao?period=2019-01-14", posted.Headers.Location!.OriginalString);
        var after = WebUtility.HtmlDecode(await office.GetHtmlAsync(posted.Headers.Location.OriginalString));
        var code = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == ids[0]).Select(u => "II." + u.PlanTask!.SolutionArea!.Number + "." + u.PlanTask.Number).SingleAsync());
        Assert.Contains("Đã chấp nhận 2 báo cáo.", after, StringComparison.Ordinal);
        Assert.Contains($"1 báo cáo không được chấp nhận vì đã được xử lý hoặc thay đổi sau khi trang được mở: {code}", after, StringComparison.Ordinal);

        var states = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.State));
        Assert.Equal(ProgressUpdateState.Returned, states[ids[0]]);
        Assert.Equal(ProgressUpdateState.Accepted, states[ids[1]]);
        Assert.Equal(ProgressUpdateState.Accepted, states[ids[2]]);
        var officeId = await factory.UserIdAsync(DemoUsers.Office);
        var audited = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(ProgressUpdate) && a.Action == AuditAction.Modified && a.UserId == officeId)
            .Select(a => a.EntityId).ToListAsync());
        Assert.Single(audited, ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(audited, ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(audited, ids[2].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, await factory.WithDbAsync(db => db.ProgressEvents.CountAsync(e => e.Kind == ProgressEventKind.Accepted && ids.Contains(e.ProgressUpdateId))));
    }

    [Fact]
    public async Task Bulk_accept_with_nothing_ticked_accepts_nothing_and_says_so()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var posted = await office.PostFormAsync("/duyet-bao-cao", "/duyet-bao-cao/chap-nhan", [new("returnQuery", "")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Vui lòng đánh dấu ít nhất một báo cáo cần chấp nhận.", WebUtility.HtmlDecode(await office.GetHtmlAsync("/duyet-bao-cao")), StringComparison.Ordinal);
    }
}
