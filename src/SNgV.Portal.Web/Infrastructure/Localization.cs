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

    /// <summary>
    /// Internal pages always speak Vietnamese; the language cookie is honoured only on endpoints marked
    /// <see cref="BilingualAttribute"/>. Needs routing to have run first, to know the endpoint.
    /// </summary>
    private sealed class PublicPageCultureProvider : RequestCultureProvider
    {
        private readonly CookieRequestCultureProvider _cookie = new();

        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var endpoint = httpContext.GetEndpoint();
            return endpoint?.Metadata.GetMetadata<BilingualAttribute>() is null
                ? NullProviderCultureResult
                : _cookie.DetermineProviderCultureResult(httpContext);
        }
    }
}
