using SNgV.Portal.Web;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Features.Accounts;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Startup;

var isCommand = UserCommands.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.AddPortalServices();

var app = builder.Build();

if (isCommand)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    return await ActivatorUtilities.CreateInstance<UserCommands>(scope.ServiceProvider, Console.In, Console.Out, Console.Error).RunAsync(args);
}

await app.Services.GetRequiredService<DatabaseStartup>().InitializeOrRetryAsync(app);
app.UsePortalPipeline();
PortalAddressSetup.WarnWhenUnset(app);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the integration tests.</summary>
public partial class Program;
