using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed partial class NotificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Client, string UserId)> SignedInNewUserAsync(string email)
    {
        var id = await factory.CreateUserAsync(email, Roles.Staff, "BG");
        var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);
        return (client, id);
    }

    private Task<List<long>> AddAsync(string userId, params (string Title, string? Link)[] notifications) =>
        factory.WithDbAsync(async db =>
        {
            var start = DateTime.UtcNow;
            var added = notifications.Select((n, i) => new Notification
            {
                RecipientId = userId,
                Title = n.Title,
                Body = "Nội dung " + n.Title,
                Link = n.Link,
                CreatedAtUtc = start.AddMinutes(i),
            }).ToList();
            db.Notifications.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(n => n.Id).ToList();
        });

    private static int? Badge(string html) =>
        BadgePattern().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [Fact]
    public async Task The_unread_count_shows_in_the_navigation_and_marking_read_lowers_it()
    {
        var (client, userId) = await SignedInNewUserAsync("dem.chua.doc@sngv.test");
        using var _ = client;
        Assert.Null(Badge(await client.GetHtmlAsync("/tong-quan")));

        var ids = await AddAsync(userId, ("Thông báo một", null), ("Thông báo hai", null), ("Thông báo ba", null));
        var list = await client.GetHtmlAsync("/thong-bao");
        Assert.Equal(3, Badge(list));
        Assert.Equal(3, Regex.Count(list, ">Chưa đọc</span>"));

        using var one = await client.PostFormAsync("/thong-bao", $"/thong-bao/{ids[0]}/da-doc", []);
        Assert.Equal("/thong-bao", one.Headers.Location!.OriginalString);
        Assert.Equal(2, Badge(await client.GetHtmlAsync("/tong-quan")));

        using var all = await client.PostFormAsync("/thong-bao", "/thong-bao/da-doc-tat-ca", []);
        var after = await client.GetHtmlAsync("/thong-bao");
        Assert.Null(Badge(after));
        Assert.Contains("Đã đánh dấu 2 thông báo là đã đọc.", after, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAtUtc == null)));
    }

    [Fact]
    public async Task Notifications_are_listed_newest_first_twenty_a_page()
    {
        var (client, userId) = await SignedInNewUserAsync("nhieu.thong.bao@sngv.test");
        using var _ = client;
        await AddAsync(userId, Enumerable.Range(1, 25).Select(i => ($"Tin số {i:00}", (string?)null)).ToArray());

        var first = await client.GetHtmlAsync("/thong-bao");
        Assert.Equal(20, Regex.Count(first, "Tin số \\d\\d\\s*</h2>"));
        Assert.True(first.IndexOf("Tin số 25", StringComparison.Ordinal) < first.IndexOf("Tin số 24", StringComparison.Ordinal));
        var second = await client.GetHtmlAsync("/thong-bao?page=2");
        Assert.Equal(5, Regex.Count(second, "Tin số \\d\\d\\s*</h2>"));
        Assert.Contains("Tin số 01", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_follows_its_local_link()
    {
        var (client, userId) = await SignedInNewUserAsync("mo.lien.ket@sngv.test");
        using var _ = client;
        var ids = await AddAsync(userId, ("Nhiệm vụ II.3.2", "/nhiem-vu/12"));

        using var response = await client.PostFormAsync("/thong-bao", $"/thong-bao/{ids[0]}/mo", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/nhiem-vu/12", response.Headers.Location!.OriginalString);
        Assert.NotNull(await factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == ids[0]).Select(n => n.ReadAtUtc).SingleAsync()));
    }

    [Theory]
    [InlineData("https://lua-dao.example/dang-nhap")]
    [InlineData("//lua-dao.example/dang-nhap")]
    [InlineData("/\\lua-dao.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Opening_a_notification_never_redirects_off_site(string link)
    {
        var (client, userId) = await SignedInNewUserAsync($"lien.ket.la.{Guid.NewGuid():N}@sngv.test");
        using var _ = client;
        var ids = await AddAsync(userId, ("Liên kết lạ", link));

        using var response = await client.PostFormAsync("/thong-bao", $"/thong-bao/{ids[0]}/mo", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/thong-bao", response.Headers.Location!.OriginalString);
        Assert.Contains("không được mở", await client.GetHtmlAsync("/thong-bao"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_reads_or_marks_another_users_notifications()
    {
        var (client, _) = await SignedInNewUserAsync("to.mo@sngv.test");
        using var __ = client;
        var otherId = await factory.UserIdAsync(DemoUsers.CooperationStaff);
        var ids = await AddAsync(otherId, ("Thư riêng của người khác", "/nhiem-vu/1"));

        Assert.DoesNotContain("Thư riêng của người khác", await client.GetHtmlAsync("/thong-bao"), StringComparison.Ordinal);
        foreach (var action in new[] { "mo", "da-doc" })
        {
            using var response = await client.PostFormAsync("/thong-bao", $"/thong-bao/{ids[0]}/{action}", []);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Null(await factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == ids[0]).Select(n => n.ReadAtUtc).SingleAsync()));
    }

    [GeneratedRegex("unread-count\">(\\d+)<span class=\"visually-hidden\"> chưa đọc</span>")]
    private static partial Regex BadgePattern();
}
