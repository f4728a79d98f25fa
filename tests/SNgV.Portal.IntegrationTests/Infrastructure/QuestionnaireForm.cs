using System.Net;
using System.Text.RegularExpressions;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The questionnaire editor as a browser posts it: every input and text area of the page, in order, with its value.</summary>
public static partial class QuestionnaireForm
{
    public static List<KeyValuePair<string, string>> Fields(string html) =>
        FieldPattern().Matches(FormPattern().Match(html) is { Success: true } form ? form.Value : throw new Xunit.Sdk.XunitException("The page has no questionnaire form."))
            .Select(m => m.Groups["input"].Success
                ? new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["input"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value))
                : new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["area"].Value), WebUtility.HtmlDecode(m.Groups["text"].Value)))
            .ToList();

    /// <summary>The fields with <paramref name="name"/> set to <paramref name="value"/>; fails when the page has no such field.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var index = fields.FindIndex(f => f.Key == name);
        Assert.True(index >= 0, $"The form has no field {name}.");
        var changed = fields.ToList();
        changed[index] = new(name, value);
        return changed;
    }

    [GeneratedRegex("<form[^>]*class=\"questionnaire-form\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input(?=[^>]*\\bname=\"(?<input>[^\"]+)\")(?:(?=[^>]*\\bvalue=\"(?<value>[^\"]*)\"))?[^>]*>|<textarea[^>]*\\bname=\"(?<area>[^\"]+)\"[^>]*>(?<text>[^<]*)</textarea>")]
    private static partial Regex FieldPattern();
}
