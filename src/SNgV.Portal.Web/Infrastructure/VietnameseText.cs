using System.Globalization;
using System.Text;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>Vietnamese text without its accents, for searching ("hop phap hoa" finds "Hợp pháp hóa") and for addresses.</summary>
public static class VietnameseText
{
    /// <summary>Lower case, accents and the bar of đ removed, runs of white space made one space.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>An address segment: folded, letters and digits joined by hyphens, at most <paramref name="maxLength"/> characters.</summary>
    public static string Slug(string text, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength];
        }

        return slug.Trim('-');
    }
}
