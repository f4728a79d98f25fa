using System.Net;
using Microsoft.Data.Sqlite;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure.Startup;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Turns "the database cannot be reached" into 503 "Hệ thống tạm thời gián đoạn" with <c>Retry-After</c>, in
/// every environment, and one warning line in the log instead of a stack trace per request. Every other
/// exception passes on to the 500 page. Until <see cref="DatabaseStartup"/> has initialised the database, every
/// request except the health probes and static files gets the same answer.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, DatabaseStartup startup, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const int RetryAfterSeconds = 120;
    public const string PagePath = "/loi/503";

    public const string Title = "Hệ thống tạm thời gián đoạn";
    public const string WhatHappened = "Cổng thông tin tạm thời không kết nối được cơ sở dữ liệu, nên chưa thực hiện được yêu cầu vừa rồi.";
    public const string NothingLost = "Yêu cầu này chưa được lưu. Thông tin Ông/Bà đã nhập không bị mất khi gửi lại: quay lại trang trước và gửi lại sau ít phút.";
    public const string TryLater = "Vui lòng thử lại sau ít phút.";

    private static readonly string[] StaticFolders = ["/css", "/js", "/lib", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!startup.IsReady && !IsExempt(context.Request.Path))
        {
            await RespondAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && DatabaseFailures.Describe(e) is { } reason)
        {
            Forget(e);
            logger.LogWarning("Cơ sở dữ liệu tạm thời không dùng được ({Reason}); {Method} {Path} được trả lời 503.", reason, context.Request.Method, context.Request.Path.Value);
            await RespondAsync(context);
        }
    }

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/health") || StaticFolders.Any(f => path.StartsWithSegments(f));

    // A SQLite file that was removed or replaced: pooled handles may still point at the old one (SqliteFileGuard).
    private static void Forget(Exception e)
    {
        if (DatabaseFailures.IsSqlite(e))
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private async Task RespondAsync(HttpContext context)
    {
        Start503(context.Response);
        if (!WantsHtml(context.Request))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync($"503 {Title}. {WhatHappened} {TryLater}\n", context.RequestAborted);
            return;
        }

        // The portal's own error page, with its layout. Should that need the database too, the plain page below.
        var path = context.Request.Path;
        var query = context.Request.QueryString;
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        context.Request.Path = PagePath;
        context.Request.QueryString = QueryString.Empty;
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && DatabaseFailures.IsUnavailable(e))
        {
            Forget(e);
            Start503(context.Response);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(PlainPage, context.RequestAborted);
        }
        finally
        {
            context.Request.Path = path;
            context.Request.QueryString = query;
        }
    }

    private static void Start503(HttpResponse response)
    {
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool WantsHtml(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0
            || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("*/*", StringComparison.Ordinal);
    }

    private static readonly string PlainPage = $"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Title} — Sở Ngoại vụ tỉnh Quảng Trị</title>
            <link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css">
        </head>
        <body>
            <main class="container py-5">
                <p class="display-6 text-body-secondary">503</p>
                <h1 class="h3">{Title}</h1>
                <p>{WebUtility.HtmlEncode(WhatHappened)}</p>
                <p>{WebUtility.HtmlEncode(NothingLost)}</p>
                <p>{WebUtility.HtmlEncode(TryLater)}</p>
                <a class="btn btn-primary" href="/">Về trang chủ</a>
            </main>
        </body>
        </html>
        """;
}

public static class DatabaseUnavailableSetup
{
    public static IApplicationBuilder UseDatabaseUnavailablePage(this IApplicationBuilder app) =>
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
}
