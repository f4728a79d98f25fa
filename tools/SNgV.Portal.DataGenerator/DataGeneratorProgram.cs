using SNgV.Portal.Web;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.DataGeneration;

/// <summary>
/// Runs <see cref="DataCommands"/> on the database the portal is configured for (the web project's appsettings, then
/// the environment), with the portal's own services, after the usual migration and seed:
/// <c>dotnet run --project tools/SNgV.Portal.DataGenerator -- data generate --tasks 1000 …</c>.
/// </summary>
internal static class DataGeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = WebContentRoot() });
        builder.AddPortalServices();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return await ActivatorUtilities.CreateInstance<DataCommands>(scope.ServiceProvider, Console.Out, Console.Error).RunAsync(args);
    }

    /// <summary>
    /// The web project's folder in a clone, so that a relative <c>Storage:DataDirectory</c> (default <c>App_Data</c>)
    /// names the folder <c>dotnet run --project src/SNgV.Portal.Web</c> uses; beside the tool's binaries otherwise.
    /// </summary>
    private static string WebContentRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var web = Path.Combine(folder.FullName, "src", "SNgV.Portal.Web");
                if (File.Exists(Path.Combine(web, "SNgV.Portal.Web.csproj")))
                {
                    return web;
                }
            }
        }

        return AppContext.BaseDirectory;
    }
}
