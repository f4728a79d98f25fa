using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// The portal's icons: an inline <c>&lt;svg&gt;&lt;use href="/lib/bootstrap-icons/icons.svg?v=…#printer"&gt;</c> into a sprite
/// holding only the icons the portal uses (scripts/update-frontend-libs.sh builds it from scripts/icon-names.txt),
/// a few kilobytes where the icon font was 134 kB, drawn in the text colour. Icons are always hidden from screen
/// readers: the text beside them says what they mean.
/// </summary>
public static class Icons
{
    public const string SpritePath = "/lib/bootstrap-icons/icons.svg";

    public static IHtmlContent Svg(HttpRequest request, IFileVersionProvider versions, string name, string? cssClass = null)
    {
        var sprite = request.PathBase + versions.AddFileVersionToPath(request.PathBase, SpritePath);
        return new HtmlString(
            $"<svg class=\"bi{(string.IsNullOrEmpty(cssClass) ? "" : " " + WebUtility.HtmlEncode(cssClass))}\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">"
            + $"<use href=\"{WebUtility.HtmlEncode(sprite)}#{WebUtility.HtmlEncode(name)}\"></use></svg>");
    }
}

/// <summary><c>&lt;icon name="printer" /&gt;</c>, optionally with a <c>class</c>: see <see cref="Icons"/>.</summary>
[HtmlTargetElement("icon", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IconTagHelper(IFileVersionProvider versions) : TagHelper
{
    /// <summary>The Bootstrap Icons name, e.g. "printer" or "file-earmark-spreadsheet".</summary>
    public string Name { get; set; } = "";

    public string? Class { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(Icons.Svg(ViewContext.HttpContext.Request, versions, Name, Class));
    }
}
