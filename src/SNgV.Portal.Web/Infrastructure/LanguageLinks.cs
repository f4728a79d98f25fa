using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// The addresses of a public page in each language: Vietnamese without <c>lang</c> (the canonical, x-default form),
/// English with <c>?lang=en</c>; the other query parameters are kept in their order.
/// </summary>
public static class LanguageLinks
{
    /// <summary>The page's path (without the path base, as <see cref="PortalAddress.Of"/> takes it) and query in a language.</summary>
    public static string PathIn(HttpRequest request, CultureInfo culture) => PathWith(request, Localization.IsEnglish(culture) ? "en" : null);

    /// <summary>The link of the language switch: the same page with <c>lang</c> naming the other language, so it wins over the cookie.</summary>
    public static string SwitchTo(HttpRequest request, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.PathBase + PathWith(request, Localization.CodeOf(culture));
    }

    /// <summary>A path of the application (no query, or one) opening in English: what posters and invitations print beside the Vietnamese.</summary>
    public static string InEnglish(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Localization.QueryKey + "=en";
    }

    private static string PathWith(HttpRequest request, string? lang)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query.Where(q => !string.Equals(q.Key, Localization.QueryKey, StringComparison.OrdinalIgnoreCase)))
        {
            query.Add(key, values.Select(v => v ?? "").ToArray());
        }

        if (lang is not null)
        {
            query.Add(Localization.QueryKey, lang);
        }

        var path = request.Path.HasValue ? request.Path.Value! : "/";
        return path + query.ToQueryString();
    }
}

/// <summary>
/// Given by a view as <c>ViewData["LanguageSwitchForm"]</c> when its form holds answers: the layout's language switch
/// becomes a submit button of that form (<c>form</c> + <c>formaction</c> = the form's action in the other language,
/// posting <c>Input.SwitchLanguage=true</c>), so the answers come back in the other language. No script.
/// </summary>
public sealed record LanguageSwitchForm(string FormId, string Action)
{
    public string ActionIn(System.Globalization.CultureInfo culture) =>
        Action + (Action.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Localization.QueryKey + "=" + Localization.CodeOf(culture);
}
