using System.Net;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Reminders;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// Two portals (two hosts, two service providers, two key rings in memory) on one database, as behind a load balancer
/// without sticky sessions; a third portal on another database shows that what they share comes from the database.
/// </summary>
public sealed class TwoInstanceTests
{
    private static readonly Uri Http = new("http://localhost");

    /// <summary>A browser's cookie jar, whatever instance the load balancer sends each request to.</summary>
    private static HttpClient Client(PortalFactory instance, CookieContainer jar) =>
        instance.CreateDefaultClient(Http, new CookieContainerHandler(jar));

    private static CookieContainer Copy(CookieContainer jar)
    {
        var copy = new CookieContainer();
        copy.Add(jar.GetCookies(Http));
        return copy;
    }

    private static async Task<string> TokenAsync(HttpClient client, string url) =>
        PortalClient.AntiforgeryToken(await client.GetHtmlAsync(url));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(url, content);
    }

    private static KeyValuePair<string, string>[] SignInFields(string email) =>
        [new("Email", email), new("Password", PortalFactory.DemoPassword)];

    [Fact]
    public async Task A_sign_in_and_a_form_from_one_instance_are_accepted_by_another_on_the_same_database_and_refused_by_a_portal_on_another()
    {
        using var data = new TempDataDirectory("two-instances");
        using var a = PortalFactory.OnExistingData(data.Path);
        using var b = PortalFactory.OnExistingData(data.Path);
        using var other = new PortalFactory();

        // Each host keeps its own key ring in memory, read from the database and from nowhere else.
        Assert.NotSame(a.Services.GetRequiredService<IKeyManager>(), b.Services.GetRequiredService<IKeyManager>());
        foreach (var instance in new[] { a, b })
        {
            var keys = instance.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
            Assert.IsType<EntityFrameworkCoreXmlRepository<PortalDbContext>>(keys.XmlRepository);
        }

        using var browser = Client(a, new CookieContainer());
        using var signInOnA = await PostAsync(browser, "/dang-nhap", await TokenAsync(browser, "/dang-nhap"), SignInFields(DemoUsers.Office));
        Assert.Equal(HttpStatusCode.Redirect, signInOnA.StatusCode);
        var jar = new CookieContainer();
        foreach (var cookie in signInOnA.Headers.GetValues("Set-Cookie"))
        {
            jar.SetCookies(Http, cookie);
        }

        using var onA = Client(a, jar);
        using var onB = Client(b, jar);
        using var onOther = Client(other, jar);

        // The cookie A issued signs the user in on B.
        var page = await onB.GetHtmlAsync("/don-doc");
        Assert.Contains("<span class=\"user-name\">Trần Văn Phòng</span>", page, StringComparison.Ordinal);

        // A form served by A is posted to B and does what it says.
        var consular = await a.UnitIdAsync("LS");
        var taskId = await a.TaskIdAsync(4, 2);
        const string message = "Đề nghị Phòng Lãnh sự báo cáo kết quả (gửi qua máy chủ thứ hai).";
        using var sent = await PostAsync(onB, "/don-doc", await TokenAsync(onA, $"/don-doc?unitId={consular}"),
            [new("Input.UnitId", consular.ToString()), new("Input.TaskIds", taskId.ToString()), new("Input.Message", message)]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/don-doc/lich-su", sent.Headers.Location!.OriginalString);
        var officeId = await a.UserIdAsync(DemoUsers.Office);
        Assert.Equal(officeId, await b.WithDbAsync(db => db.Reminders.Where(r => r.Message == message).Select(r => r.SentById).SingleAsync()));
        Assert.Contains(message, await onA.GetHtmlAsync("/don-doc/lich-su"), StringComparison.Ordinal);

        // A portal on another database has other keys: the same cookie is nobody there.
        using var refused = await onOther.GetAsync("/don-doc");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/dang-nhap", new Uri(Http, refused.Headers.Location!).AbsolutePath);

        // And an anonymous visitor's sign-in form from A, posted with the same cookies and token: refused there, accepted by B.
        var visitor = new CookieContainer();
        using var visitorOnA = Client(a, visitor);
        var signInToken = await TokenAsync(visitorOnA, "/dang-nhap");
        using var visitorOnOther = Client(other, Copy(visitor));
        using var forged = await PostAsync(visitorOnOther, "/dang-nhap", signInToken, SignInFields(DemoUsers.Office));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var visitorOnB = Client(b, Copy(visitor));
        using var accepted = await PostAsync(visitorOnB, "/dang-nhap", signInToken, SignInFields(DemoUsers.Office));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        // Nothing of the key ring was written to the data folder: the database is the only place both hosts read.
        Assert.Empty(Directory.EnumerateFiles(data.Path, "*.xml", SearchOption.AllDirectories));
        Assert.NotEmpty(await a.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()));
    }

    [Fact]
    public async Task Both_instances_running_the_daily_reminders_at_the_same_moment_send_each_reminder_and_each_notification_once()
    {
        using var data = new TempDataDirectory("two-instances-reminders");
        using var a = PortalFactory.OnExistingData(data.Path);
        using var b = PortalFactory.OnExistingData(data.Path);
        _ = a.Services;
        _ = b.Services;
        const string officeStaff = "canbo.vp@sngv.demo"; // reminders about Văn phòng Sở's tasks go to its staff
        await a.CreateUserAsync(officeStaff, Roles.Staff, "VP");

        async Task<int> RunAsync(PortalFactory instance, DateOnly day)
        {
            await using var scope = instance.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AutomaticReminderJob>().RunAsync(day);
        }

        // 07/12/2019, a week before the Q4 and year cut-off (14/12): five period-end reminders, one per lead unit;
        // Christmas Eve: two due-soon reminders (II.3.3 and II.5.2, a key each). Each day both instances run together.
        var weekBeforeCutOff = new DateOnly(2019, 12, 7);
        var christmasEve = new DateOnly(2019, 12, 24);
        var periodRuns = await Task.WhenAll(Task.Run(() => RunAsync(a, weekBeforeCutOff)), Task.Run(() => RunAsync(b, weekBeforeCutOff)));
        var runs = await Task.WhenAll(Task.Run(() => RunAsync(a, christmasEve)), Task.Run(() => RunAsync(b, christmasEve)));
        Assert.Equal((5, 2), (periodRuns.Sum(), runs.Sum()));
        Assert.Equal(2, await a.WithDbAsync(db => db.Reminders.CountAsync(r => r.Kind == ReminderKind.DueSoon)));
        Assert.Equal(5, await a.WithDbAsync(db => db.Reminders.CountAsync(r => r.Kind == ReminderKind.PeriodEnding)));

        var perReminder = await a.WithDbAsync(db => db.Notifications.Where(n => n.ReminderId != null)
            .GroupBy(n => new { n.ReminderId, n.RecipientId }).Select(g => g.Count()).ToListAsync());
        Assert.NotEmpty(perReminder);
        Assert.All(perReminder, count => Assert.Equal(1, count));
        var notifications = perReminder.Count;

        var mails = PickupMail.ReadAll(a.MailPickupDirectory);
        Assert.Equal(mails.Count, mails.DistinctBy(m => (m.To, m.Subject)).Count());
        Assert.Single(mails, m => m.To.Contains(officeStaff, StringComparison.Ordinal) && m.Subject.Contains("II.3.3", StringComparison.Ordinal));

        // Again together the next morning: nothing new is due, nothing is sent twice.
        var again = await Task.WhenAll(Task.Run(() => RunAsync(a, christmasEve.AddDays(1))), Task.Run(() => RunAsync(b, christmasEve.AddDays(1))));
        Assert.Equal(0, again.Sum());
        Assert.Equal(notifications, await b.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReminderId != null)));
        Assert.Equal(mails.Count, PickupMail.ReadAll(b.MailPickupDirectory).Count);
    }
    [Fact]
    public async Task Two_instances_started_together_on_an_empty_data_folder_migrate_and_seed_it_once()
    {
        using var data = new TempDataDirectory("two-instances-start");
        using var a = PortalFactory.OnExistingData(data.Path);
        using var b = PortalFactory.OnExistingData(data.Path);

        // Both hosts run the start-up migration, the reference data and the demo accounts at the same moment.
        using var ready = new Barrier(2);
        await Task.WhenAll(
            Task.Run(() => { ready.SignalAndWait(); _ = a.Services; }),
            Task.Run(() => { ready.SignalAndWait(); _ = b.Services; }));

        foreach (var instance in new[] { a, b })
        {
            using var client = instance.CreatePortalClient();
            Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
        }

        await a.WithDbAsync(async db =>
        {
            Assert.Equal(db.Database.GetMigrations().Count(), (await db.Database.GetAppliedMigrationsAsync()).Count());
            Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
            Assert.Equal(DemoAccountSeeder.Accounts.Count, await db.Users.CountAsync());
            Assert.Equal(DemoAccountSeeder.Accounts.Count, await db.UserRoles.CountAsync());
            Assert.Equal(1, await db.Plans.CountAsync());
            Assert.Equal(1, await db.Questionnaires.CountAsync());
            return true;
        });

        // Both hosts take requests: a user signs in on each.
        foreach (var instance in new[] { a, b })
        {
            using var client = instance.CreatePortalClient();
            await client.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        }
    }
}
