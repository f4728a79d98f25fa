using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace SNgV.Portal.Web.Infrastructure.Forms;

/// <summary>Options for a bound select: the value posted and the text shown.</summary>
public static class SelectOptions
{
    /// <summary>An enum's values by name, shown with their Vietnamese names (<c>SelectOptions.Of(Enum.GetValues&lt;DossierChannel&gt;(), DisplayNames.Of)</c>).</summary>
    public static IReadOnlyList<SelectListItem> Of<T>(IEnumerable<T> values, Func<T, string> text)
        where T : struct, Enum =>
        values.Select(v => new SelectListItem(text(v), v.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Of<T>(IEnumerable<T> items, Func<T, object?> value, Func<T, string> text) =>
        items.Select(i => new SelectListItem(text(i), Convert.ToString(value(i), CultureInfo.InvariantCulture))).ToList();

    /// <summary>
    /// Options of a select outside a bound model (a list's filter in the query string), the current value marked
    /// selected: <c>&lt;select name="ky" asp-items="@SelectOptions.Filter(…, current)"&gt;</c>.
    /// </summary>
    public static IReadOnlyList<SelectListItem> Filter<T>(IEnumerable<T> values, Func<T, string> text, T? selected)
        where T : struct, Enum =>
        values.Select(v => new SelectListItem(text(v), v.ToString(), selected is { } s && s.Equals(v))).ToList();

    /// <param name="group">The optgroup an option belongs to, by its label; options of one label share one group.</param>
    public static IReadOnlyList<SelectListItem> Filter<T>(IEnumerable<T> items, Func<T, object?> value, Func<T, string> text, object? selected,
        Func<T, string>? group = null)
    {
        var current = Convert.ToString(selected, CultureInfo.InvariantCulture);
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        return items.Select(i =>
        {
            var v = Convert.ToString(value(i), CultureInfo.InvariantCulture);
            var item = new SelectListItem(text(i), v, current is not null && v == current);
            if (group?.Invoke(i) is { } label)
            {
                item.Group = groups.TryGetValue(label, out var existing) ? existing : groups[label] = new SelectListGroup { Name = label };
            }
            return item;
        }).ToList();
    }

    public static IReadOnlyList<SelectListItem> Filter(IEnumerable<SelectListItem> items, object? selected) =>
        Filter(items, i => i.Value, i => i.Text, selected);
}
