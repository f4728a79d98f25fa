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

        var url = address.Of(links.PathTo(nameof(SurveysController.Invitation), "Surveys", new { token }));
        return View("~/Features/Surveys/Views/_Invitation.cshtml", new SurveyInvitationLink(url, QrCodes.Svg(url)));
    }
}

public sealed record SurveyInvitationLink(string Url, string QrSvg);
