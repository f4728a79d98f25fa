using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace SNgV.Portal.Web.Infrastructure.Lists;

/// <summary>Links to the list being shown with some of its query values changed: another page, another sort, its export.</summary>
public static class ListLinks
{
    /// <summary>The current path and query with <paramref name="changes"/> applied (a null value removes the name).</summary>
    public static string With(HttpRequest request, params (string Name, object? Value)[] changes) =>
        At(request, request.PathBase + request.Path, changes);

    /// <summary>Another path (the list's export) with the current query, its page left out: the export holds every page.</summary>
    public static string Export(HttpRequest request, string path) => At(request, path, [("page", null)]);

    private static string At(HttpRequest request, string path, (string Name, object? Value)[] changes)
    {
        var values = request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            if (string.IsNullOrEmpty(text))
            {
                values.Remove(name);
            }
            else
            {
                values[name] = new StringValues(text);
            }
        }

        var query = new QueryBuilder(values.Where(v => !StringValues.IsNullOrEmpty(v.Value)).SelectMany(v => v.Value.Select(x => new KeyValuePair<string, string>(v.Key, x ?? ""))));
        return path + query.ToQueryString();
    }
}
