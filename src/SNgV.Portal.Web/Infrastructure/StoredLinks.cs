namespace SNgV.Portal.Web.Infrastructure;

public static class StoredLinks
{
    /// <summary>
    /// The local path of an action, e.g. "/nhiem-vu/12", as notices store it: no request's path base or ambient
    /// values, so it reads the same from a page, a background job or a test.
    /// </summary>
    public static string PathTo(this LinkGenerator links, string action, string controller, object? values = null) =>
        links.GetPathByAction(action, controller, values) ?? throw new InvalidOperationException($"No page answers {controller}.{action}.");
}
