namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>One cell of a role × action matrix: a user (or nobody) sends a request, a POST with that user's antiforgery token.</summary>
public static class RoleMatrix
{
    public const string Anonymous = "";

    /// <summary>
    /// Signs <paramref name="client"/> in as <paramref name="user"/> (unless <see cref="Anonymous"/>) and sends
    /// <paramref name="method"/> to <paramref name="url"/>; a POST carries <paramref name="fields"/> and the user's
    /// antiforgery token, so a refusal comes from authorisation, not from a missing token.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsAsync(this HttpClient client, string user, string method, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        string? token = null;
        if (user != Anonymous)
        {
            await client.SignInSuccessfullyAsync(user);
            token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/tong-quan"));
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token ?? ""), .. fields]);
        }

        return await client.SendAsync(request);
    }
}
