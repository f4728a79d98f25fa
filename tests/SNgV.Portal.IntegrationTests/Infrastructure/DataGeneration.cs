using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.DataGeneration;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The <c>data</c> command as tools/SNgV.Portal.DataGenerator runs it, on a factory's database, in process.</summary>
public static class DataGeneration
{
    public static async Task<(int ExitCode, string Output)> RunDataCommandAsync(this PortalFactory factory, params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var commands = ActivatorUtilities.CreateInstance<DataCommands>(scope.ServiceProvider, output, output);
        var exitCode = await commands.RunAsync(args);
        return (exitCode, output.ToString());
    }
}

/// <summary>The portal on 20 May 2019 after <c>data generate</c>: 40 more tasks, 120 updates and 60 dossiers, so lists run to several pages.</summary>
public sealed class GeneratedListsPortalFactory : PlanYearPortalFactory
{
    private readonly Lazy<Task> _generated;

    public GeneratedListsPortalFactory() =>
        _generated = new Lazy<Task>(async () =>
        {
            var (exitCode, output) = await this.RunDataCommandAsync("data", "generate", "--tasks", "40", "--updates", "120", "--dossiers", "60");
            Assert.True(exitCode == 0, output);
        });

    public Task EnsureGeneratedAsync() => _generated.Value;
}
