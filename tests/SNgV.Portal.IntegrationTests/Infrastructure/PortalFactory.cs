using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal over a real SQLite file in a folder of its own, migrated and seeded by the portal's own
/// start-up code. Development by default, so the demo accounts exist with <see cref="DemoPassword"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-mat-khau-2019";

    private readonly string _environment;
    private readonly bool _ownsDirectory;

    public PortalFactory()
        : this(TestDirectories.Create("portal"), "Development", ownsDirectory: true)
    {
    }

    protected PortalFactory(string dataDirectory, string environment, bool ownsDirectory)
    {
        DataDirectory = dataDirectory;
        _environment = environment;
        _ownsDirectory = ownsDirectory;
    }

    public string DataDirectory { get; }

    /// <summary>A portal over an existing data folder, e.g. to restart on the same database. The caller owns the folder.</summary>
    public static PortalFactory OnExistingData(string dataDirectory, string environment = "Development") =>
        new(dataDirectory, environment, ownsDirectory: false);

    public string DatabasePath => Path.Combine(DataDirectory, "portal.db");

    /// <summary>When set, the portal's TimeProvider: "today" is what the test says.</summary>
    public TimeProvider? Clock { get; protected init; }

    /// <summary>Where e-mail lands without an SMTP server (the default <c>Mail:PickupDirectory</c>).</summary>
    public string MailPickupDirectory => Path.Combine(DataDirectory, "mail-pickup");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("DemoAccounts:Password", DemoPassword);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        // The lived-in 2019 of a Development first run only where a test asks for it (LivedInPortalFactory).
        builder.UseSetting("DemoHistory:Enabled", "false");

        // The reminder schedule runs only where a test sets its clock (ClockedPortalFactory), never at a random real hour.
        builder.UseSetting("Reminders:Enabled", "false");

        // Every test client comes from one address; the sign-in limit is proven by SignInRateLimitTests alone.
        builder.UseSetting("SignInLimit:PermitLimit", "100000");
    }

    /// <summary>
    /// A client that keeps cookies and shows redirects instead of following them. Outside Development the portal
    /// marks its cookies Secure, so the client speaks HTTPS there, as browsers reaching a server do.
    /// </summary>
    public virtual HttpClient CreatePortalClient() =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(_environment == "Development" ? "http://localhost" : "https://localhost"),
        });

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            SqliteConnection.ClearAllPools();
            TestDirectories.Delete(DataDirectory);
        }
    }
}

/// <summary>
/// The portal on a real port, for a real browser, on 20 May 2019 like <see cref="PlanYearPortalFactory"/> unless a
/// subclass names another day. A browser test class takes one as its class fixture: a database of its own.
/// </summary>
public class KestrelPortalFactory : DatedPortalFactory
{
    private string? _baseUrl;

    public KestrelPortalFactory()
        : this(PlanYearPortalFactory.Today)
    {
    }

    protected KestrelPortalFactory(DateTimeOffset today)
        : base(today)
    {
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // A browser test fills a survey in seconds, or in a minute on a loaded CI machine: with an hour as the least
        // time a person needs, every response it sends is "too fast" whatever the load, and the test can count them.
        builder.UseSetting("Surveys:MinSecondsToComplete", "3600");
    }

    /// <summary>As the in-memory client, over the real port: keeps cookies, shows redirects.</summary>
    public override HttpClient CreatePortalClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>The address the portal listens on, starting it on first use.</summary>
    public string BaseUrl => _baseUrl ??= StartAndListen();

    private string StartAndListen()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}

/// <summary>A data folder for one test, deleted (with its SQLite pools released) when disposed.</summary>
public sealed class TempDataDirectory(string purpose) : IDisposable
{
    public string Path { get; } = TestDirectories.Create(purpose);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TestDirectories.Delete(Path);
    }
}

public static class TestDirectories
{
    public static string Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "sngv-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open by a finishing host; the OS temp folder is cleaned eventually.
        }
    }

    /// <summary>The repository root (the folder holding SNgV.Portal.sln).</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SNgV.Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SNgV.Portal.sln not found above the test folder.");
    }
}
