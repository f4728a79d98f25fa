using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Stylesheets, scripts and icons: compressed (Brotli, else gzip) and, when the link carries its version
/// (<c>asp-append-version</c>), cached by the browser for a year, since a changed file gets a new link.
/// </summary>
/// <remarks>
/// Only these static types are compressed, over HTTPS too. Pages are not: an HTML page holds the antiforgery
/// token beside text the visitor typed (a search, a form sent back with errors), which is what a BREACH attack
/// needs; a page is a few kilobytes, the stylesheet 232 kB.
/// </remarks>
public static class StaticFilesSetup
{
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";

    public static readonly string[] CompressedTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "image/x-icon"];

    public static IServiceCollection AddPortalStaticFiles(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UsePortalStaticFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                if (context.Context.Request.Query.ContainsKey("v"))
                {
                    context.Context.Response.Headers[HeaderNames.CacheControl] = VersionedCacheControl;
                }
            },
        });
        return app;
    }
}
