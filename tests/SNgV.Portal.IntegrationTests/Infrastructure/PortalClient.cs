using System.Net;
using System.Text.RegularExpressions;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>What a browser does with forms: fetch the page, take its antiforgery token, post the fields.</summary>
public static partial class PortalClient
{
    public static async Task<string> GetHtmlAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Loads <paramref name="formUrl"/>, then posts <paramref name="fields"/> with its token to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = AntiforgeryToken(await client.GetHtmlAsync(formUrl));
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(postUrl, content);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(url, url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = PortalFactory.DemoPassword) =>
        await client.PostFormAsync("/dang-nhap", ("Email", email), ("Password", password));

    public static async Task SignInSuccessfullyAsync(this HttpClient client, string email, string password = PortalFactory.DemoPassword)
    {
        using var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The messages shown beside the fields (asp-validation-for spans), by field name.</summary>
    public static Dictionary<string, string> FieldErrors(string html) =>
        FieldErrorPattern().Matches(html)
            .GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<span(?=[^>]*field-validation-error)(?=[^>]*data-valmsg-for=\"([^\"]+)\")[^>]*>([^<]*)</span>")]
    private static partial Regex FieldErrorPattern();
}
