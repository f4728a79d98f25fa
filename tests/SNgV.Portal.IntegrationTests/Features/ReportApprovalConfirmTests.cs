using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class ReportApprovalConfirmTests(ReportPortalFactory factory) : IClassFixture<ReportPortalFactory>
{
    [Fact]
    public async Task Issuing_a_report_asks_first()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var leader = factory.CreatePortalClient();
        await leader.SignInSuccessfullyAsync(DemoUsers.Leadership);
        var planId = await factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString()).SingleAsync());
        var id = await office.CreateQuarterlyReportAsync(planId, 2019, 1);
        await office.SubmitReportAsync(id);

        var page = await leader.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");

        Assert.Matches(UnitsAdministrationTests.ConfirmButton("Phê duyệt và ban hành"), page);
    }
}
