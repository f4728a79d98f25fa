using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>A "chờ duyệt" notice is done once its update is reviewed, for every Office account; the outcome goes to the unit by mail.</summary>
public sealed partial class ReviewNoticeTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task Reviewing_an_update_marks_its_waiting_notices_done_for_every_Office_account_and_mails_the_outcome_with_the_task_link()
    {
        var taskId = await factory.TaskIdAsync(4, 2); // led by Phòng Lãnh sự
        const string secondOffice = "vanphong2@sngv.demo";
        var secondOfficeId = await factory.CreateUserAsync(secondOffice, Roles.Office, "VP");
        var officeId = await factory.UserIdAsync(DemoUsers.Office);
        using var staff = factory.CreatePortalClient();
        using var office = factory.CreatePortalClient();
        using var otherOffice = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await otherOffice.SignInSuccessfullyAsync(secondOffice);

        using var submitted = await staff.PostProgressAsync(taskId, "submit", "30", "InProgress", "Đã rà soát quy trình hợp pháp hóa lãnh sự.");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var updateId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == taskId).Select(u => u.Id).SingleAsync());
        Task<List<string>> WaitingFor() => factory.WithDbAsync(db => db.Notifications
            .Where(n => n.ProgressUpdateId == updateId && n.ReadAtUtc == null && n.Title.StartsWith("Báo cáo chờ duyệt"))
            .Select(n => n.RecipientId).OrderBy(id => id).ToListAsync());
        Assert.Equal(new[] { officeId, secondOfficeId }.Order(), await WaitingFor());
        var badgeBefore = Badge(await otherOffice.GetHtmlAsync("/tong-quan"));
        Assert.Equal(1, badgeBefore);

        const string comment = "Đề nghị bổ sung số hồ sơ đã giải quyết trong kỳ.";
        using var returned = await office.ReviewAsync(updateId, "return", comment);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        // Done for both Office accounts, the one that reviewed and the one that did not; the badge drops.
        Assert.Empty(await WaitingFor());
        Assert.Null(Badge(await otherOffice.GetHtmlAsync("/tong-quan")));
        Assert.Contains("Báo cáo chờ duyệt: nhiệm vụ II.4.2", await otherOffice.GetHtmlAsync("/thong-bao"), StringComparison.Ordinal);

        var mail = Assert.Single(PickupMail.ReadAll(factory.MailPickupDirectory), m => m.Subject == "Báo cáo nhiệm vụ II.4.2 bị trả lại");
        Assert.Contains(DemoUsers.ConsularStaff, mail.To, StringComparison.Ordinal);
        Assert.Contains(comment, mail.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/nhiem-vu/{taskId}/bao-cao", mail.Body, StringComparison.Ordinal);

        // Sent again, the unit's "bị trả lại" notice is done and the Office is told anew; accepting settles that one too.
        using var resubmitted = await staff.PostProgressAsync(taskId, "submit", "45", "InProgress", "Đã giải quyết 120 hồ sơ đúng hạn.");
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.ProgressUpdateId == updateId && n.ReadAtUtc == null && n.Title.Contains("bị trả lại"))));
        Assert.Equal(new[] { officeId, secondOfficeId }.Order(), await WaitingFor());
        Assert.Equal(1, Badge(await otherOffice.GetHtmlAsync("/tong-quan")));

        using var accepted = await otherOffice.ReviewAsync(updateId, "accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Empty(await WaitingFor());
        Assert.Null(Badge(await otherOffice.GetHtmlAsync("/tong-quan")));
        var acceptedMail = Assert.Single(PickupMail.ReadAll(factory.MailPickupDirectory), m => m.Subject == "Báo cáo nhiệm vụ II.4.2 đã được duyệt");
        Assert.Contains(DemoUsers.ConsularStaff, acceptedMail.To, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/nhiem-vu/{taskId}", acceptedMail.Body, StringComparison.Ordinal);
        Assert.Contains("Đã được duyệt", await staff.GetHtmlAsync("/thong-bao"), StringComparison.OrdinalIgnoreCase);
    }

    private static int? Badge(string html) =>
        BadgePattern().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex("unread-count\">(\\d+)<span class=\"visually-hidden\"> chưa đọc</span>")]
    private static partial Regex BadgePattern();
}
