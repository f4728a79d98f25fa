using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// The database goes away under a running portal: visitors get 503 "Hệ thống tạm thời gián đoạn", the ready
/// probe fails within seconds, and the portal serves again as soon as the database is back, without a restart.
/// </summary>
public sealed class FaultTests
{
    private const string Unavailable = "Hệ thống tạm thời gián đoạn";

    [Fact]
    public async Task A_locked_database_gives_the_503_page_and_the_portal_recovers_without_a_restart()
    {
        using var portal = new FaultPortalFactory();
        using var visitor = portal.CreatePortalClient();
        using var staff = portal.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await AssertServesAsync(visitor, staff);

        // Another process holds the file exclusively: the portal's connections get SQLITE_BUSY after its busy wait.
        SqliteConnection.ClearAllPools();
        await using (var locker = new SqliteConnection($"Data Source={portal.DatabasePath};Pooling=False"))
        {
            await locker.OpenAsync();
            await using (var exclusive = locker.CreateCommand())
            {
                exclusive.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;";
                await exclusive.ExecuteNonQueryAsync();
            }

            await AssertUnavailableAsync(visitor, staff);
            Assert.Contains(portal.Log.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("SQLite 5", StringComparison.Ordinal));
            Assert.DoesNotContain(portal.Log.Lines, l => l.Message.Contains("   at ", StringComparison.Ordinal));

            await using var commit = locker.CreateCommand();
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        await AssertServesAsync(visitor, staff);
    }

    [Fact]
    public async Task A_removed_database_file_gives_the_503_page_until_it_is_back_and_is_never_replaced_by_an_empty_one()
    {
        using var portal = new FaultPortalFactory();
        using var visitor = portal.CreatePortalClient();
        using var staff = portal.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await AssertServesAsync(visitor, staff);

        var away = portal.DatabasePath + ".away";
        File.Move(portal.DatabasePath, away);
        try
        {
            await AssertUnavailableAsync(visitor, staff);
            Assert.False(File.Exists(portal.DatabasePath), "The portal created a new database file in place of the missing one.");
        }
        finally
        {
            File.Move(away, portal.DatabasePath);
        }

        await AssertServesAsync(visitor, staff);
    }

    [Fact]
    public async Task An_unreachable_SQL_Server_leaves_the_portal_running_with_the_503_page_and_a_failing_ready_probe()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        const string Refused = "Server=127.0.0.1,1;Database=SNgVPortal;User Id=sngv;Password=khong-dung;Connect Timeout=2;TrustServerCertificate=True";
        await using (var direct = new SqlConnection(Refused))
        {
            var failure = await Assert.ThrowsAsync<SqlException>(() => direct.OpenAsync());
            Assert.NotNull(DatabaseFailures.Describe(failure));
        }

        using var portal = new FaultPortalFactory(sqlServer: Refused);
        using var visitor = portal.CreatePortalClient();

        using var live = await visitor.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        await AssertUnavailableAsync(visitor, staff: null);
    }

    private static async Task AssertServesAsync(HttpClient visitor, HttpClient staff)
    {
        using (var ready = await visitor.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        using (var survey = await visitor.GetAsync("/khao-sat"))
        {
            Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        }

        using var notifications = await staff.GetAsync("/thong-bao");
        Assert.Equal(HttpStatusCode.OK, notifications.StatusCode);
    }

    private static async Task AssertUnavailableAsync(HttpClient visitor, HttpClient? staff)
    {
        var clock = Stopwatch.StartNew();
        using (var ready = await visitor.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"The ready probe took {clock.Elapsed.TotalSeconds:0.0} s to fail.");

        using (var page = await visitor.GetAsync("/khao-sat"))
        {
            await AssertPageAsync(page);
        }

        if (staff is not null)
        {
            // A signed-in layout, whose navigation would count unread notifications in the database.
            using var page = await staff.GetAsync("/thong-bao");
            var html = await AssertPageAsync(page);
            Assert.Contains("user-name", html, StringComparison.Ordinal);
        }

        using var api = new HttpRequestMessage(HttpMethod.Get, "/khao-sat");
        api.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var text = await visitor.SendAsync(api);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, text.StatusCode);
        Assert.Equal("text/plain", text.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"503 {Unavailable}.", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> AssertPageAsync(HttpResponseMessage page)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailableMiddleware.RetryAfterSeconds), page.Headers.RetryAfter?.Delta);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains($"<h1 class=\"h3\">{Unavailable}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("không kết nối được cơ sở dữ liệu", html, StringComparison.Ordinal);
        Assert.Contains("không bị mất khi gửi lại", html, StringComparison.Ordinal);
        Assert.Contains("thử lại sau ít phút", html, StringComparison.Ordinal);
        return html;
    }
}
