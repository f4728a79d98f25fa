using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// A count with its noun in the page's language. Vietnamese has one form ("1 nhiệm vụ", "2 nhiệm vụ"), so the key is
/// the Vietnamese text with <c>{0}</c> for the number; its English entry holds the two English forms separated by
/// <c>|</c>, singular first: "{0} task|{0} tasks". <c>Plural.Of(L, 1, "{0} nhiệm vụ")</c> gives "1 task" in English and
/// "1 nhiệm vụ" in Vietnamese; the number is written in the page's culture (1.234 / 1,234).
/// </summary>
public static class Plural
{
    public const char Separator = '|';

    public static string Of(IStringLocalizer localizer, int count, string vietnamese)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var forms = localizer[vietnamese].Value.Split(Separator);
        var form = count == 1 || forms.Length == 1 ? forms[0] : forms[1];
        return string.Format(CultureInfo.CurrentCulture, form, count.ToString("N0", CultureInfo.CurrentCulture));
    }
}
