using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>A portal with one dossier received for the legalisation procedure.</summary>
public sealed class DossierAuthorizationFixture : PlanYearPortalFactory, IAsyncLifetime
{
    public int DossierId { get; private set; }

    public int ProcedureId { get; private set; }

    public async Task InitializeAsync()
    {
        ProcedureId = await this.ProcedureIdAsync(DossierClient.Legalisation);
        DossierId = await WithDbAsync(async db =>
        {
            var dossier = ProcedureTests.Dossier(ProcedureId, "AUTH2345", new DateOnly(2019, 5, 20), new DateOnly(2019, 5, 27), null, DossierStatus.Received);
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public string Resolve(string url) => url
        .Replace("{dossier}", DossierId.ToString(), StringComparison.Ordinal)
        .Replace("{procedure}", ProcedureId.ToString(), StringComparison.Ordinal);
}

/// <summary>Only the Office (which runs the one-stop desk) registers or moves dossiers; citizens have the look-up.</summary>
public sealed class DossierAuthorizationTests(DossierAuthorizationFixture portal) : IClassFixture<DossierAuthorizationFixture>
{
    private const string Anonymous = "";
    private const string Staff = DemoUsers.ConsularStaff;
    private const string Office = DemoUsers.Office;
    private const string Leadership = DemoUsers.Leadership;
    private const string Admin = DemoUsers.Administrator;

    [Theory]
    // The register and its forms: the Office only.
    [InlineData(Office, "GET", "/mot-cua", 200)]
    [InlineData(Office, "GET", "/mot-cua/tiep-nhan", 200)]
    [InlineData(Office, "GET", "/mot-cua/{dossier}", 200)]
    [InlineData(Office, "GET", "/mot-cua/{dossier}/phieu-hen", 200)]
    [InlineData(Staff, "GET", "/mot-cua", 403)]
    [InlineData(Leadership, "GET", "/mot-cua", 403)]
    [InlineData(Admin, "GET", "/mot-cua", 403)]
    [InlineData(Anonymous, "GET", "/mot-cua", 302)]
    [InlineData(Staff, "GET", "/mot-cua/{dossier}/phieu-hen", 403)]
    [InlineData(Anonymous, "GET", "/mot-cua/{dossier}", 302)]
    [InlineData(Staff, "POST", "/mot-cua/tiep-nhan", 403)]
    [InlineData(Leadership, "POST", "/mot-cua/tiep-nhan", 403)]
    [InlineData(Admin, "POST", "/mot-cua/tiep-nhan", 403)]
    [InlineData(Staff, "POST", "/mot-cua/{dossier}", 403)]
    [InlineData(Leadership, "POST", "/mot-cua/{dossier}", 403)]
    [InlineData(Anonymous, "POST", "/mot-cua/{dossier}", 302)]
    // Statistics: the Office and Leadership.
    [InlineData(Office, "GET", "/mot-cua/thong-ke", 200)]
    [InlineData(Leadership, "GET", "/mot-cua/thong-ke", 200)]
    [InlineData(Staff, "GET", "/mot-cua/thong-ke", 403)]
    [InlineData(Anonymous, "GET", "/mot-cua/thong-ke", 302)]
    // The catalogue and the calendar: the Office and the administrator.
    [InlineData(Office, "GET", "/quan-ly-thu-tuc", 200)]
    [InlineData(Admin, "GET", "/quan-ly-thu-tuc", 200)]
    [InlineData(Admin, "GET", "/quan-ly-thu-tuc/{procedure}/sua", 200)]
    [InlineData(Staff, "GET", "/quan-ly-thu-tuc", 403)]
    [InlineData(Leadership, "GET", "/quan-ly-thu-tuc", 403)]
    [InlineData(Staff, "POST", "/quan-ly-thu-tuc/{procedure}/thu-hoi", 403)]
    [InlineData(Leadership, "POST", "/quan-ly-thu-tuc/{procedure}/sua", 403)]
    [InlineData(Office, "GET", "/lich-lam-viec", 200)]
    [InlineData(Admin, "GET", "/lich-lam-viec", 200)]
    [InlineData(Staff, "GET", "/lich-lam-viec", 403)]
    [InlineData(Staff, "POST", "/lich-lam-viec", 403)]
    [InlineData(Anonymous, "GET", "/lich-lam-viec", 302)]
    // Public pages.
    [InlineData(Anonymous, "GET", "/thu-tuc", 200)]
    [InlineData(Anonymous, "GET", "/thu-tuc/" + DossierClient.Legalisation, 200)]
    [InlineData(Anonymous, "GET", "/thu-tuc/khong-co-thu-tuc-nay", 404)]
    [InlineData(Anonymous, "GET", "/tra-cuu-ho-so", 200)]
    [InlineData(Anonymous, "GET", "/tra-cuu-ho-so?ma=AUTH-2345", 200)]
    public async Task Role_and_action(string user, string method, string url, int expected)
    {
        using var client = portal.CreatePortalClient();
        var before = await StateAsync();
        using var response = await client.SendAsAsync(user, method, portal.Resolve(url),
        [
            new("Input.AdministrativeProcedureId", portal.ProcedureId.ToString()), new("Input.ApplicantName", "Không được phép"),
            new("Input.ApplicantKind", "Person"), new("Input.Channel", "InPerson"), new("Input.ReceivedAt", "2019-05-20T08:00"),
            new("Input.ToStatus", "Processing"), new("Input.ConcurrencyStamp", Guid.NewGuid().ToString()),
            new("Input.Date", "2019-12-30"), new("Input.Kind", "Holiday"), new("Input.Name", "Không được phép"), new("ConcurrencyStamp", Guid.NewGuid().ToString()),
        ]);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(before, await StateAsync());
    }

    private Task<(int Dossiers, int Transitions, int CalendarDays, int Published)> StateAsync() => portal.WithDbAsync(async db =>
        (await db.Dossiers.CountAsync(), await db.DossierTransitions.CountAsync(), await db.CalendarDays.CountAsync(),
            await db.Procedures.CountAsync(p => p.Status == ProcedureStatus.Published)));
}
