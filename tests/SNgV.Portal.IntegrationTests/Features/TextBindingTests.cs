using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>Every posted text is bound trimmed and in Unicode NFC, whichever form posts it; passwords are bound as typed.</summary>
public sealed class TextBindingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CreateAccount = "/quan-tri/tai-khoan/tao-moi";

    [Fact]
    public async Task Posted_text_is_stored_trimmed_and_composed_and_blank_text_as_nothing()
    {
        using var admin = await AdministratorAsync();
        var decomposedName = "  Võ Thị Hòa  ".Normalize(NormalizationForm.FormD);

        using var created = await CreateAccountAsync(admin, decomposedName, " hoa.nfd@sngv.test ", jobTitle: "   ", password: "BanDau-2019x");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "hoa.nfd@sngv.test").Select(u => new { u.FullName, u.JobTitle }).SingleAsync());
        Assert.Equal("Võ Thị Hòa".Normalize(NormalizationForm.FormC), user.FullName);
        Assert.True(user.FullName.IsNormalized(NormalizationForm.FormC));
        Assert.Null(user.JobTitle);
    }

    [Fact]
    public async Task A_password_is_bound_exactly_as_typed_spaces_included()
    {
        using var admin = await AdministratorAsync();
        const string password = " co khoang trang 2019 ";

        using var created = await CreateAccountAsync(admin, "Lê Văn Khoảng", "khoang.trang@sngv.test", jobTitle: "Chuyên viên", password);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var trimmed = factory.CreatePortalClient();
        using var refused = await trimmed.SignInAsync("khoang.trang@sngv.test", password.Trim());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        using var exact = factory.CreatePortalClient();
        using var accepted = await exact.SignInAsync("khoang.trang@sngv.test", password);
        Assert.Equal("/tai-khoan/doi-mat-khau", accepted.Headers.Location!.OriginalString);
    }

    private async Task<HttpClient> AdministratorAsync()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInSuccessfullyAsync(DemoUsers.Administrator);
        return admin;
    }

    private async Task<HttpResponseMessage> CreateAccountAsync(HttpClient admin, string fullName, string email, string jobTitle, string password)
    {
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "BG").Select(u => u.Id).SingleAsync());
        return await admin.PostFormAsync(CreateAccount, CreateAccount,
        [
            new("Input.FullName", fullName),
            new("Input.Email", email),
            new("Input.JobTitle", jobTitle),
            new("Input.UnitId", unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Role", Roles.Staff),
            new("Input.Password", password),
            new("Input.ConfirmPassword", password),
        ]);
    }
}
