using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>Marks a controller or action as public: it may be shown in English when the visitor chose it.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class BilingualAttribute : Attribute;

/// <summary>Marker type for the shared string resources (Resources/Infrastructure/SharedResource.en.resx).</summary>
#pragma warning disable CA1052 // a marker for IStringLocalizer<T>, never instantiated
public sealed class SharedResource;
#pragma warning restore CA1052

public static class Localization
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese, English];
            o.SupportedUICultures = [Vietnamese, English];
            o.RequestCultureProviders = [new PublicPageCultureProvider()];
        });
        return services;
    }

    /// <summary>The query parameter that names the language of a public page: <c>?lang=en</c>, <c>?lang=vi</c>.</summary>
    public const string QueryKey = "lang";

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>The value of <see cref="QueryKey"/> for a culture: "en" or "vi".</summary>
    public static string CodeOf(CultureInfo culture) => IsEnglish(culture) ? "en" : "vi";

    /// <summary>Remembers the visitor's language for the public pages they open next (a year, first-party, HttpOnly).</summary>
    public static void Remember(HttpResponse response, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }

    /// <summary>
    /// Internal pages always speak Vietnamese. On endpoints marked <see cref="BilingualAttribute"/> the address wins
    /// (<c>?lang=en</c> from a QR code, a poster or the language switch; it is remembered in the cookie, so the page's
    /// own links stay in that language), then the language cookie. Needs routing to have run first, to know the
    /// endpoint. See docs/decisions/0013-language-in-the-address.md.
    /// </summary>
    private sealed class PublicPageCultureProvider : RequestCultureProvider
    {
        private readonly CookieRequestCultureProvider _cookie = new();

        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var endpoint = httpContext.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<BilingualAttribute>() is null)
            {
                return NullProviderCultureResult;
            }

            if (FromQuery(httpContext.Request) is { } chosen)
            {
                if (_cookie.DetermineProviderCultureResult(httpContext).Result?.UICultures.FirstOrDefault().Value != chosen.Name)
                {
                    Remember(httpContext.Response, chosen);
                }

                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(chosen.Name));
            }

            return _cookie.DetermineProviderCultureResult(httpContext);
        }

        private static CultureInfo? FromQuery(HttpRequest request) =>
            request.Query[QueryKey].ToString().ToUpperInvariant() switch
            {
                "EN" or "EN-GB" => English,
                "VI" or "VI-VN" => Vietnamese,
                _ => null,
            };
    }
}
