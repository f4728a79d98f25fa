using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Finds a controller's views in its feature folder: <c>Features/{Feature}/Views/{View}.cshtml</c>, where the
/// feature is the namespace segment after <c>Features</c>. Shared views stay in <c>Views/Shared</c>.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            var marker = ".Features.";
            var start = ns.IndexOf(marker, StringComparison.Ordinal);
            if (start >= 0)
            {
                context.Values[FeatureKey] = ns[(start + marker.Length)..].Split('.')[0];
            }
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null)
        {
            return [$"/Features/{feature}/Views/{{0}}.cshtml", .. viewLocations];
        }

        return viewLocations;
    }
}
