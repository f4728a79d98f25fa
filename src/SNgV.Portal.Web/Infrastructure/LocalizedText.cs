using System.Globalization;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// A piece of content in the language of the page when the Office wrote it in that language, otherwise in
/// Vietnamese with <see cref="IsFallback"/> set: the view marks it <c>lang="vi"</c> (through <see cref="Lang"/>) and
/// the page carries one line saying some details are in Vietnamese only.
/// </summary>
public readonly record struct LocalizedText(string Text, bool IsFallback)
{
    /// <summary>"vi" when the text is the Vietnamese shown on an English page, else null (the attribute is left out).</summary>
    public string? Lang => IsFallback ? "vi" : null;

    public bool IsEmpty => Text.Length == 0;

    public override string ToString() => Text;

    /// <summary>True when the current UI culture is English (a public page the visitor reads in English).</summary>
    public static bool EnglishWanted => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>
    /// <paramref name="english"/> on an English page when it has text; otherwise <paramref name="vietnamese"/>, flagged as
    /// a fallback on an English page. An empty Vietnamese text is never a fallback (there is nothing to mark).
    /// </summary>
    public static LocalizedText Pick(string vietnamese, string? english)
    {
        if (!EnglishWanted)
        {
            return new LocalizedText(vietnamese, false);
        }

        return string.IsNullOrWhiteSpace(english)
            ? new LocalizedText(vietnamese, vietnamese.Length > 0)
            : new LocalizedText(english, false);
    }
}
