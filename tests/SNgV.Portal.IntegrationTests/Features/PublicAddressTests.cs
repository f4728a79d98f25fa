using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Codes;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// With <c>Portal:PublicBaseUrl</c> set, what is printed or handed over carries the public address, whatever address the
/// desk opened the page at (here http://localhost); the invitation and the poster carry the English address
/// (<c>?lang=en</c>) beside the Vietnamese one. The QR codes are checked by drawing the expected address again
/// with the portal's encoder: the same SVG means the same payload.
/// </summary>
public sealed partial class PublicAddressTests(PublicAddressPortalFactory portal) : IClassFixture<PublicAddressPortalFactory>
{
    private const string Base = PublicAddressPortalFactory.PublicBaseUrl;

    [Fact]
    public async Task The_slip_the_invitation_and_the_poster_carry_the_public_address_in_text_and_QR_code()
    {
        using var desk = portal.CreatePortalClient();
        await desk.SignInSuccessfullyAsync(DemoUsers.Office);
        var procedureId = await portal.ProcedureIdAsync(DossierClient.Legalisation);
        await desk.CreateRoundAsync("dia-chi-cong-khai", procedureId);
        var dossierId = await desk.RegisterAsync(procedureId, "Trần Văn Phiếu", "2019-05-20T08:00");
        var code = await portal.WithDbAsync(db => db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.ReceiptCode).SingleAsync());

        AssertCarries(await desk.GetHtmlAsync($"/mot-cua/{dossierId}/phieu-hen"), $"{Base}/tra-cuu-ho-so?ma={code}");

        foreach (var step in new[] { "Processing", "ResultReady", "Returned" })
        {
            await desk.MoveSuccessfullyAsync(dossierId, step);
        }

        var token = await portal.WithDbAsync(db => db.SurveyInvitations.Where(i => i.DossierId == dossierId).Select(i => i.Token).SingleAsync());
        var dossierPage = await desk.GetHtmlAsync($"/mot-cua/{dossierId}");
        AssertCarries(dossierPage, $"{Base}/khao-sat/moi/{token}");
        AssertCarries(dossierPage, $"{Base}/khao-sat/moi/{token}?lang=en");

        var roundId = await portal.WithDbAsync(db => db.SurveyRounds.Where(r => r.Slug == "dia-chi-cong-khai").Select(r => r.Id).SingleAsync());
        var poster = await desk.GetHtmlAsync($"/quan-ly-khao-sat/dot/{roundId}/ap-phich");
        AssertCarries(poster, $"{Base}/khao-sat/dia-chi-cong-khai");
        AssertCarries(poster, $"{Base}/khao-sat/dia-chi-cong-khai?lang=en");
        Assert.DoesNotContain("Chưa đặt địa chỉ công khai", poster, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_address_that_is_not_an_absolute_http_address_stops_the_start()
    {
        await using var portal = new BadAddressPortalFactory();

        var failure = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Portal:PublicBaseUrl phải là địa chỉ đầy đủ", failure.ToString(), StringComparison.Ordinal);
    }

    private static void AssertCarries(string html, string url)
    {
        Assert.Contains(WebUtility.HtmlEncode(url), html, StringComparison.Ordinal);
        Assert.Contains(QrCodes.Svg(url), html, StringComparison.Ordinal);
        Assert.DoesNotMatch(LocalAddress(), html);
    }

    [GeneratedRegex("https?://localhost[:/]")]
    private static partial Regex LocalAddress();

    private sealed class BadAddressPortalFactory : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicBaseUrl", "songoaivu.example.vn");
        }
    }
}
