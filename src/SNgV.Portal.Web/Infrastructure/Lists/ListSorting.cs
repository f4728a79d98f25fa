using System.Linq.Expressions;

namespace SNgV.Portal.Web.Infrastructure.Lists;

/// <summary>
/// The columns a list can be sorted by, each a key of the query string and an expression SQL orders by, with a
/// default and a last key that makes the order total (so that pages neither repeat nor skip a row):
/// <c>new ListSorting&lt;Row&gt;("code").By("code", r => r.Code).By("unit", r => r.UnitName).Then(r => r.Id)</c>.
/// </summary>
public sealed class ListSorting<T>(string defaultKey, bool defaultDescending = false)
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>>> _next = new(StringComparer.Ordinal);
    private readonly List<Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>>> _tieBreakers = [];

    public string DefaultKey => defaultKey;

    public bool DefaultDescending => defaultDescending;

    public ListSorting<T> By<TKey>(string key, Expression<Func<T, TKey>> selector)
    {
        _first[key] = (q, desc) => desc ? q.OrderByDescending(selector) : q.OrderBy(selector);
        _next[key] = (q, desc) => desc ? q.ThenByDescending(selector) : q.ThenBy(selector);
        return this;
    }

    /// <summary>A column ordered by two keys in the same direction (a task's code: its area's number, then its own).</summary>
    public ListSorting<T> By<TKey, TThen>(string key, Expression<Func<T, TKey>> selector, Expression<Func<T, TThen>> then)
    {
        _first[key] = (q, desc) => desc ? q.OrderByDescending(selector).ThenByDescending(then) : q.OrderBy(selector).ThenBy(then);
        _next[key] = (q, desc) => desc ? q.ThenByDescending(selector).ThenByDescending(then) : q.ThenBy(selector).ThenBy(then);
        return this;
    }

    /// <summary>The last keys, in a fixed direction, after whatever column was chosen (the newest first among equal times).</summary>
    public ListSorting<T> Then<TKey>(Expression<Func<T, TKey>> selector, bool descending = false)
    {
        _tieBreakers.Add((q, _) => descending ? q.ThenByDescending(selector) : q.ThenBy(selector));
        return this;
    }

    public bool Knows(string? key) => key is not null && _first.ContainsKey(key);

    /// <summary>The column and direction in effect for <paramref name="query"/>: its own when known, else the default.</summary>
    public (string Key, bool Descending) Chosen(ListQuery query) =>
        Knows(query.Sort) ? (query.Sort!, query.IsDescending) : (defaultKey, defaultDescending);

    public IQueryable<T> Apply(IQueryable<T> source, ListQuery query)
    {
        var (key, descending) = Chosen(query);
        var ordered = _first[key](source, descending);
        if (key != defaultKey)
        {
            ordered = _next[defaultKey](ordered, defaultDescending);
        }

        return _tieBreakers.Aggregate(ordered, (q, t) => t(q, false));
    }
}
