using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Contact;

/// <summary>
/// The contact line of every page's footer, from <see cref="ContactService"/>'s cached copy. Nothing when no details are set, on the 503 page, or
/// when the database cannot be reached (the error page must still render).
/// </summary>
public sealed class ContactFooterViewComponent(ContactService contact) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            return Content(string.Empty);
        }

        try
        {
            return View("~/Features/Contact/Views/_Footer.cshtml", await contact.PublicAsync(HttpContext.RequestAborted));
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            return Content(string.Empty);
        }
    }
}
