using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Codes;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>On a returned dossier's page: the survey invitation as a QR code and a link, for the desk to hand over.</summary>
public sealed class SurveyInvitationViewComponent(SurveyService surveys, PortalAddress address, LinkGenerator links) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int dossierId)
    {
        var token = await surveys.InvitationTokenOfDossierAsync(dossierId, HttpContext.RequestAborted);
        if (token is null)
        {
            return Content(string.Empty);
        }

        var path = links.PathTo(nameof(SurveysController.Invitation), "Surveys", new { token });
        return View("~/Features/Surveys/Views/_Invitation.cshtml",
            new SurveyInvitationLink(PrintedLink.To(address.Of(path)), PrintedLink.To(address.Of(LanguageLinks.InEnglish(path)))));
    }
}

/// <summary>The invitation in Vietnamese and in English (<c>?lang=en</c>): the same one-time token, either language.</summary>
public sealed record SurveyInvitationLink(PrintedLink Vietnamese, PrintedLink English);

/// <summary>An absolute address as printed: the text and its QR code.</summary>
public sealed record PrintedLink(string Url, string QrSvg)
{
    public static PrintedLink To(string url) => new(url, QrCodes.Svg(url));
}
