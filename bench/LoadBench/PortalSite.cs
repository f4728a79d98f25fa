using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SNgV.Portal.Bench;

/// <summary>
/// The portal as a browser sees it, over plain HTTP in Production: cookies are kept by hand because the portal
/// marks them Secure (a cookie container would refuse to send them over http; the server does not mind).
/// </summary>
internal sealed partial class PortalSite(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestHeaders = { { "X-Forwarded-Proto", "https" } },
    };

    public void Dispose() => _http.Dispose();

    /// <summary>Signs in and returns the Cookie header of the session.</summary>
    public async Task<string> SignInAsync(string email, string password)
    {
        var cookies = new Dictionary<string, string>();
        var form = await GetAsync("/dang-nhap", cookies);
        await PostAsync("/dang-nhap", cookies, [new("Email", email), new("Password", password), new("__RequestVerificationToken", Token(form))], expectRedirect: true);
        return Header(cookies);
    }

    /// <summary>Opens a survey round at /khao-sat/{slug} for today, on the first questionnaire and procedure the form offers.</summary>
    public async Task OpenSurveyRoundAsync(string session, string slug)
    {
        var cookies = Parse(session);
        var form = await GetAsync("/quan-ly-khao-sat/dot/moi", cookies);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await PostAsync("/quan-ly-khao-sat/dot/moi", cookies,
        [
            new("__RequestVerificationToken", Token(form)),
            new("Input.Name", "Đợt đo tải"),
            new("Input.Slug", slug),
            new("Input.QuestionnaireId", FirstOption().Match(form).Groups[1].Value),
            new("Input.OpensOn", today.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            new("Input.ClosesOn", today.AddDays(30).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            new("Input.ProcedureIds", FirstProcedure().Match(form).Groups[1].Value),
            new("Input.IsOpen", "true"),
            new("Input.ConcurrencyStamp", ""),
        ], expectRedirect: true);
    }

    /// <summary>A draft quarterly report of the plan of <paramref name="year"/>; returns its id.</summary>
    public async Task<int> CreateQuarterReportAsync(string session, int year, int quarter)
    {
        var cookies = Parse(session);
        var form = await GetAsync($"/bao-cao-dinh-ky/tao?loai=Quarterly&nam={year}&quy={quarter}", cookies);
        string Date(string name) => Regex.Match(form, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
        var response = await PostAsync("/bao-cao-dinh-ky/tao", cookies,
        [
            new("__RequestVerificationToken", Token(form)),
            new("Input.PlanId", Regex.Match(form, "<option value=\"(\\d+)\" selected").Groups[1].Value),
            new("Input.Kind", "Quarterly"),
            new("Input.Year", year.ToString(CultureInfo.InvariantCulture)),
            new("Input.Quarter", quarter.ToString(CultureInfo.InvariantCulture)),
            new("Input.DataFrom", Date("Input.DataFrom")),
            new("Input.DataTo", Date("Input.DataTo")),
            new("Input.Summary", WebUtility.HtmlDecode(Regex.Match(form, "name=\"Input.Summary\" class=\"form-control\" value=\"([^\"]*)\"").Groups[1].Value)),
        ], expectRedirect: true);
        return int.Parse(response.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Fetches <paramref name="count"/> survey forms with one antiforgery cookie and writes, one per line, the body that
    /// submits each (its request token and one-time form token, every criterion answered) for wrk to post.
    /// </summary>
    public async Task<(string Cookie, int Forms)> PrefetchSurveyFormsAsync(string slug, int count, string file)
    {
        var cookies = new Dictionary<string, string>();
        var first = await GetAsync($"/khao-sat/{slug}", cookies);
        var cookie = Header(cookies);
        var criteria = Criterion().Matches(first).Select(m => m.Groups[1].Value).Distinct().ToList();
        var procedure = Regex.Match(first, "name=\"Input.ProcedureId\"[\\s\\S]*?<option value=\"([1-9]\\d*)\"").Groups[1].Value;
        if (criteria.Count == 0 || procedure.Length == 0)
        {
            throw new InvalidOperationException("The survey form has no criteria or procedures.");
        }

        var bodies = new string[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
        {
            var random = new Random(worker);
            while (Interlocked.Increment(ref next) is var i && i < count)
            {
                var html = await GetAsync($"/khao-sat/{slug}", Parse(cookie));
                var fields = new List<KeyValuePair<string, string>>
                {
                    new("__RequestVerificationToken", Token(html)),
                    new("Input.FormToken", Hidden(html, "Input.FormToken")),
                    new("Input.FormStamp", Hidden(html, "Input.FormStamp")),
                    new("Input.ProcedureId", procedure),
                    new("Input.Overall", random.Next(1, 6).ToString(CultureInfo.InvariantCulture)),
                    new("Input.Website", ""),
                    new("Input.Comment", ""),
                };
                fields.AddRange(criteria.Select(id => new KeyValuePair<string, string>($"Input.Answers[{id}]", random.Next(0, 6).ToString(CultureInfo.InvariantCulture))));
                bodies[i] = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            }
        }));
        // One of them is sent here, as a check that the bodies are right before wrk sends the others.
        using (var check = new HttpRequestMessage(HttpMethod.Post, $"/khao-sat/{slug}") { Content = new StringContent(bodies[^1], Encoding.UTF8, "application/x-www-form-urlencoded") })
        {
            check.Headers.Add("Cookie", cookie);
            using var response = await _http.SendAsync(check);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                var body = Regex.Replace(await response.Content.ReadAsStringAsync(), "<[^>]+>", " ");
                throw new InvalidOperationException($"A prefetched survey answer was refused ({(int)response.StatusCode}): {Regex.Replace(body, "\\s+", " ")[..Math.Min(body.Length, 800)]}");
            }
        }

        await File.WriteAllLinesAsync(file, bodies[..^1]);
        return (cookie, count - 1);
    }

    private async Task<string> GetAsync(string path, Dictionary<string, string> cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", Header(cookies));
        }
        using var response = await _http.SendAsync(request);
        Keep(response, cookies);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form; returns where it redirected.</summary>
    private async Task<string> PostAsync(string path, Dictionary<string, string> cookies, IEnumerable<KeyValuePair<string, string>> fields, bool expectRedirect)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", Header(cookies));
        }
        using var response = await _http.SendAsync(request);
        Keep(response, cookies);
        if (expectRedirect && response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {Regex.Replace(body, "<[^>]+>", " ")[..Math.Min(body.Length, 600)]}");
        }

        return response.Headers.Location?.OriginalString ?? "";
    }

    private static void Keep(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var pair in values.Select(v => v.Split(';', 2)[0].Split('=', 2)))
            {
                cookies[pair[0]] = pair[1];
            }
        }
    }

    private static string Header(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    private static Dictionary<string, string> Parse(string header) =>
        header.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    private static string Hidden(string html, string name) => WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Input\\.Answers\\[(\\d+)\\]\"")]
    private static partial Regex Criterion();

    [GeneratedRegex("id=\"Input_QuestionnaireId\"[^>]*>\\s*<option value=\"(\\d+)\"")]
    private static partial Regex FirstOption();

    [GeneratedRegex("name=\"Input.ProcedureIds\" value=\"(\\d+)\"")]
    private static partial Regex FirstProcedure();
}
