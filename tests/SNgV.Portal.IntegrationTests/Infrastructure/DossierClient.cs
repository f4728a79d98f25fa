using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The desk's forms, as a browser posts them.</summary>
public static partial class DossierClient
{
    public const string Legalisation = "chung-nhan-lanh-su-hop-phap-hoa-lanh-su";

    public static Task<int> ProcedureIdAsync(this PortalFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Procedures.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    /// <summary>Registers a dossier and returns its id (from the redirect to its page).</summary>
    public static async Task<int> RegisterAsync(this HttpClient desk, int procedureId, string applicant, string receivedAt, string? contact = null)
    {
        using var response = await desk.PostRegistrationAsync(procedureId, applicant, receivedAt, contact);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString["/mot-cua/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> PostRegistrationAsync(this HttpClient desk, int procedureId, string applicant, string receivedAt, string? contact = null, string? token = null) =>
        token is null
            ? desk.PostFormAsync("/mot-cua/tiep-nhan", "/mot-cua/tiep-nhan", Fields(procedureId, applicant, receivedAt, contact))
            : desk.PostAsync("/mot-cua/tiep-nhan", new FormUrlEncodedContent([.. Fields(procedureId, applicant, receivedAt, contact), new("__RequestVerificationToken", token)]));

    public static async Task<HttpResponseMessage> MoveAsync(this HttpClient desk, int dossierId, string toStatus, string note = "")
    {
        var html = await desk.GetHtmlAsync($"/mot-cua/{dossierId}");
        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)),
            new("Input.ConcurrencyStamp", ProgressClient.StampIn(html)),
            new("Input.ToStatus", toStatus),
            new("Input.Note", note),
        ]);
        return await desk.PostAsync($"/mot-cua/{dossierId}", content);
    }

    public static async Task MoveSuccessfullyAsync(this HttpClient desk, int dossierId, string toStatus, string note = "")
    {
        using var response = await desk.MoveAsync(dossierId, toStatus, note);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(int procedureId, string applicant, string receivedAt, string? contact) =>
    [
        new("Input.AdministrativeProcedureId", procedureId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.ApplicantKind", "Person"),
        new("Input.ApplicantName", applicant),
        new("Input.Contact", contact ?? ""),
        new("Input.Channel", "InPerson"),
        new("Input.ReceivedAt", receivedAt),
    ];
}
