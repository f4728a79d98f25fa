using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>
/// "Khảo sát sự hài lòng": anyone who used a procedure answers the open round's questionnaire, anonymously,
/// in Vietnamese or English; an invitation printed on a return slip answers once for its procedure.
/// </summary>
[AllowAnonymous, Bilingual]
[Route("khao-sat")]
public sealed class SurveysController(SurveyService surveys, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Current(CancellationToken cancellationToken) =>
        Show(await surveys.FormAsync(null, cancellationToken), null);

    [HttpGet("{slug:regex(^[[a-z0-9-]]+$)}")]
    public async Task<IActionResult> Round(string slug, CancellationToken cancellationToken)
    {
        var form = await surveys.FormAsync(slug, cancellationToken);
        if (!IsOpen(form) && await surveys.FormAsync(null, cancellationToken) is { } open && IsOpen(open))
        {
            // A mistyped or closed round link, while another round is open: say so and offer the open one.
            Response.StatusCode = form is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
            return View("NotOpen", new NotOpenViewModel(form?.Round, open.Round, form is null));
        }

        return Show(form, null);
    }

    [HttpPost("")]
    public async Task<IActionResult> Current([Bind(Prefix = "Input")] SurveyInput input, CancellationToken cancellationToken) =>
        await SubmitAsync(await surveys.FormAsync(null, cancellationToken), input, null, cancellationToken);

    [HttpPost("{slug:regex(^[[a-z0-9-]]+$)}")]
    public async Task<IActionResult> Round(string slug, [Bind(Prefix = "Input")] SurveyInput input, CancellationToken cancellationToken) =>
        await SubmitAsync(await surveys.FormAsync(slug, cancellationToken), input, null, cancellationToken);

    [HttpGet("moi/{token}")]
    public async Task<IActionResult> Invitation(string token, CancellationToken cancellationToken)
    {
        var invitation = await surveys.InvitationAsync(token, cancellationToken);
        if (invitation is null || invitation.Used)
        {
            return InvitationRefused(invitation);
        }

        return Show(await surveys.FormAsync(null, cancellationToken), invitation);
    }

    [HttpPost("moi/{token}")]
    public async Task<IActionResult> Invitation(string token, [Bind(Prefix = "Input")] SurveyInput input, CancellationToken cancellationToken)
    {
        var invitation = await surveys.InvitationAsync(token, cancellationToken);
        if (invitation is null || invitation.Used)
        {
            // Answered already: the same form sent twice still leads to its confirmation.
            return await surveys.ReferenceOfFormAsync(input.FormToken, cancellationToken) is { } reference
                ? RedirectToAction(nameof(Thanks), new { reference })
                : InvitationRefused(invitation);
        }

        return await SubmitAsync(await surveys.FormAsync(null, cancellationToken), input, invitation, cancellationToken);
    }

    [HttpGet("da-gui/{reference}")]
    public async Task<IActionResult> Thanks(string reference, CancellationToken cancellationToken) =>
        await surveys.ReferenceExistsAsync(reference, cancellationToken) ? View("Thanks", reference) : NotFound();

    private ViewResult Show(SurveyForm? form, SurveyInvitationView? invitation)
    {
        if (!IsOpen(form))
        {
            return NotOpen(form);
        }

        return View("Form", new SurveyFormViewModel(form!, surveys.NewInput(invitation?.Procedure.Id), ActionOf(form!, invitation), invitation?.Procedure));
    }

    private async Task<IActionResult> SubmitAsync(SurveyForm? form, SurveyInput input, SurveyInvitationView? invitation, CancellationToken cancellationToken)
    {
        if (!IsOpen(form))
        {
            return NotOpen(form);
        }

        if (input.SwitchLanguage)
        {
            // The language switch of a filled form: the same answers in the other language, nothing checked or stored.
            ModelState.Clear();
            input.SwitchLanguage = false;
            return View("Form", new SurveyFormViewModel(form!, input, ActionOf(form!, invitation), invitation?.Procedure));
        }

        SurveyService.CheckAgainst(form!, input, ModelState, invitation?.Procedure);
        if (ModelState.IsValid)
        {
            var address = HttpContext.Connection.RemoteIpAddress?.ToString();
            var outcome = await surveys.SubmitAsync(form!, input, new SurveySubmission(SurveyChannel.Online, address, invitation?.Id), cancellationToken);
            switch (outcome.Status)
            {
                case SubmitStatus.Saved:
                    return RedirectToAction(nameof(Thanks), new { reference = outcome.ReferenceNumber });
                case SubmitStatus.InvitationUsed:
                    return InvitationRefused(invitation);
                case SubmitStatus.TooMany:
                    Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    Response.Headers.RetryAfter = "3600";
                    ViewData["TooMany"] = true;
                    break;
            }
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Form", new SurveyFormViewModel(form!, input, ActionOf(form!, invitation), invitation?.Procedure));
    }

    private bool IsOpen(SurveyForm? form)
    {
        var today = VietnamTime.Today(clock);
        return form is not null && form.Round.IsOpen && form.Round.OpensOn <= today && form.Round.ClosesOn >= today;
    }

    private ViewResult NotOpen(SurveyForm? form)
    {
        // An unknown round address is a 404; "no round open today" at /khao-sat is an ordinary page.
        var unknownRound = form is null && RouteData.Values.ContainsKey("slug");
        Response.StatusCode = unknownRound ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return View("NotOpen", new NotOpenViewModel(form?.Round, null, unknownRound));
    }

    private ViewResult InvitationRefused(SurveyInvitationView? invitation)
    {
        Response.StatusCode = invitation is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        return View("InvitationRefused", invitation);
    }

    private string ActionOf(SurveyForm form, SurveyInvitationView? invitation) =>
        invitation is not null ? Request.Path.Value! : Url.Action(nameof(Round), new { slug = form.Round.Slug })!;
}

/// <summary>The round asked for (none when the link names no round), the round open today if any, and whether the link was unknown.</summary>
public sealed record NotOpenViewModel(RoundView? Asked, RoundView? Open, bool Unknown);
