using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class AccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(DemoUsers.Administrator, true, "Tài khoản người dùng", "Số nhiệm vụ theo nội dung và đơn vị")]
    [InlineData(DemoUsers.Leadership, false, "Số nhiệm vụ theo nội dung và đơn vị", null)]
    [InlineData(DemoUsers.Office, false, "Số nhiệm vụ theo nội dung và đơn vị", null)]
    [InlineData(DemoUsers.ConsularStaff, false, "Nhiệm vụ của đơn vị (9)", "Số nhiệm vụ theo nội dung và đơn vị")]
    [InlineData(DemoUsers.CooperationStaff, false, "Nhiệm vụ của đơn vị (10)", null)]
    public async Task Each_role_lands_on_its_overview_with_its_navigation(string email, bool seesAccountsMenu, string landingText, string? alsoText)
    {
        using var client = factory.CreatePortalClient();

        using var signIn = await client.SignInAsync(email);
        Assert.Equal("/tong-quan", signIn.Headers.Location!.OriginalString);
        var html = await client.GetHtmlAsync("/tong-quan");

        Assert.Contains("href=\"/tong-quan\"", html, StringComparison.Ordinal);
        Assert.Equal(seesAccountsMenu, html.Contains("href=\"/quan-tri/tai-khoan\"", StringComparison.Ordinal));
        Assert.Contains(landingText, html, StringComparison.Ordinal);
        if (alsoText is not null)
        {
            Assert.Contains(alsoText, html, StringComparison.Ordinal);
        }

        // The seven areas of the current plan are on every landing page.
        Assert.Contains("Kế hoạch 95/KH-SNgV ngày 30/01/2019", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.ConsularStaff)]
    [InlineData(DemoUsers.Office)]
    [InlineData(DemoUsers.Leadership)]
    public async Task Only_administrators_open_the_accounts_screen(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);

        foreach (var url in new[] { "/quan-tri/tai-khoan", "/quan-tri/tai-khoan/tao-moi" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("Không có quyền truy cập", body, StringComparison.Ordinal);
            Assert.DoesNotContain("sngv.demo", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        const string email = "khoa.tam@sngv.test";
        await CreateUserAsync(email, Roles.Staff);
        using var client = factory.CreatePortalClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SignInAsync(email, "sai-mat-khau-123");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Địa chỉ thư điện tử hoặc mật khẩu không đúng.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await client.SignInAsync(email, "sai-mat-khau-123");
        Assert.Contains("Tài khoản tạm thời bị khóa", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Even the right password is refused while the lockout lasts.
        using var right = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản tạm thời bị khóa", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Administrator_creates_an_account_that_must_change_its_password_first()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "BG").Select(u => u.Id).SingleAsync());

        using var created = await admin.PostFormAsync("/quan-tri/tai-khoan/tao-moi", "/quan-tri/tai-khoan/tao-moi",
        [
            new("Input.FullName", "Võ Thị Biên"),
            new("Input.Email", "vo.bien@sngv.test"),
            new("Input.JobTitle", "Chuyên viên"),
            new("Input.UnitId", unitId.ToString()),
            new("Input.Role", Roles.Staff),
            new("Input.Password", "BanDau-2019x"),
            new("Input.ConfirmPassword", "BanDau-2019x"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("vo.bien@sngv.test", await admin.GetHtmlAsync("/quan-tri/tai-khoan?search=vo.bien"), StringComparison.Ordinal);

        using var user = factory.CreatePortalClient();
        using var signIn = await user.SignInAsync("vo.bien@sngv.test", "BanDau-2019x");
        Assert.Equal("/tai-khoan/doi-mat-khau", signIn.Headers.Location!.OriginalString);

        // Anything else sends the user back to change the password.
        using var elsewhere = await user.GetAsync("/tong-quan");
        Assert.Equal("/tai-khoan/doi-mat-khau", elsewhere.Headers.Location!.OriginalString);

        using var changed = await user.PostFormAsync("/tai-khoan/doi-mat-khau",
            ("CurrentPassword", "BanDau-2019x"), ("NewPassword", "CuaToi-2019-moi"), ("ConfirmPassword", "CuaToi-2019-moi"));
        Assert.Equal("/tong-quan", changed.Headers.Location!.OriginalString);
        var landing = await user.GetHtmlAsync("/tong-quan");
        Assert.Contains("Võ Thị Biên", landing, StringComparison.Ordinal);
        Assert.Contains("Phòng Biên giới", landing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_account_form_shows_Vietnamese_messages_beside_the_fields_and_saves_nothing()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());

        using var response = await admin.PostFormAsync("/quan-tri/tai-khoan/tao-moi", "/quan-tri/tai-khoan/tao-moi",
        [
            new("Input.FullName", ""),
            new("Input.Email", "khong-phai-email"),
            new("Input.UnitId", ""),
            new("Input.Role", "Superuser"),
            new("Input.Password", "ngan1"),
            new("Input.ConfirmPassword", "khac"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = PortalClient.FieldErrors(await response.Content.ReadAsStringAsync());
        Assert.Equal("Vui lòng nhập họ và tên.", errors["Input.FullName"]);
        Assert.Equal("Địa chỉ thư điện tử không hợp lệ.", errors["Input.Email"]);
        Assert.Equal("Vui lòng chọn đơn vị.", errors["Input.UnitId"]);
        Assert.Equal("Vui lòng chọn một vai trò hợp lệ.", errors["Input.Role"]);
        Assert.Equal("Mật khẩu phải có ít nhất 10 ký tự.", errors["Input.Password"]);
        Assert.Equal("Mật khẩu nhập lại không khớp.", errors["Input.ConfirmPassword"]);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_duplicate_email_is_reported_beside_the_email_field()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var unitId = await factory.WithDbAsync(db => db.Units.Select(u => u.Id).FirstAsync());

        using var response = await admin.PostFormAsync("/quan-tri/tai-khoan/tao-moi", "/quan-tri/tai-khoan/tao-moi",
        [
            new("Input.FullName", "Trùng Thư"),
            new("Input.Email", DemoUsers.Office),
            new("Input.UnitId", unitId.ToString()),
            new("Input.Role", Roles.Staff),
            new("Input.Password", "BanDau-2019x"),
            new("Input.ConfirmPassword", "BanDau-2019x"),
        ]);

        var errors = PortalClient.FieldErrors(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Địa chỉ thư điện tử \"{DemoUsers.Office}\" đã được sử dụng cho tài khoản khác.", errors["Input.Email"]);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_it_is_enabled_again()
    {
        const string email = "tam.dung@sngv.test";
        var id = await CreateUserAsync(email, Roles.Staff);
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);

        using var disabled = await admin.PostFormAsync($"/quan-tri/tai-khoan/{id}/sua", $"/quan-tri/tai-khoan/{id}/vo-hieu-hoa", []);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        using var user = factory.CreatePortalClient();
        using var refused = await user.SignInAsync(email);
        Assert.Contains("Tài khoản đã bị vô hiệu hóa", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var enabled = await admin.PostFormAsync($"/quan-tri/tai-khoan/{id}/sua", $"/quan-tri/tai-khoan/{id}/kich-hoat", []);
        await user.SignInSuccessfullyAsync(email);
    }

    [Fact]
    public async Task Administrator_resets_a_password_and_unlocks_the_account()
    {
        const string email = "quen.mat.khau@sngv.test";
        var id = await CreateUserAsync(email, Roles.Office);
        using var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);

        using var reset = await admin.PostFormAsync($"/quan-tri/tai-khoan/{id}/dat-lai-mat-khau",
            ("NewPassword", "DatLai-2019-abc"), ("ConfirmPassword", "DatLai-2019-abc"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var user = factory.CreatePortalClient();
        using var signIn = await user.SignInAsync(email, "DatLai-2019-abc");
        Assert.Equal("/tai-khoan/doi-mat-khau", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Two_administrators_editing_one_account_the_second_is_told_and_keeps_their_input()
    {
        const string email = "sua.dong.thoi@sngv.test";
        var id = await CreateUserAsync(email, Roles.Staff);
        using var first = factory.CreatePortalClient();
        using var second = factory.CreatePortalClient();
        await first.SignInSuccessfullyAsync(DemoUsers.Administrator);
        await second.SignInSuccessfullyAsync(DemoUsers.Administrator);
        var form1 = await first.GetHtmlAsync($"/quan-tri/tai-khoan/{id}/sua");
        var form2 = await second.GetHtmlAsync($"/quan-tri/tai-khoan/{id}/sua");
        var stamp = System.Text.RegularExpressions.Regex.Match(form1, "name=\"Input.ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var unitId = await factory.WithDbAsync(db => db.Units.Select(u => u.Id).FirstAsync());

        HttpRequestMessage Edit(string html, string fullName) => new(HttpMethod.Post, $"/quan-tri/tai-khoan/{id}/sua")
        {
            Content = new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)),
                new("Input.ConcurrencyStamp", stamp),
                new("Input.FullName", fullName),
                new("Input.Email", email),
                new("Input.UnitId", unitId.ToString()),
                new("Input.Role", Roles.Staff),
            ]),
        };

        using var saved = await first.SendAsync(Edit(form1, "Tên do người thứ nhất sửa"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var conflict = await second.SendAsync(Edit(form2, "Tên do người thứ hai sửa"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Tài khoản vừa được người khác thay đổi", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tên do người thứ hai sửa\"", html, StringComparison.Ordinal);
        Assert.Equal("Tên do người thứ nhất sửa", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public async Task Changing_the_password_with_a_wrong_current_password_says_so_beside_the_field()
    {
        const string email = "doi.mk@sngv.test";
        await CreateUserAsync(email, Roles.Staff);
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);

        using var response = await client.PostFormAsync("/tai-khoan/doi-mat-khau",
            ("CurrentPassword", "khong-dung-123"), ("NewPassword", "MatKhauMoi-2019"), ("ConfirmPassword", "MatKhauMoi-2019"));

        var errors = PortalClient.FieldErrors(await response.Content.ReadAsStringAsync());
        Assert.Equal("Mật khẩu hiện tại không đúng.", errors["CurrentPassword"]);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);

        var html = await client.GetHtmlAsync("/tong-quan");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html))]);
        using var signOut = await client.PostAsync("/dang-xuat", content);
        using var after = await client.GetAsync("/tong-quan");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/dang-nhap", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_does_not_redirect_off_site()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.PostFormAsync("/dang-nhap",
            ("Email", DemoUsers.Office), ("Password", PortalFactory.DemoPassword), ("ReturnUrl", "//evil.example/"));

        Assert.Equal("/tong-quan", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Passwords_never_reach_the_log_files()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Leadership);
        using var other = factory.CreatePortalClient();
        using var wrong = await other.SignInAsync(DemoUsers.Leadership, "Mat-khau-sai-XYZ-987");

        var logs = Directory.GetFiles(Path.Combine(factory.DataDirectory, "logs"));
        Assert.NotEmpty(logs);
        foreach (var log in logs)
        {
            await using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var text = await new StreamReader(stream).ReadToEndAsync();
            Assert.DoesNotContain(PortalFactory.DemoPassword, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Mat-khau-sai-XYZ-987", text, StringComparison.Ordinal);
        }
    }

    private async Task<string> CreateUserAsync(string email, string role)
    {
        string id = "";
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var unitId = await services.GetRequiredService<SNgV.Portal.Web.Data.PortalDbContext>().Units.Select(u => u.Id).FirstAsync();
            var user = new PortalUser { UserName = email, Email = email, FullName = "Người dùng thử", UnitId = unitId, CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            id = user.Id;
        });
        return id;
    }
}
