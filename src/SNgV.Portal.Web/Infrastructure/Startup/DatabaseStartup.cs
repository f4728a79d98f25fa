using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Data.Seed;

namespace SNgV.Portal.Web.Infrastructure.Startup;

/// <summary>
/// Migrates and seeds the database before the portal takes requests. If the database cannot be reached at
/// start-up (SQL Server down, SQLite file locked), the portal starts anyway: every page answers 503 and
/// <c>/health/ready</c> fails, and the initialisation is tried again every <c>Database:StartupRetrySeconds</c>
/// until it succeeds. A service manager that restarts crashed processes would get the same result, but IIS
/// would show its own English error page, and a crash loop hides the reason in the event log.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, DatabaseOptions options, ILogger<DatabaseStartup> logger)
{
    private volatile bool _ready;

    /// <summary>True once the database is migrated and seeded: from then on requests reach the features.</summary>
    public bool IsReady => _ready;

    /// <summary>Initialises now, or (database unreachable) starts the retries once the host has started.</summary>
    public async Task InitializeOrRetryAsync(WebApplication app)
    {
        if (await TryInitializeAsync(app, app.Lifetime.ApplicationStopping))
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() => _ = RetryAsync(app));
    }

    private async Task RetryAsync(WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.StartupRetrySeconds));
            while (await timer.WaitForNextTickAsync(stopping))
            {
                if (await TryInitializeAsync(app, stopping))
                {
                    logger.LogInformation("Đã kết nối được cơ sở dữ liệu; cổng thông tin sẵn sàng.");
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Khởi tạo cơ sở dữ liệu thất bại; cổng thông tin tiếp tục trả lời 503 cho đến khi khởi động lại.");
        }
    }

    private async Task HistoryThenReadyAsync(WebApplication app, string? demoPassword, bool anyAccount)
    {
        DemoHistorySummary? history = null;
        try
        {
            await using var scope = services.CreateAsyncScope();
            history = await scope.ServiceProvider.GetRequiredService<IDemoHistorySeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Không tạo được dữ liệu mẫu năm 2019 (môi trường Development); cổng thông tin vẫn hoạt động.");
        }

        StartupBanner.Register(app, demoPassword, anyAccount || history is not null, history);
        _ready = true;
    }

    private async Task<bool> TryInitializeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            string? demoPassword = null;
            if (app.Environment.IsDevelopment())
            {
                demoPassword = await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<DemoContactSeeder>().SeedAsync(cancellationToken);
            }

            var anyAccount = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(cancellationToken);
            if (app.Environment.IsDevelopment())
            {
                // The Development history stores links to pages in its notices, and links exist once the host has
                // started: it runs then, before the start completes, and the portal is ready after it.
                app.Lifetime.ApplicationStarted.Register(() => HistoryThenReadyAsync(app, demoPassword, anyAccount).GetAwaiter().GetResult());
                return true;
            }

            StartupBanner.Register(app, demoPassword, anyAccount);
            _ready = true;
            return true;
        }
        catch (Exception e) when (DatabaseFailures.Describe(e) is { } reason)
        {
            logger.LogWarning(
                "Chưa kết nối được cơ sở dữ liệu khi khởi động ({Reason}); trả lời 503 và thử lại sau {Seconds} giây.",
                reason,
                options.StartupRetrySeconds);
            return false;
        }
    }
}
