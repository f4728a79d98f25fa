using System.Globalization;
using System.Resources;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// The localiser for text made outside a view — validation messages, model binding's messages, display names in
/// messages, a service's checks: the Vietnamese text is the key, as <c>L["…"]</c> in views, and an English page (UI
/// culture en-GB, set only on [Bilingual] endpoints) gets its entry in Resources/Infrastructure/SharedResource.en.resx.
/// Internal pages, and code running outside a request, keep the Vietnamese.
/// </summary>
public static class PageText
{
    private static readonly ResourceManager Resources =
        new($"{typeof(SharedResource).Assembly.GetName().Name}.Resources.Infrastructure.{nameof(SharedResource)}", typeof(SharedResource).Assembly);

    public static string Of(string vietnamese)
    {
        if (!Localization.IsEnglish(CultureInfo.CurrentUICulture))
        {
            return vietnamese;
        }

        try
        {
            return Resources.GetString(vietnamese, Localization.English) ?? vietnamese;
        }
        catch (MissingManifestResourceException)
        {
            return vietnamese; // no English resources deployed: the page stays readable in Vietnamese
        }
    }

    /// <summary><see cref="Of"/> with <c>{0}</c>… filled in, numbers in the page's culture.</summary>
    public static string Format(string vietnamese, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Of(vietnamese), arguments);
}
