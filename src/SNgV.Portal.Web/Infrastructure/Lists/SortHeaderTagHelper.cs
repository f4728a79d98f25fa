using Microsoft.AspNetCore.Mvc.Razor.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SNgV.Portal.Web.Infrastructure.Lists;

/// <summary>
/// A column header that sorts its list: <c>&lt;th scope="col" list-sort="unit"&gt;Đơn vị&lt;/th&gt;</c> becomes a link to the
/// same list sorted by that column (ascending first, descending when clicked again; the page back to 1) and, on the
/// column in effect, <c>aria-sort</c> and an arrow. <c>list-sort-default="asc|desc"</c> marks the column a list is
/// sorted by when its query names none. A link, so it works by keyboard and without script.
/// </summary>
[HtmlTargetElement("th", Attributes = KeyAttribute)]
public sealed class SortHeaderTagHelper(IFileVersionProvider versions) : TagHelper
{
    private const string KeyAttribute = "list-sort";

    [HtmlAttributeName(KeyAttribute)]
    public string Key { get; set; } = "";

    [HtmlAttributeName("list-sort-default")]
    public string? Default { get; set; }

    /// <summary>A fragment the link lands on (the list's heading, when the list is low on its page).</summary>
    [HtmlAttributeName("list-sort-fragment")]
    public string? Fragment { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var request = ViewContext.HttpContext.Request;
        var sort = request.Query["sort"].ToString();
        var descending = request.Query["dir"].ToString() == ListQuery.Descending;
        var current = sort == Key || (string.IsNullOrEmpty(sort) && Default is not null);
        if (current && string.IsNullOrEmpty(sort))
        {
            descending = Default == ListQuery.Descending;
        }

        var next = current && !descending ? ListQuery.Descending : null;
        var href = ListLinks.With(request, ("sort", Key), ("dir", next), ("page", null)) + (Fragment is null ? "" : "#" + Fragment);
        if (current)
        {
            output.Attributes.SetAttribute("aria-sort", descending ? "descending" : "ascending");
        }

        var content = (await output.GetChildContentAsync()).GetContent();
        var link = new TagBuilder("a");
        link.AddCssClass("sort-link");
        link.Attributes["href"] = href;
        link.InnerHtml.AppendHtml(content);
        var icon = current
            ? Icons.Svg(request, versions, descending ? "sort-down" : "sort-up")
            : Icons.Svg(request, versions, "arrow-down-up", "text-body-tertiary");
        link.InnerHtml.AppendHtml(" ").AppendHtml(icon);
        output.Content.SetHtmlContent(link);
    }
}
