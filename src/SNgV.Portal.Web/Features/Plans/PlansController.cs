using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace SNgV.Portal.Web.Features.Plans;

/// <summary>The plan as a document, for every signed-in user.</summary>
[Authorize]
[Route("ke-hoach-cong-tac")]
public sealed class PlansController(PlanReadService plans) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var document = await plans.DocumentAsync(id, cancellationToken);
        return document is null ? NotFound() : View(document);
    }
}
