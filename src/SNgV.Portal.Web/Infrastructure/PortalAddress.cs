using Microsoft.Extensions.Options;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary><c>Portal:*</c>: how the public reaches the portal.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The portal's public address (e.g. "https://songoaivu.quangtri.gov.vn"), for everything printed or sent:
    /// appointment slips, survey invitations and posters, e-mails. Empty: the address of the request being served,
    /// which at the desk or behind a reverse proxy may be an internal one.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>Turns a local path ("/tra-cuu-ho-so?ma=…") into the absolute address a QR code, a slip or an e-mail carries.</summary>
public sealed class PortalAddress(IOptions<PortalOptions> options, IHttpContextAccessor httpContext)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl);

    /// <summary>
    /// <c>Portal:PublicBaseUrl</c> followed by <paramref name="path"/> (a path of the application, as
    /// <see cref="StoredLinks.PathTo"/> makes it, without the request's path base), else the address of the request
    /// being served; the bare path when neither is known (a background job with no setting).
    /// </summary>
    public string Of(string path)
    {
        if (IsConfigured)
        {
            return options.Value.PublicBaseUrl!.TrimEnd('/') + path;
        }

        var request = httpContext.HttpContext?.Request;
        return request is null ? path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}

public static class PortalAddressSetup
{
    public const string InvalidMessage = "Portal:PublicBaseUrl phải là địa chỉ đầy đủ của Cổng thông tin, bắt đầu bằng https:// hoặc http://, ví dụ https://songoaivu.quangtri.gov.vn.";

    /// <summary>A malformed <c>Portal:PublicBaseUrl</c> stops start-up; an unset one is warned about in Production.</summary>
    public static IServiceCollection AddPortalAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                || (Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0 && url.Fragment.Length == 0),
                InvalidMessage)
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<PortalAddress>();
        return services;
    }

    /// <summary>Logs, once the portal has started in Production, that printed and mailed links use whatever address a request came in on.</summary>
    public static void WarnWhenUnset(WebApplication app)
    {
        if (!app.Environment.IsProduction() || app.Services.GetRequiredService<PortalAddress>().IsConfigured)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<ILogger<PortalAddress>>().LogWarning(
            "Portal:PublicBaseUrl chưa được đặt: phiếu hẹn, lời mời và áp phích khảo sát, thư điện tử sẽ mang địa chỉ mà người dùng đang mở (có thể là địa chỉ nội bộ). Đặt Portal:PublicBaseUrl=https://… (docs/configuration.md)."));
    }
}
