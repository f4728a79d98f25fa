using Microsoft.Extensions.Options;

namespace SNgV.Portal.Web.Infrastructure.Mail;

/// <summary>Turns a stored local link ("/nhiem-vu/12") into the address an e-mail carries.</summary>
public sealed class PortalAddress(IOptions<MailOptions> options, IHttpContextAccessor httpContext)
{
    /// <summary>
    /// The configured <c>Mail:PortalUrl</c>, else the address of the request being served; the bare path when
    /// neither is known (a background job with no <c>Mail:PortalUrl</c>).
    /// </summary>
    public string Of(string link)
    {
        var configured = options.Value.PortalUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + link;
        }

        var request = httpContext.HttpContext?.Request;
        return request is null ? link : $"{request.Scheme}://{request.Host}{request.PathBase}{link}";
    }
}
