using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

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
