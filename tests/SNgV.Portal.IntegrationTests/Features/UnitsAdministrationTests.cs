using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The administrator's unit screens: add, rename, merge, retire, each through its form.</summary>
public sealed partial class UnitsAdministrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_unit_is_added_renamed_merged_into_and_retired_with_tasks_accounts_and_audit_where_they_belong()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);

        // Add.
        using (var created = await admin.PostFormAsync("/quan-tri/don-vi/tao-moi", ("Input.Code", "TN"), ("Input.Name", "Phòng Thử nghiệm")))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var id = await factory.UnitIdAsync("TN");

        // Rename and change the code, through the form with its stamp.
        var form = await admin.GetHtmlAsync($"/quan-tri/don-vi/{id}/sua");
        using (var renamed = await admin.PostFormAsync($"/quan-tri/don-vi/{id}/sua", $"/quan-tri/don-vi/{id}/sua",
            [new("Input.Code", "TH"), new("Input.Name", "Phòng Tổng hợp"), new("Input.ConcurrencyStamp", Stamp(form, "Input.ConcurrencyStamp"))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Id == id));
        Assert.Equal(("TH", "Phòng Tổng hợp"), (unit.Code, unit.Name));

        // A form opened before the rename is told, and saves nothing.
        using (var stale = await admin.PostFormAsync($"/quan-tri/don-vi/{id}/sua", $"/quan-tri/don-vi/{id}/sua",
            [new("Input.Code", "TX"), new("Input.Name", "Phòng Cũ"), new("Input.ConcurrencyStamp", Stamp(form, "Input.ConcurrencyStamp"))]))
        {
            Assert.Contains("vừa được người khác cập nhật", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal("TH", await factory.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.Code).SingleAsync()));

        // Merge HTQT into it: what HTQT led, supported and had moves; HTQT is retired.
        var htqt = await factory.UnitIdAsync("HTQT");
        var before = await CountsAsync(htqt);
        Assert.True(before.Led > 0 && before.Supported > 0 && before.Accounts > 0, "The seed gives HTQT tasks and accounts.");
        var mergeUrl = $"/quan-tri/don-vi/{htqt}/sap-nhap";
        var mergePage = await admin.GetHtmlAsync(mergeUrl);
        Assert.Contains("data-confirm=", mergePage, StringComparison.Ordinal);

        // Without the confirmation box ticked nothing moves.
        using (var unconfirmed = await admin.PostFormAsync(mergeUrl, mergeUrl,
            [new("Input.TargetUnitId", id.ToString(CultureInfo.InvariantCulture)), new("Input.ConcurrencyStamp", Stamp(mergePage, "Input.ConcurrencyStamp"))]))
        {
            var html = await unconfirmed.Content.ReadAsStringAsync();
            Assert.Equal("Vui lòng đánh dấu ô xác nhận trước khi sáp nhập.", PortalClient.FieldErrors(html)["Input.Confirmed"]);
        }

        Assert.Equal(before, await CountsAsync(htqt));

        using (var merged = await admin.PostFormAsync(mergeUrl, mergeUrl,
            [new("Input.TargetUnitId", id.ToString(CultureInfo.InvariantCulture)), new("Input.Confirmed", "true"), new("Input.ConcurrencyStamp", Stamp(mergePage, "Input.ConcurrencyStamp"))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        }

        Assert.Equal((0, 0, 0, 0), await CountsAsync(htqt));
        var after = await CountsAsync(id);
        Assert.Equal((before.Led, before.Accounts, before.Updates), (after.Led, after.Accounts, after.Updates));
        Assert.True(after.Supported > 0);
        Assert.False(await factory.WithDbAsync(db => db.Units.Where(u => u.Id == htqt).Select(u => u.IsActive).SingleAsync()));
        var cooperation = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.CooperationStaff).Select(u => u.UnitId).SingleAsync());
        Assert.Equal(id, cooperation);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.UserName == DemoUsers.Administrator).ToListAsync());
        Assert.Equal(before.Led, audit.Count(e => e.EntityType == nameof(PlanTask) && e.Changes.Contains("\"LeadUnitId\"", StringComparison.Ordinal)));
        Assert.Equal(before.Accounts, audit.Count(e => e.EntityType == nameof(PortalUser) && e.Changes.Contains("\"UnitId\"", StringComparison.Ordinal)));
        Assert.Contains(audit, e => e.EntityType == nameof(PlanTaskSupportingUnit) && e.Action == AuditAction.Added);
        Assert.Contains(audit, e => e.EntityType == nameof(Unit) && e.EntityId == htqt.ToString(CultureInfo.InvariantCulture) && e.Changes.Contains("\"IsActive\"", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.EntityType == nameof(Unit) && e.EntityId == id.ToString(CultureInfo.InvariantCulture) && e.Action == AuditAction.Modified);
        var log = await admin.GetHtmlAsync("/nhat-ky?EntityType=PortalUser");
        Assert.Contains("Phòng Hợp tác quốc tế", log, StringComparison.Ordinal);
        Assert.Contains("Phòng Tổng hợp", log, StringComparison.Ordinal);

        // Retire the new unit: its tasks and accounts stay, and it is no longer offered for new accounts or tasks.
        var list = await admin.GetHtmlAsync("/quan-tri/don-vi");
        Assert.Contains("Phòng Tổng hợp", list, StringComparison.Ordinal);
        var retireStamp = RetireStamp(list, id);
        using (var retired = await admin.PostFormAsync("/quan-tri/don-vi", $"/quan-tri/don-vi/{id}/ngung-su-dung", [new("concurrencyStamp", retireStamp)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        }

        Assert.False(await factory.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
        Assert.Equal(after, await CountsAsync(id));
        var accountForm = await admin.GetHtmlAsync("/quan-tri/tai-khoan/tao-moi");
        Assert.DoesNotContain("Phòng Tổng hợp", accountForm, StringComparison.Ordinal);
        Assert.DoesNotContain("Phòng Hợp tác quốc tế", accountForm, StringComparison.Ordinal);
        Assert.Contains("Văn phòng", accountForm, StringComparison.Ordinal);

        // Retired by mistake: the administrator brings it back, and it is offered again.
        var retiredList = await admin.GetHtmlAsync("/quan-tri/don-vi");
        var reactivateStamp = StampOfAction(retiredList, $"/quan-tri/don-vi/{id}/su-dung-lai");
        using (var reactivated = await admin.PostFormAsync("/quan-tri/don-vi", $"/quan-tri/don-vi/{id}/su-dung-lai", [new("concurrencyStamp", reactivateStamp)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        }

        Assert.True(await factory.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
        Assert.Contains("Phòng Tổng hợp", await admin.GetHtmlAsync("/quan-tri/tai-khoan/tao-moi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_unit_input_is_told_in_Vietnamese_beside_the_fields_and_saves_nothing()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var count = await factory.WithDbAsync(db => db.Units.CountAsync());

        using (var empty = await admin.PostFormAsync("/quan-tri/don-vi/tao-moi", ("Input.Code", "T N"), ("Input.Name", "")))
        {
            var errors = PortalClient.FieldErrors(await empty.Content.ReadAsStringAsync());
            Assert.Equal("Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, không có khoảng trắng, ví dụ HTQT.", errors["Input.Code"]);
            Assert.Equal("Vui lòng nhập tên đơn vị.", errors["Input.Name"]);
        }

        using (var duplicate = await admin.PostFormAsync("/quan-tri/don-vi/tao-moi", ("Input.Code", "vp"), ("Input.Name", "Phòng Mới")))
        {
            var errors = PortalClient.FieldErrors(await duplicate.Content.ReadAsStringAsync());
            Assert.Equal("Mã vp đã được dùng cho một đơn vị khác; vui lòng chọn mã khác.", errors["Input.Code"]);
        }

        Assert.Equal(count, await factory.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.ConsularStaff)]
    [InlineData(DemoUsers.Office)]
    [InlineData(DemoUsers.Leadership)]
    public async Task Only_administrators_open_the_unit_screens(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);
        var vp = await factory.UnitIdAsync("VP");

        foreach (var url in new[] { "/quan-tri/don-vi", "/quan-tri/don-vi/tao-moi", $"/quan-tri/don-vi/{vp}/sua", $"/quan-tri/don-vi/{vp}/sap-nhap" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var post = await client.PostAsync($"/quan-tri/don-vi/{vp}/ngung-su-dung", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Units.Where(u => u.Id == vp).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Disabling_an_account_asks_first_and_the_confirm_script_is_served()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var leader = await factory.UserIdAsync(DemoUsers.Leadership);

        var edit = await admin.GetHtmlAsync($"/quan-tri/tai-khoan/{leader}/sua");
        Assert.Matches(ConfirmButton("Vô hiệu hóa"), edit);
        Assert.Matches("<script src=\"/js/confirm\\.js\\?v=[^\"]+\" defer></script>", edit);
        Assert.Matches(ConfirmButton("Ngừng sử dụng"), await admin.GetHtmlAsync("/quan-tri/don-vi"));

        using var script = await admin.GetAsync("/js/confirm.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("window.confirm", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A submit button that carries data-confirm and ends with <paramref name="label"/>.</summary>
    internal static Regex ConfirmButton(string label) =>
        new($"<button type=\"submit\"[^>]*data-confirm=\"[^\"]+\"[^>]*>(?:(?!</button>).)*{Regex.Escape(label)}</button>", RegexOptions.Singleline);

    private Task<(int Led, int Supported, int Accounts, int Updates)> CountsAsync(int unitId) =>
        factory.WithDbAsync(async db => (
            await db.PlanTasks.CountAsync(t => t.LeadUnitId == unitId),
            await db.PlanTasks.CountAsync(t => t.SupportingUnits.Any(s => s.UnitId == unitId)),
            await db.Users.CountAsync(u => u.UnitId == unitId),
            await db.ProgressUpdates.CountAsync(u => u.UnitId == unitId)));

    private static string Stamp(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            : throw new InvalidOperationException($"No {name} on the page.");

    private static string RetireStamp(string html, int id) => StampOfAction(html, $"/quan-tri/don-vi/{id}/ngung-su-dung");

    private static string StampOfAction(string html, string action)
    {
        var start = html.IndexOf(action, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No form posting to {action} on the page.");
        return Regex.Match(html[start..], "name=\"concurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
    }
}
