using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
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
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
    }
}
