using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Features.Contact;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>"Tra cứu hồ sơ": anyone with a receipt code sees the dossier's status and dates, nothing personal.</summary>
[AllowAnonymous, Bilingual]
[Route("tra-cuu-ho-so")]
public sealed class PublicLookupController(DossierService dossiers, LookupThrottle throttle, ContactService contact) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "ma")] string? code, CancellationToken cancellationToken)
    {
        var desk = await contact.PublicAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(code))
        {
            return View("Lookup", new LookupViewModel(null, null, false, null) { Desk = desk });
        }

        // A code that cannot be one is told so and not counted: a typo is not a guess.
        var normalized = ReceiptCodes.Normalize(code);
        if (normalized is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Lookup", new LookupViewModel(code, null, false, null) { Malformed = true, Desk = desk });
        }

        // A right code is always answered, whatever the address has tried before.
        var dossier = await dossiers.LookupAsync(normalized, cancellationToken);
        if (dossier is null)
        {
            var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (throttle.RetryAfter(address) is { } wait)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return View("Lookup", new LookupViewModel(code, null, false, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))) { Desk = desk });
            }

            throttle.RecordFailure(address);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return View("Lookup", new LookupViewModel(code, dossier, dossier is null, null) { Desk = desk });
    }
}
