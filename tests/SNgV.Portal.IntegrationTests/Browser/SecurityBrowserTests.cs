using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Features;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Browser;

[Collection(BrowserTests.Collection)]
public sealed class SecurityBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task Chromium_reports_no_content_security_policy_violation_on_the_pages_with_scripts_charts_forms_and_QR_codes()
    {
        var procedureId = await portal.ProcedureIdAsync(DossierClient.Legalisation);
        var dossierId = await portal.WithDbAsync(async db =>
        {
            var dossier = ProcedureTests.Dossier(procedureId, "CSPQ2345", new DateOnly(2019, 5, 20), new DateOnly(2019, 5, 27), null, DossierStatus.Received);
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });

        var visitor = await browser.NewPageAsync(portal);
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        var violations = new List<string>();
        foreach (var page in new[] { visitor, office })
        {
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    violations.Add($"{page.Url}: {message.Text}");
                }
            };
        }

        foreach (var url in new[] { "/", "/ke-hoach", "/thu-tuc", "/thu-tuc/" + DossierClient.Legalisation, "/tra-cuu-ho-so", "/khao-sat", "/ket-qua-khao-sat", "/dang-nhap" })
        {
            await visitor.GotoAsync(url);
        }

        foreach (var url in new[] { "/tong-quan", "/pci", "/mot-cua/tiep-nhan", $"/mot-cua/{dossierId}/phieu-hen", "/quan-ly-khao-sat", "/theo-doi" })
        {
            await office.GotoAsync(url);
        }

        // The pages really ran: the slip's QR code is drawn, and Bootstrap's script opens the user menu.
        await office.GotoAsync($"/mot-cua/{dossierId}/phieu-hen");
        await Assertions.Expect(office.Locator(".slip-qr svg")).ToBeVisibleAsync();
        await office.GotoAsync("/tong-quan");
        await office.Locator("header button.btn.dropdown-toggle").ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
