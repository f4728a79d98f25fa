using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

// Every variant of the portal the tests start, by what sets it apart: the day it believes it is, a clock the test
// moves, the environment, a limit or a fault. Each instance has a database of its own (PortalFactory).

/// <summary>The portal on a day the test names; its clock then runs at real speed, and the test may move it (<see cref="TestClock"/>).</summary>
public abstract class DatedPortalFactory : PortalFactory
{
    protected DatedPortalFactory(DateTimeOffset today)
    {
        TestClock = new TestClock(today);
        Clock = TestClock;
    }

    public TestClock TestClock { get; }
}

/// <summary>The portal on 20 May 2019 (Q2 of plan 95/KH-SNgV's year), for plan-tracking tests.</summary>
public class PlanYearPortalFactory() : DatedPortalFactory(Today)
{
    public static readonly DateTimeOffset Today = new(2019, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));
}

/// <summary>The portal on 10 March 2019, inside the cut-off of the Q1/2019 report (15/12/2018 – 14/03/2019).</summary>
public sealed class ReportPortalFactory() : DatedPortalFactory(Today)
{
    public static readonly DateTimeOffset Today = new(2019, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));
}

/// <summary>The portal on 16 March 2019, the first day after the cut-off of the first quarter (14/03/2019).</summary>
public sealed class CalendarPortalFactory() : DatedPortalFactory(new DateTimeOffset(2019, 3, 16, 9, 0, 0, TimeSpan.FromHours(7)));

/// <summary>The portal on 20 March 2019, after the cut-off of the Q1/2019 report: reports can be signed.</summary>
public sealed class ReportWorkflowPortalFactory() : DatedPortalFactory(new DateTimeOffset(2019, 3, 20, 9, 0, 0, TimeSpan.FromHours(7)));

/// <summary>The portal on 20 December 2019 (<see cref="GeneratedReports.Today"/>), the year's figures cut off.</summary>
public sealed class YearEndPortalFactory() : DatedPortalFactory(GeneratedReports.Today);

/// <summary>The portal on a real port on 20 December 2019, for the browser's print checks.</summary>
public sealed class YearEndKestrelPortalFactory() : KestrelPortalFactory(GeneratedReports.Today);

/// <summary>A portal on 20 May 2019 whose clock the survey tests move (to get past the "too fast" threshold).</summary>
public sealed class SurveyPortalFactory : PortalFactory
{
    public SurveyPortalFactory()
    {
        FakeClock = new FakeTimeProvider(PlanYearPortalFactory.Today);
        Clock = FakeClock;
    }

    public FakeTimeProvider FakeClock { get; }
}

/// <summary>The portal with its public address set (<see cref="PublicBaseUrl"/>), on the 2019 plan's clock.</summary>
public sealed class PublicAddressPortalFactory : PortalFactory
{
    public const string PublicBaseUrl = "https://songoaivu.example.vn";

    public PublicAddressPortalFactory()
    {
        Clock = new FakeTimeProvider(PlanYearPortalFactory.Today);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);
    }
}

/// <summary>
/// The portal on a clock the test moves (<see cref="FakeClock"/>), with the automatic reminders switched on at
/// their default time, 07:30 Vietnam time.
/// </summary>
public sealed class ClockedPortalFactory : PortalFactory
{
    public ClockedPortalFactory(DateTimeOffset start)
    {
        FakeClock = new FakeTimeProvider(start);
        Clock = FakeClock;
    }

    /// <summary>The portal's clock, moved by the test.</summary>
    public FakeTimeProvider FakeClock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Enabled", "true");
    }
}

/// <summary>The portal as a server runs it: Production, its HTTPS port known (as IIS or ASPNETCORE_HTTPS_PORT tell it).</summary>
public sealed class ProductionPortalFactory : PortalFactory
{
    public ProductionPortalFactory()
        : base(TestDirectories.Create("portal-production"), "Production", ownsDirectory: true)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("https_port", "443");
    }

    /// <summary>A client on a real host name: HSTS is never sent to localhost.</summary>
    public HttpClient CreateClientAt(string baseAddress) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });
}

/// <summary>
/// The portal behind a proxy (forwarded headers on, as with nginx) with a low sign-in limit: three attempts per
/// address in ten minutes.
/// </summary>
public sealed class LowSignInLimitPortalFactory : PortalFactory
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignInLimit:PermitLimit", Limit.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("SignInLimit:WindowSeconds", "600");
        builder.UseSetting("ForwardedHeaders_Enabled", "true");
    }
}

/// <summary>A portal that gives up on a locked SQLite file after one second, or one configured for an unreachable SQL Server.</summary>
public sealed class FaultPortalFactory(string? sqlServer = null) : PortalFactory
{
    public ListLogger<DatabaseUnavailableMiddleware> Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:BusyTimeoutSeconds", "1");
        if (sqlServer is not null)
        {
            builder.UseSetting("Database:Provider", "SqlServer");
            builder.UseSetting("ConnectionStrings:Portal", sqlServer);
            builder.UseSetting("Database:StartupRetrySeconds", "3600");
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogger<DatabaseUnavailableMiddleware>>(Log));
    }
}

/// <summary>
/// The portal as the README's first command starts it: Development, the real clock, and the lived-in first run
/// (<c>DemoHistory</c>) that the other factories switch off. Over a data folder the caller owns, so that a second
/// start can open the same database.
/// </summary>
public sealed class LivedInPortalFactory(string dataDirectory) : PortalFactory(dataDirectory, "Development", ownsDirectory: false)
{

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DemoHistory:Enabled", "true");
    }
}
