using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.DataGeneration;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The two reports the rendering checks print: Q1/2019 and the year 2019, drafted over <c>data generate --plan-year 2019</c>.</summary>
public sealed record GeneratedReports(int Quarter, int Year)
{
    public static readonly string QuarterSummary = "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019";
    public static readonly string YearSummary = "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS năm 2019";

    /// <summary>The portal's day for these reports: 20 December 2019, the year's figures cut off.</summary>
    public static readonly DateTimeOffset Today = new(2019, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Generates a modest year of data (kept small so that a test stays well under a minute) and drafts both reports as the Office.</summary>
    public static async Task<GeneratedReports> CreateAsync(PortalFactory factory)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            var commands = ActivatorUtilities.CreateInstance<DataCommands>(scope.ServiceProvider, output, output);
            var exitCode = await commands.RunAsync(["data", "generate", "--plan-year", "2019", "--tasks", "20", "--updates", "150", "--responses", "60", "--dossiers", "40"]);
            Assert.True(exitCode == 0, output.ToString());
        }

        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var planId = await factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString(CultureInfo.InvariantCulture)).SingleAsync());
        var quarter = await DraftAsync(office, planId, ReportKind.Quarterly, "1", "2018-12-15", "2019-03-14", QuarterSummary);
        var year = await DraftAsync(office, planId, ReportKind.Annual, "", "2018-12-15", "2019-12-14", YearSummary);
        return new GeneratedReports(quarter, year);
    }

    private static async Task<int> DraftAsync(HttpClient office, string planId, ReportKind kind, string quarter, string from, string to, string summary)
    {
        using var created = await office.PostFormAsync($"/bao-cao-dinh-ky/tao?loai={kind}&nam=2019", "/bao-cao-dinh-ky/tao",
            [new("Input.PlanId", planId), new("Input.Kind", kind.ToString()), new("Input.Year", "2019"), new("Input.Quarter", quarter),
             new("Input.DataFrom", from), new("Input.DataTo", to), new("Input.Summary", summary)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }
}

/// <summary>A portal on <see cref="GeneratedReports.Today"/> with a year of generated data and the Q1 and annual 2019 drafts, for one test class.</summary>
public class GeneratedReportsFixture : IAsyncLifetime
{
    public GeneratedReportsFixture()
        : this(new YearEndPortalFactory())
    {
    }

    protected GeneratedReportsFixture(PortalFactory portal)
    {
        Portal = portal;
    }

    public PortalFactory Portal { get; }

    public GeneratedReports Reports { get; private set; } = null!;

    public async Task InitializeAsync() => Reports = await GeneratedReports.CreateAsync(Portal);

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}

/// <summary>The same data on a real port, for the browser's print checks.</summary>
public sealed class GeneratedReportsBrowserFixture() : GeneratedReportsFixture(new YearEndKestrelPortalFactory())
{
    public KestrelPortalFactory BrowserPortal => (KestrelPortalFactory)Portal;
}
