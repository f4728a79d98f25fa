using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>
/// Runs <see cref="AutomaticReminderJob"/> once a day at <c>Reminders:RunAtLocalTime</c> (Vietnam time), and at
/// start-up when that time has already passed today, so a portal restarted at 9:00 still sends the day's reminders
/// (their deduplication keys stop a second copy). "Now" and the waiting both come from the injected
/// <see cref="TimeProvider"/>, so a test can move the clock.
/// </summary>
public sealed class ReminderScheduler(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Đôn đốc tự động đang tắt (Reminders:Enabled = false).");
            return;
        }

        var runAt = settings.RunAt;
        DateOnly? lastRun = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                var today = VietnamTime.Today(clock);
                if (lastRun != today && ReminderRules.IsDue(now, runAt))
                {
                    lastRun = today;
                    await RunOnceAsync(today, stoppingToken);
                    continue;
                }

                var wait = ReminderRules.NextRun(now, runAt) - now;
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The portal is stopping.
        }
    }

    private async Task RunOnceAsync(DateOnly today, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AutomaticReminderJob>().RunAsync(today, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A failed day is retried by the next run: the due-date windows and period-end windows span several days.
            logger.LogError(ex, "Đôn đốc tự động ngày {Date:dd/MM/yyyy} bị lỗi; sẽ chạy lại vào lần hẹn tiếp theo.", today);
        }
    }
}
