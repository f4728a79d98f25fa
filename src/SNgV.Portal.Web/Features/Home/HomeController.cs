using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Features.Plans;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Home;

[AllowAnonymous, Bilingual]
public sealed class HomeController(PlanReadService plans) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await plans.CurrentSummaryAsync(cancellationToken));

    /// <summary>The language switch of the public pages. Internal pages stay Vietnamese.</summary>
    [HttpPost("/ngon-ngu")]
    public IActionResult Language(string culture, string? returnUrl)
    {
        var chosen = culture == Localization.English.Name ? Localization.English : Localization.Vietnamese;
        Localization.Remember(Response, chosen);
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
    }
}
