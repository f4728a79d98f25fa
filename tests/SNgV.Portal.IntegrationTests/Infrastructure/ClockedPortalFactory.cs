using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on a clock the test moves (<see cref="Clock"/>), with the automatic reminders switched on at
/// their default time, 07:30 Vietnam time.
/// </summary>
public sealed class ClockedPortalFactory(DateTimeOffset start) : PortalFactory
{
    public FakeTimeProvider Clock { get; } = new(start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Enabled", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
