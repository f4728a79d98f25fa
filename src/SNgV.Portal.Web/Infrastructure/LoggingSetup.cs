using Serilog;

namespace SNgV.Portal.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section of appsettings*.json. A relative file-sink path is taken
    /// relative to the data folder, so logs land in one known place whatever directory the portal starts in.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder, PortalPaths paths)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var path = sink["Args:path"];
            if (!string.IsNullOrEmpty(path) && !Path.IsPathRooted(path))
            {
                overrides[$"{sink.Path}:Args:path"] = Path.Combine(paths.DataDirectory, path);
            }
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        // The host owns its logger; the static Log.Logger is left alone, so that two hosts in one process
        // (the tests, or a command next to the web host) never write into each other's files.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request (method, path, status, time) through the host's own logger.</summary>
    public static IApplicationBuilder UsePortalRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        return app.UseSerilogRequestLogging(o =>
        {
            o.Logger = logger;

            // 503 is the database-unavailable page, already explained by one warning; other 5xx stay errors.
            o.GetLevel = (context, _, exception) => exception is not null || context.Response.StatusCode is > 499 and not 503
                ? Serilog.Events.LogEventLevel.Error
                : context.Response.StatusCode == 503 ? Serilog.Events.LogEventLevel.Warning : Serilog.Events.LogEventLevel.Information;
        });
    }
}
