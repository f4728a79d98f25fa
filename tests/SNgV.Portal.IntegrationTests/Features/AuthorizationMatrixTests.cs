using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// A portal with one submitted report (with an evidence file) on task II.7.1, led by Phòng Lãnh sự and supported
/// by the Office; task II.7.3 belongs to the service centre alone.
/// </summary>
public sealed class AuthorizationMatrixFixture : PlanYearPortalFactory, IAsyncLifetime
{
    public int ConsularTask { get; private set; }

    public int CentreOnlyTask { get; private set; }

    public int UpdateId { get; private set; }

    public int FileId { get; private set; }

    public async Task InitializeAsync()
    {
        ConsularTask = await this.TaskIdAsync(7, 1);
        CentreOnlyTask = await this.TaskIdAsync(7, 3);
        using var staff = CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        using var response = await staff.PostProgressAsync(ConsularTask, "submit", "40", "InProgress", "Đã kiểm tra công tác hợp pháp hóa lãnh sự.",
            [("bien-ban.pdf", ProgressClient.SmallPdf)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        (UpdateId, FileId) = await WithDbAsync(db => db.EvidenceFiles.Where(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.PlanTaskId == ConsularTask))
            .Select(f => new ValueTuple<int, int>(f.ProgressUpdateId, f.Id)).SingleAsync());
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public string Resolve(string url) => url
        .Replace("{consular}", ConsularTask.ToString(), StringComparison.Ordinal)
        .Replace("{centre}", CentreOnlyTask.ToString(), StringComparison.Ordinal)
        .Replace("{update}", UpdateId.ToString(), StringComparison.Ordinal)
        .Replace("{file}", FileId.ToString(), StringComparison.Ordinal);
}

public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture portal) : IClassFixture<AuthorizationMatrixFixture>
{
    private const string Anonymous = "";
    private const string Staff = DemoUsers.ConsularStaff;
    private const string OtherStaff = DemoUsers.CooperationStaff;
    private const string Office = DemoUsers.Office;
    private const string Leadership = DemoUsers.Leadership;
    private const string Admin = DemoUsers.Administrator;

    [Theory]
    // The unit's task list: those who report progress.
    [InlineData(Staff, "GET", "/nhiem-vu", 200)]
    [InlineData(Office, "GET", "/nhiem-vu", 200)]
    [InlineData(Leadership, "GET", "/nhiem-vu", 403)]
    [InlineData(Admin, "GET", "/nhiem-vu", 403)]
    [InlineData(Anonymous, "GET", "/nhiem-vu", 302)]
    // A task page: its units, and those who read everything.
    [InlineData(Staff, "GET", "/nhiem-vu/{consular}", 200)]
    [InlineData(OtherStaff, "GET", "/nhiem-vu/{consular}", 403)]
    [InlineData(Office, "GET", "/nhiem-vu/{consular}", 200)]
    [InlineData(Leadership, "GET", "/nhiem-vu/{consular}", 200)]
    [InlineData(Admin, "GET", "/nhiem-vu/{consular}", 200)]
    [InlineData(Anonymous, "GET", "/nhiem-vu/{consular}", 302)]
    [InlineData(Staff, "GET", "/nhiem-vu/999999", 404)]
    // The progress form: only the units involved, never Leadership or the administrator.
    [InlineData(Staff, "GET", "/nhiem-vu/{consular}/bao-cao", 200)]
    [InlineData(Office, "GET", "/nhiem-vu/{consular}/bao-cao", 200)]
    [InlineData(OtherStaff, "GET", "/nhiem-vu/{consular}/bao-cao", 403)]
    [InlineData(Leadership, "GET", "/nhiem-vu/{consular}/bao-cao", 403)]
    [InlineData(Admin, "GET", "/nhiem-vu/{consular}/bao-cao", 403)]
    [InlineData(Staff, "GET", "/nhiem-vu/{centre}/bao-cao", 403)]
    [InlineData(Office, "GET", "/nhiem-vu/{centre}/bao-cao", 403)]
    [InlineData(Staff, "POST", "/nhiem-vu/{centre}/bao-cao", 403)]
    [InlineData(Leadership, "POST", "/nhiem-vu/{consular}/bao-cao", 403)]
    // Evidence files: whoever may read the task.
    [InlineData(Staff, "GET", "/nhiem-vu/{consular}/tep/{file}", 200)]
    [InlineData(Leadership, "GET", "/nhiem-vu/{consular}/tep/{file}", 200)]
    [InlineData(OtherStaff, "GET", "/nhiem-vu/{consular}/tep/{file}", 403)]
    [InlineData(Staff, "GET", "/nhiem-vu/{centre}/tep/{file}", 403)]
    [InlineData(Anonymous, "GET", "/nhiem-vu/{consular}/tep/{file}", 302)]
    // Review: the Office only.
    [InlineData(Office, "GET", "/duyet-bao-cao", 200)]
    [InlineData(Staff, "GET", "/duyet-bao-cao", 403)]
    [InlineData(Leadership, "GET", "/duyet-bao-cao", 403)]
    [InlineData(Admin, "GET", "/duyet-bao-cao", 403)]
    [InlineData(Office, "GET", "/duyet-bao-cao/{update}", 200)]
    [InlineData(Staff, "GET", "/duyet-bao-cao/{update}", 403)]
    [InlineData(Staff, "POST", "/duyet-bao-cao/{update}", 403)]
    [InlineData(Leadership, "POST", "/duyet-bao-cao/{update}", 403)]
    // The overview: the Office and Leadership.
    [InlineData(Office, "GET", "/theo-doi", 200)]
    [InlineData(Leadership, "GET", "/theo-doi", 200)]
    [InlineData(Staff, "GET", "/theo-doi", 403)]
    [InlineData(Admin, "GET", "/theo-doi", 403)]
    [InlineData(Anonymous, "GET", "/theo-doi", 302)]
    // The public page.
    [InlineData(Anonymous, "GET", "/ke-hoach", 200)]
    public async Task Role_and_action(string user, string method, string url, int expected)
    {
        using var client = portal.CreatePortalClient();
        var before = await ReportCountAsync();
        using var response = await client.SendAsAsync(user, method, portal.Resolve(url),
        [
            new("Input.Percent", "100"), new("Input.Status", "Completed"), new("Input.WorkDone", "Không được phép."),
            new("Input.Intent", "submit"), new("Input.Decision", "accept"), new("Input.ConcurrencyStamp", Guid.NewGuid().ToString()),
        ]);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 403)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Đã kiểm tra công tác hợp pháp hóa lãnh sự", body, StringComparison.Ordinal);
        }

        // Nothing a refused request carries is saved.
        Assert.Equal(before, await ReportCountAsync());
    }

    private Task<(int Reports, int Accepted)> ReportCountAsync() => portal.WithDbAsync(async db =>
        (await db.ProgressUpdates.CountAsync(), await db.ProgressUpdates.CountAsync(u => u.State == Web.Domain.ProgressUpdateState.Accepted)));
}
