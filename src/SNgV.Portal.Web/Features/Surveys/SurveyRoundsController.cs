using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Codes;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>"Quản lý khảo sát": the Office opens and closes survey rounds and prints their posters.</summary>
[Authorize(Policies.CanManageSurveys)]
[Route("quan-ly-khao-sat")]
public sealed class SurveyRoundsController(SurveyRoundService rounds, SurveyDeskService desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await rounds.ListAsync(cancellationToken));

    [HttpGet("dot/moi")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("RoundForm", await rounds.FormAsync(null, null, cancellationToken));

    [HttpPost("dot/moi")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] SurveyRoundInput input, CancellationToken cancellationToken) =>
        await SaveAsync(null, input, cancellationToken);

    [HttpGet("dot/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await rounds.FormAsync(id, null, cancellationToken) is { } model ? View("RoundForm", model) : NotFound();

    [HttpPost("dot/{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] SurveyRoundInput input, CancellationToken cancellationToken) =>
        await SaveAsync(id, input, cancellationToken);

    [HttpGet("dot/{id:int}/ap-phich")]
    public async Task<IActionResult> Poster(int id, [FromServices] PortalAddress address, [FromServices] LinkGenerator links, [FromServices] IWebHostEnvironment environment, CancellationToken cancellationToken)
    {
        var round = await rounds.RoundAsync(id, cancellationToken);
        if (round is null)
        {
            return NotFound();
        }

        var path = links.PathTo(nameof(SurveysController.Round), "Surveys", new { slug = round.Slug });
        return View(new RoundPosterViewModel(round, PrintedLink.To(address.Of(path)), PrintedLink.To(address.Of(LanguageLinks.InEnglish(path))))
        {
            AddressUnset = !address.IsConfigured && environment.IsProduction(),
        });
    }

    [HttpGet("dot/{id:int}/phieu-giay")]
    public async Task<IActionResult> Paper(int id, [FromQuery(Name = "thu-tuc")] int? procedure, CancellationToken cancellationToken)
    {
        var form = await desk.RoundFormAsync(id, cancellationToken);
        return form is null ? NotFound() : View(new PaperFormViewModel(form, SurveyDeskService.NewPaper(procedure ?? 0), null));
    }

    [HttpPost("dot/{id:int}/phieu-giay")]
    public async Task<IActionResult> Paper(int id, [Bind(Prefix = "Input")] PaperSurveyInput input, CancellationToken cancellationToken)
    {
        var form = await desk.RoundFormAsync(id, cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var outcome = await desk.SavePaperAsync(form, input, CurrentUser.From(User).Name, ModelState, cancellationToken);
            if (outcome.Status == SubmitStatus.Saved)
            {
                TempData.SetStatus($"Đã lưu phiếu giấy, số tham chiếu {outcome.ReferenceNumber}. Nhập phiếu tiếp theo.");
                return RedirectToAction(nameof(Paper), new RouteValueDictionary { ["id"] = id, ["thu-tuc"] = input.ProcedureId });
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new PaperFormViewModel(form, input, null));
    }

    [HttpGet("phieu-can-xem")]
    public async Task<IActionResult> Flagged(CancellationToken cancellationToken) =>
        View(await desk.PendingAsync(cancellationToken));

    [HttpPost("phieu/{id:long}/quyet-dinh")]
    public async Task<IActionResult> Decide(long id, [FromForm(Name = "tinh")] bool counts, CancellationToken cancellationToken)
    {
        if (!await desk.DecideAsync(id, counts, CurrentUser.From(User).Name, cancellationToken))
        {
            return NotFound();
        }

        TempData.SetStatus(counts ? "Đã tính phiếu vào kết quả." : "Đã loại phiếu khỏi kết quả.");
        return RedirectToAction(nameof(Flagged));
    }

    private async Task<IActionResult> SaveAsync(int? id, SurveyRoundInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await rounds.SaveAsync(id, input, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result, stamp => input.ConcurrencyStamp = stamp))
            {
                TempData.SetStatus($"Đã lưu đợt khảo sát \"{input.Name}\".");
                return RedirectToAction(nameof(Index));
            }
        }

        return View("RoundForm", await rounds.FormAsync(id, input, cancellationToken));
    }
}

/// <summary>The poster: the round's address in Vietnamese and in English (<c>?lang=en</c>), each as text and QR code.</summary>
public sealed record RoundPosterViewModel(RoundView Round, PrintedLink Vietnamese, PrintedLink English)
{
    /// <summary>In Production without <c>Portal:PublicBaseUrl</c>: the poster carries the address this page was opened at.</summary>
    public bool AddressUnset { get; init; }
}
