using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Reminders;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// Plan 95/KH-SNgV has two one-off tasks due 31/12/2019 (II.3.3 and II.5.2, both led by the Office) and quarterly
/// and yearly (II.6.1) tasks whose periods end on 14/12/2019 (Decree 09 cut-off); the consular unit leads II.4.2 and II.7.1.
/// </summary>
public sealed class AutomaticReminderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static Task<int> CountAsync(PortalFactory portal, ReminderKind kind) =>
        portal.WithDbAsync(db => db.Reminders.CountAsync(r => r.Kind == kind));

    [Fact]
    public async Task Moving_the_clock_past_the_run_time_sends_due_soon_and_period_end_reminders_to_the_portal_and_the_mail_folder()
    {
        // 07/12/2019: a week before the cut-off of Q4 and of the year (14/12/2019, Decree 09).
        using var portal = new ClockedPortalFactory(new DateTimeOffset(2019, 12, 7, 6, 0, 0, Vietnam));
        using var staff = portal.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        const string officeStaff = "canbo.vp@sngv.demo";
        await portal.CreateUserAsync(officeStaff, Roles.Staff, "VP");

        // II.5.2 is done, and the consular unit has submitted its Q4 report on II.4.2: neither is chased.
        var done = await portal.TaskIdAsync(5, 2);
        var reported = await portal.TaskIdAsync(4, 2);
        var staffId = await portal.UserIdAsync(DemoUsers.ConsularStaff);
        var consular = await portal.UnitIdAsync("LS");
        await portal.WithDbAsync(async db =>
        {
            var task = await db.PlanTasks.SingleAsync(t => t.Id == done);
            task.CurrentPercent = 100;
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                PlanTaskId = reported,
                UnitId = consular,
                PeriodStart = new DateOnly(2019, 9, 15),
                PeriodEnd = new DateOnly(2019, 12, 14),
                Percent = 80,
                Status = TaskProgressStatus.InProgress,
                WorkDone = "Đã hợp pháp hóa 120 hồ sơ.",
                State = ProgressUpdateState.Submitted,
                CreatedById = staffId,
            });
            return await db.SaveChangesAsync();
        });

        // 06:00: the daily run (07:30) has not come yet.
        await Task.Delay(300);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Reminders.CountAsync()));

        portal.FakeClock.Advance(TimeSpan.FromHours(2));
        await PortalData.EventuallyAsync(
            async () => await CountAsync(portal, ReminderKind.PeriodEnding) == 5,
            "one period-end reminder per lead unit");
        Assert.Equal(0, await CountAsync(portal, ReminderKind.DueSoon));

        var consularReminder = await portal.WithDbAsync(db => db.Reminders.Include(r => r.Tasks)
            .SingleAsync(r => r.Kind == ReminderKind.PeriodEnding && r.UnitId == consular));
        Assert.Equal($"period:{consular}:2019-12-14", consularReminder.DeduplicationKey);
        Assert.Equal([await portal.TaskIdAsync(7, 1)], consularReminder.Tasks.Select(t => t.PlanTaskId));

        var staffList = await staff.GetHtmlAsync("/thong-bao");
        Assert.Contains("Sắp hết kỳ báo cáo Quý IV/2019: 1 nhiệm vụ chưa có báo cáo", staffList, StringComparison.Ordinal);
        Assert.Contains("II.7.1", staffList, StringComparison.Ordinal);
        Assert.DoesNotContain("II.4.2", staffList, StringComparison.Ordinal);
        Assert.DoesNotContain("sắp đến hạn", staffList, StringComparison.Ordinal);

        // Văn phòng Sở leads tasks too: its staff are reminded, not the Office, the Leadership or the Administrator whose accounts sit in it.
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(officeStaff);
        Assert.Contains("Sắp hết kỳ báo cáo Quý IV/2019, Năm 2019", await office.GetHtmlAsync("/thong-bao"), StringComparison.Ordinal);
        await AssertNoRemindersAsync(portal, DemoUsers.Office, DemoUsers.Leadership, DemoUsers.Administrator);
        var staffMail = Assert.Single(PickupMail.ReadAll(portal.MailPickupDirectory), m => m.To.Contains(DemoUsers.ConsularStaff, StringComparison.Ordinal));
        Assert.Equal("Sắp hết kỳ báo cáo Quý IV/2019: 1 nhiệm vụ chưa có báo cáo", staffMail.Subject);
        Assert.Contains("- II.7.1.", staffMail.Body, StringComparison.Ordinal);

        // 24/12: a week before II.3.3's due date (31/12/2019) its lead unit is reminded; II.5.2 is done.
        portal.FakeClock.Advance(TimeSpan.FromDays(17));
        await PortalData.EventuallyAsync(async () => await CountAsync(portal, ReminderKind.DueSoon) == 1, "the seven-day reminder");
        var dueSoon = await portal.WithDbAsync(db => db.Reminders.Include(r => r.Tasks).SingleAsync(r => r.Kind == ReminderKind.DueSoon));
        var designated = await portal.TaskIdAsync(3, 3);
        Assert.Equal($"due:{designated}:2019-12-31:7", dueSoon.DeduplicationKey);
        Assert.Null(dueSoon.SentById);
        Assert.Equal([designated], dueSoon.Tasks.Select(t => t.PlanTaskId));
        using var officeLater = portal.CreatePortalClient(); // the earlier sign-in has expired
        await officeLater.SignInSuccessfullyAsync(officeStaff);
        var officeList = await officeLater.GetHtmlAsync("/thong-bao");
        Assert.Contains("Nhiệm vụ II.3.3 sắp đến hạn (31/12/2019)", officeList, StringComparison.Ordinal);
        Assert.Contains("còn 7 ngày", officeList, StringComparison.Ordinal);
        Assert.DoesNotContain("II.5.2 sắp đến hạn", officeList, StringComparison.Ordinal);
        var dueSoonMail = Assert.Single(PickupMail.ReadAll(portal.MailPickupDirectory), m => m.Subject == "Nhiệm vụ II.3.3 sắp đến hạn (31/12/2019)");
        Assert.Contains(officeStaff, dueSoonMail.To, StringComparison.Ordinal);
        // No request to take the address from and no Portal:PublicBaseUrl here: the link is the task's path.
        Assert.Contains($"/nhiem-vu/{designated}\n", dueSoonMail.Body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        await AssertNoRemindersAsync(portal, DemoUsers.Office, DemoUsers.Leadership, DemoUsers.Administrator);

        // Six days later the one-day reminder follows, and nothing already sent is sent again.
        portal.FakeClock.Advance(TimeSpan.FromDays(6));
        await PortalData.EventuallyAsync(async () => await CountAsync(portal, ReminderKind.DueSoon) == 2, "the one-day reminder");
        Assert.True(await portal.WithDbAsync(db => db.Reminders.AnyAsync(r => r.DeduplicationKey == $"due:{designated}:2019-12-31:1")));
        Assert.Equal(5, await CountAsync(portal, ReminderKind.PeriodEnding));
        using var officeAgain = portal.CreatePortalClient();
        await officeAgain.SignInSuccessfullyAsync(officeStaff);
        Assert.Contains("còn 1 ngày", await officeAgain.GetHtmlAsync("/thong-bao"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_job_again_or_on_two_instances_at_once_sends_each_reminder_once()
    {
        async Task<int> RunAsync(DateOnly day)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AutomaticReminderJob>().RunAsync(day);
        }

        var officeStaff = await factory.CreateUserAsync("canbo.vp2@sngv.demo", Roles.Staff, "VP");
        var weekBeforeCutOff = new DateOnly(2019, 12, 7);
        var christmasEve = new DateOnly(2019, 12, 24);
        Assert.Equal(5, await RunAsync(weekBeforeCutOff));
        Assert.Equal(2, await RunAsync(christmasEve));
        var notifications = await factory.WithDbAsync(db => db.Notifications.CountAsync());
        var mails = PickupMail.ReadAll(factory.MailPickupDirectory).Count;

        Assert.Equal(0, await RunAsync(christmasEve));
        Assert.Equal(0, await RunAsync(christmasEve.AddDays(1)));
        Assert.Equal(notifications, await factory.WithDbAsync(db => db.Notifications.CountAsync()));
        Assert.Equal(mails, PickupMail.ReadAll(factory.MailPickupDirectory).Count);

        // Two instances of the portal wake up at 07:30 on 30/12 together: the two one-day reminders go out once.
        var runs = await Task.WhenAll(RunAsync(new DateOnly(2019, 12, 30)), RunAsync(new DateOnly(2019, 12, 30)));
        Assert.Equal(2, runs.Sum());
        Assert.Equal(4, await CountAsync(factory, ReminderKind.DueSoon));
        var perReminder = await factory.WithDbAsync(db => db.Notifications.Where(n => n.ReminderId != null)
            .GroupBy(n => new { n.ReminderId, n.RecipientId }).Select(g => g.Count()).ToListAsync());
        Assert.All(perReminder, count => Assert.Equal(1, count));
        var office = await factory.UserIdAsync(DemoUsers.Office);
        Assert.Equal(4, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == officeStaff && n.Title.Contains("sắp đến hạn"))));
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == office && n.ReminderId != null)));
    }

    /// <summary>The reminders went to none of these accounts (which sit in Văn phòng Sở without being its staff), in the portal or by mail.</summary>
    private static async Task AssertNoRemindersAsync(PortalFactory portal, params string[] emails)
    {
        foreach (var email in emails)
        {
            var id = await portal.UserIdAsync(email);
            Assert.False(await portal.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == id && n.ReminderId != null)), email);
            Assert.DoesNotContain(PickupMail.ReadAll(portal.MailPickupDirectory), m => m.To.Contains(email, StringComparison.Ordinal));
        }
    }
}
