using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Errors;

/// <summary>The pages shown for 403, 404, 500 and other statuses, re-executed by the status-code middleware.</summary>
[AllowAnonymous, Bilingual]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("loi/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show(int statusCode)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted)
        {
            Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status404NotFound;
        }

        return View(new ErrorViewModel(Response.StatusCode, HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorViewModel(int StatusCode, string RequestId);
