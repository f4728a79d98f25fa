using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class ReminderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<KeyValuePair<string, string>> Form(int? unitId, IEnumerable<int> taskIds, string message) =>
    [
        new("Input.UnitId", unitId?.ToString() ?? ""),
        .. taskIds.Select(id => new KeyValuePair<string, string>("Input.TaskIds", id.ToString())),
        new("Input.Message", message),
    ];

    [Fact]
    public async Task An_Office_reminder_reaches_the_units_staff_in_the_portal_and_by_mail_and_no_other_unit()
    {
        var consular = await factory.UnitIdAsync("LS");
        var taskId = await factory.TaskIdAsync(4, 2);
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);

        var form = await office.GetHtmlAsync($"/don-doc?unitId={consular}");
        Assert.Contains("Nhiệm vụ của Phòng Lãnh sự cần đôn đốc", form, StringComparison.Ordinal);
        Assert.Contains("II.4.2", form, StringComparison.Ordinal);
        Assert.Contains("Thực hiện Kế hoạch số 95/KH-SNgV ngày 30/01/2019 của Sở Ngoại vụ, Văn phòng Sở kính đề nghị Phòng Lãnh sự", form, StringComparison.Ordinal);

        const string message = "Đề nghị Phòng Lãnh sự báo cáo kết quả hợp pháp hóa lãnh sự trước ngày 20/12.";
        using var sent = await office.PostFormAsync($"/don-doc?unitId={consular}", "/don-doc", Form(consular, [taskId], message));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/don-doc/lich-su", sent.Headers.Location!.OriginalString);
        var history = await office.GetHtmlAsync("/don-doc/lich-su");
        Assert.Contains("Đã gửi đôn đốc 1 nhiệm vụ đến Phòng Lãnh sự: 1 người nhận thông báo trên Cổng, 1 thư điện tử.", history, StringComparison.Ordinal);
        Assert.Contains("Trần Văn Phòng", history, StringComparison.Ordinal);
        Assert.Contains($"href=\"/nhiem-vu/{taskId}\"", history, StringComparison.Ordinal);

        var officeId = await factory.UserIdAsync(DemoUsers.Office);
        var reminder = await factory.WithDbAsync(db => db.Reminders.Include(r => r.Tasks).SingleAsync(r => r.Message == message));
        Assert.Equal((ReminderKind.Manual, officeId, consular, null), (reminder.Kind, reminder.SentById, reminder.UnitId, reminder.DeduplicationKey));
        Assert.Equal([taskId], reminder.Tasks.Select(t => t.PlanTaskId));

        using var staff = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        var notifications = await staff.GetHtmlAsync("/thong-bao");
        Assert.Contains("Văn phòng Sở đôn đốc thực hiện nhiệm vụ II.4.2", notifications, StringComparison.Ordinal);
        Assert.Contains(message, notifications, StringComparison.Ordinal);
        var notification = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.ReminderId == reminder.Id));
        Assert.Equal($"/nhiem-vu/{taskId}", notification.Link);

        using var otherUnit = factory.CreatePortalClient();
        await otherUnit.SignInSuccessfullyAsync(DemoUsers.CooperationStaff);
        Assert.DoesNotContain("II.4.2", await otherUnit.GetHtmlAsync("/thong-bao"), StringComparison.Ordinal);

        var mails = PickupMail.ReadAll(factory.MailPickupDirectory).Where(m => m.Body.Contains(message, StringComparison.Ordinal)).ToList();
        var mail = Assert.Single(mails);
        Assert.Contains(DemoUsers.ConsularStaff, mail.To, StringComparison.Ordinal);
        Assert.Equal("Văn phòng Sở đôn đốc thực hiện nhiệm vụ II.4.2", mail.Subject);
        Assert.Contains("Kính gửi Phạm Thị Lan (Phòng Lãnh sự)", mail.Body, StringComparison.Ordinal);
        Assert.Contains("- II.4.2.", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/nhiem-vu/{taskId}", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_reaches_only_the_staff_of_the_unit_not_its_Leadership_Administrator_or_Office_accounts()
    {
        var consular = await factory.UnitIdAsync("LS");
        var taskId = await factory.TaskIdAsync(4, 2);
        string[] others = ["lanhdao.ls@sngv.demo", "quantri.ls@sngv.demo", "vanphong.ls@sngv.demo"];
        await factory.CreateUserAsync(others[0], Roles.Leadership, "LS");
        await factory.CreateUserAsync(others[1], Roles.Administrator, "LS");
        await factory.CreateUserAsync(others[2], Roles.Office, "LS");
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);

        const string message = "Đề nghị Phòng Lãnh sự cập nhật tiến độ nhiệm vụ II.4.2.";
        using var sent = await office.PostFormAsync($"/don-doc?unitId={consular}", "/don-doc", Form(consular, [taskId], message));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Đã gửi đôn đốc 1 nhiệm vụ đến Phòng Lãnh sự: 1 người nhận thông báo trên Cổng, 1 thư điện tử.",
            await office.GetHtmlAsync("/don-doc/lich-su"), StringComparison.Ordinal);

        var reminderId = await factory.WithDbAsync(db => db.Reminders.Where(r => r.Message == message).Select(r => r.Id).SingleAsync());
        var recipients = await factory.WithDbAsync(db => db.Notifications.Where(n => n.ReminderId == reminderId)
            .Join(db.Users, n => n.RecipientId, u => u.Id, (n, u) => u.Email!).OrderBy(e => e).ToListAsync());
        Assert.Equal([DemoUsers.ConsularStaff], recipients);
        var mailedTo = PickupMail.ReadAll(factory.MailPickupDirectory).Where(m => m.Body.Contains(message, StringComparison.Ordinal)).Select(m => m.To).ToList();
        Assert.Contains(DemoUsers.ConsularStaff, Assert.Single(mailedTo), StringComparison.Ordinal);
        Assert.All(others, email => Assert.DoesNotContain(mailedTo, to => to.Contains(email, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_reminder_about_several_tasks_links_to_the_task_list()
    {
        var cooperation = await factory.UnitIdAsync("HTQT");
        int[] tasks = [await factory.TaskIdAsync(3, 2), await factory.TaskIdAsync(5, 1)];
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);

        const string message = "Đề nghị Phòng Hợp tác quốc tế cập nhật hai nhiệm vụ.";
        using var sent = await office.PostFormAsync($"/don-doc?unitId={cooperation}", "/don-doc", Form(cooperation, tasks, message));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var notification = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Body.StartsWith(message)));
        Assert.Equal(("Văn phòng Sở đôn đốc thực hiện 2 nhiệm vụ", "/nhiem-vu"), (notification.Title, notification.Link));
        Assert.Contains("II.3.2", notification.Body, StringComparison.Ordinal);
        Assert.Contains("II.5.1", notification.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_reminders_are_refused_with_messages_beside_the_fields_and_nothing_is_sent()
    {
        var consular = await factory.UnitIdAsync("LS");
        var notConsular = await factory.WithDbAsync(db => db.PlanTasks
            .Where(t => t.LeadUnitId != consular && !t.SupportingUnits.Any(s => s.UnitId == consular))
            .Select(t => t.Id).FirstAsync());
        var consularTask = await factory.TaskIdAsync(4, 2);
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var before = await factory.WithDbAsync(db => db.Reminders.CountAsync());

        async Task<Dictionary<string, string>> ErrorsAsync(List<KeyValuePair<string, string>> fields)
        {
            using var response = await office.PostFormAsync("/don-doc", "/don-doc", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return PortalClient.FieldErrors(await response.Content.ReadAsStringAsync());
        }

        var empty = await ErrorsAsync(Form(consular, [], "   "));
        Assert.Equal("Vui lòng chọn ít nhất một nhiệm vụ cần đôn đốc.", empty["Input.TaskIds"]);
        Assert.Equal("Vui lòng nhập nội dung đôn đốc.", empty["Input.Message"]);

        var foreign = await ErrorsAsync(Form(consular, [consularTask, notConsular], "Đôn đốc"));
        Assert.Equal("Có nhiệm vụ đã chọn không thuộc đơn vị này trong kế hoạch hiện hành.", foreign["Input.TaskIds"]);

        var tooLong = await ErrorsAsync(Form(consular, [consularTask], new string('a', FieldLengths.LongText + 1)));
        Assert.Equal($"Nội dung đôn đốc không được dài quá {FieldLengths.LongText} ký tự.", tooLong["Input.Message"]);

        Assert.Equal("Vui lòng chọn đơn vị được đôn đốc.", (await ErrorsAsync(Form(null, [consularTask], "Đôn đốc")))["Input.UnitId"]);
        Assert.Equal("Đơn vị đã chọn không tồn tại.", (await ErrorsAsync(Form(999_999, [consularTask], "Đôn đốc")))["Input.UnitId"]);

        Assert.Equal(before, await factory.WithDbAsync(db => db.Reminders.CountAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.ConsularStaff)]
    [InlineData(DemoUsers.Leadership)]
    [InlineData(DemoUsers.Administrator)]
    public async Task Only_the_Office_opens_the_chasing_pages(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);
        var consular = await factory.UnitIdAsync("LS");

        foreach (var url in new[] { "/don-doc", $"/don-doc?unitId={consular}", "/don-doc/lich-su" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var post = await client.PostFormAsync("/tong-quan", "/don-doc", Form(consular, [await factory.TaskIdAsync(4, 2)], "Thử gửi"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Reminders.AnyAsync(r => r.Message == "Thử gửi")));
        Assert.DoesNotContain("href=\"/don-doc\"", await client.GetHtmlAsync("/tong-quan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Office_sees_the_chasing_page_in_its_navigation()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);

        var html = await office.GetHtmlAsync("/don-doc");

        Assert.Contains("href=\"/don-doc\"", html, StringComparison.Ordinal);
        Assert.Contains("Phòng Lãnh sự", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync("/don-doc?unitId=999999")).StatusCode);
    }
}
