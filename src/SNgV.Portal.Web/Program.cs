using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Features;
using SNgV.Portal.Web.Features.Accounts;
using SNgV.Portal.Web.Features.DataGeneration;
using SNgV.Portal.Web.Features.Reminders;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Mail;

var isCommand = UserCommands.IsCommand(args) || DataCommands.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
var paths = PortalPaths.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);

builder.AddPortalLogging(paths);
builder.Services.AddSingleton(paths);
builder.Services.AddPortalDatabase(builder.Configuration, paths);
builder.Services.AddPortalIdentity();
builder.Services.AddSignInRateLimit(builder.Configuration);
builder.Services.AddPortalWeb();
builder.Services.AddPortalHealthChecks();
builder.Services.AddPortalFeatures(builder.Configuration);
builder.Services.AddPortalMail(builder.Configuration);
builder.Services.AddPortalReminders(builder.Configuration);

var app = builder.Build();

if (isCommand)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    return DataCommands.IsCommand(args)
        ? await ActivatorUtilities.CreateInstance<DataCommands>(scope.ServiceProvider, Console.Out, Console.Error).RunAsync(args)
        : await ActivatorUtilities.CreateInstance<UserCommands>(scope.ServiceProvider, Console.In, Console.Out, Console.Error).RunAsync(args);
}

await app.Services.GetRequiredService<DatabaseStartup>().InitializeOrRetryAsync(app);
app.UsePortalPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the integration tests.</summary>
public partial class Program;
