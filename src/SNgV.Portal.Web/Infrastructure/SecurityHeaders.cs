namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// The headers every response carries (ADR 0011): a Content-Security-Policy that allows scripts, styles and fonts
/// from this site only, and the headers that stop sniffing, framing and leaking the address to other sites.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self'; " +
        // Bootstrap's CSS draws its select arrows, check marks and close buttons as data: SVG images.
        "img-src 'self' data:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>
    /// First in the pipeline. The headers are written when the response starts, so they survive the exception
    /// handler clearing the response and reach error pages, static files and downloads alike.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;

                // A response that set a stricter policy of its own keeps it (an evidence file shown inline, in a sandbox).
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
