using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using static SNgV.Portal.IntegrationTests.Infrastructure.RoleMatrix;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// "Liên hệ": the administrator keeps the department's contact details; the contact page and the footer of every public
/// page show them, in both languages; bad input, a stale form and the wrong role change nothing.
/// </summary>
public sealed partial class ContactTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Form = "/quan-tri/lien-he";

    /// <summary>Every public page of the menu, a procedure page and the contact page itself.</summary>
    public static TheoryData<string> PublicPages() =>
        new(["/", "/ke-hoach", "/thu-tuc", "/thu-tuc/chung-nhan-lanh-su-hop-phap-hoa-lanh-su", "/tra-cuu-ho-so", "/khao-sat", "/ket-qua-khao-sat", "/lien-he"]);

    [Fact]
    public async Task What_the_administrator_saves_is_on_the_contact_page_in_both_languages_and_audited()
    {
        await SaveAsync(Details("0233 3 852 111"));

        using var visitor = portal.CreatePortalClient();
        var vietnamese = WebUtility.HtmlDecode(await visitor.GetHtmlAsync("/lien-he"));
        Assert.Contains("Số 9 Đường Thử, thành phố Đông Hà", vietnamese, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:02333852111\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:18001234\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:lienhe@songoaivu.example.vn\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Thứ Năm hằng tuần", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Thứ Hai đến Thứ Sáu", vietnamese, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(await visitor.GetHtmlAsync("/lien-he?lang=en"));
        Assert.Contains("<h1 class=\"h3 mb-3\">Contact us</h1>", english, StringComparison.Ordinal);
        Assert.Contains("9 Thu Street, Dong Ha City", english, StringComparison.Ordinal);
        Assert.Contains("Monday to Friday", english, StringComparison.Ordinal);
        // The reception schedule has no English: shown in Vietnamese, marked so, with the one-line note.
        Assert.Matches("<dd lang=\"vi\" data-contact=\"reception-hours\">Thứ Năm hằng tuần", english);
        Assert.Contains("data-vietnamese-only", english, StringComparison.Ordinal);

        var audit = await portal.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(ContactDetails) && e.UserName == DemoUsers.Administrator).ToListAsync());
        Assert.Contains(audit, e => e.Changes.Contains("02333852111", StringComparison.Ordinal) || e.Changes.Contains("0233 3 852 111", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_public_page_carries_the_contact_details_in_its_footer_in_both_languages(string page)
    {
        await SaveAsync(Details("0233 3 852 222"));
        using var visitor = portal.CreatePortalClient();

        foreach (var (url, address) in new[] { (page, "Số 9 Đường Thử"), (page + (page.Contains('?') ? "&" : "?") + "lang=en", "9 Thu Street") })
        {
            using var response = await visitor.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var footer = Footer(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
            Assert.Contains(address, footer, StringComparison.Ordinal);
            Assert.Contains("href=\"tel:02333852222\"", footer, StringComparison.Ordinal);
            Assert.Contains("href=\"mailto:lienhe@songoaivu.example.vn\"", footer, StringComparison.Ordinal);
            Assert.Contains("href=\"/lien-he\"", footer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_input_gets_a_message_beside_each_field_and_saves_nothing()
    {
        await SaveAsync(Details("0233 3 852 333"));
        var before = await StoredAsync();
        using var admin = await AdminAsync();
        var form = await admin.GetHtmlAsync(Form);

        using var response = await admin.PostFormAsync(Form, Form,
        [
            new("Address", "<script>alert('dia-chi')</script>"),
            new("Phone", "gọi cho tôi"),
            new("Email", "khong-phai-thu-dien-tu"),
            new("ReceptionHours", new string('x', 201)),
            new("ConcurrencyStamp", Stamp(form)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var errors = PortalClient.FieldErrors(html);
        Assert.Equal("Địa chỉ trụ sở không được chứa mã HTML (dấu < và >).", errors["Address"]);
        Assert.StartsWith("Số điện thoại chỉ gồm chữ số", errors["Phone"], StringComparison.Ordinal);
        Assert.StartsWith("Địa chỉ thư điện tử không hợp lệ", errors["Email"], StringComparison.Ordinal);
        Assert.Equal("Lịch tiếp công dân dài tối đa 200 ký tự.", errors["ReceptionHours"]);
        Assert.Contains("<title>Lỗi: ", html, StringComparison.Ordinal);
        // What was typed is kept in the form, escaped.
        Assert.Contains("value=\"&lt;script&gt;alert(&#x27;dia-chi&#x27;)&lt;/script&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert('dia-chi')", html, StringComparison.Ordinal);
        Assert.Equivalent(before, await StoredAsync(), strict: true);
    }

    [Fact]
    public async Task A_form_opened_before_another_save_is_told_and_saves_nothing()
    {
        await SaveAsync(Details("0233 3 852 444"));
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var firstForm = await first.GetHtmlAsync(Form);
        var secondForm = await second.GetHtmlAsync(Form);

        using (var saved = await first.PostFormAsync(Form, Form, [.. Details("0233 3 852 555"), new("ConcurrencyStamp", Stamp(firstForm))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var stale = await second.PostFormAsync(Form, Form, [.. Details("0233 3 852 666"), new("ConcurrencyStamp", Stamp(secondForm))]);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("0233 3 852 555", (await StoredAsync()).Phone);
    }

    [Theory]
    [InlineData(DemoUsers.Administrator, "GET", 200)]
    [InlineData(DemoUsers.Office, "GET", 403)]
    [InlineData(DemoUsers.Leadership, "GET", 403)]
    [InlineData(DemoUsers.ConsularStaff, "GET", 403)]
    [InlineData(Anonymous, "GET", 302)]
    [InlineData(DemoUsers.Office, "POST", 403)]
    [InlineData(DemoUsers.ConsularStaff, "POST", 403)]
    public async Task Only_the_administrator_edits_the_contact_details(string user, string method, int expected)
    {
        var before = await StoredAsync();
        using var client = portal.CreatePortalClient();

        using var response = await client.SendAsAsync(user, method, Form, [new("Phone", "0999 999 999"), new("ConcurrencyStamp", before.ConcurrencyStamp.ToString())]);

        Assert.Equal(expected, (int)response.StatusCode);
        if (method == "POST")
        {
            Assert.Equal(before.Phone, (await StoredAsync()).Phone);
        }
    }

    private static List<KeyValuePair<string, string>> Details(string phone) =>
    [
        new("Address", "Số 9 Đường Thử, thành phố Đông Hà"),
        new("AddressEn", "9 Thu Street, Dong Ha City"),
        new("Phone", phone),
        new("Hotline", "1800 1234"),
        new("Email", "lienhe@songoaivu.example.vn"),
        new("ReceptionHours", "Thứ Năm hằng tuần, sáng"),
        new("OneStopDeskHours", "Thứ Hai đến Thứ Sáu, giờ hành chính"),
        new("OneStopDeskHoursEn", "Monday to Friday, office hours"),
    ];

    private async Task SaveAsync(List<KeyValuePair<string, string>> fields)
    {
        using var admin = await AdminAsync();
        var form = await admin.GetHtmlAsync(Form);
        using var saved = await admin.PostFormAsync(Form, Form, [.. fields, new("ConcurrencyStamp", Stamp(form))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        return admin;
    }

    private Task<ContactDetails> StoredAsync() =>
        portal.WithDbAsync(db => db.ContactDetails.AsNoTracking().SingleAsync());

    private static string Stamp(string html) => WebUtility.HtmlDecode(StampPattern().Match(html).Groups[1].Value);

    private static string Footer(string html)
    {
        var start = html.IndexOf("<footer", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no footer.");
        return html[start..];
    }

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();
}
