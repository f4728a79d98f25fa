using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// One calendar from unit update to report (reports.md): a unit's "Quý I/2019" is 15/12/2018 – 14/03/2019, the
/// range of the Office's Q1 report; updates sent and accepted after the cut-off belong in it; a unit can report a
/// missed quarter late until the quarter's report is issued; the "not reported" list of a quarter stays after it ends.
/// </summary>
public sealed class ReportingCalendarTests(CalendarPortalFactory factory) : IClassFixture<CalendarPortalFactory>
{
    private const string Q1Start = "2018-12-15";

    public static DateTimeOffset At(int day, int month) => new(2019, month, day, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_quarter_runs_from_the_units_updates_after_the_cut_off_to_the_report_with_late_ones_marked()
    {
        await factory.CreateUserAsync("canbo.ttdv@sngv.demo", Roles.Staff, "TTDV");
        using var cooperation = factory.CreatePortalClient();
        using var services = factory.CreatePortalClient();
        using var consular = factory.CreatePortalClient();
        using var office = factory.CreatePortalClient();
        using var leader = factory.CreatePortalClient();

        // 16–18/03: the units send their Q1 updates; the form proposes the quarter that has just ended.
        await MoveToAsync(16, 3, (cooperation, DemoUsers.CooperationStaff));
        var form = WebUtility.HtmlDecode(await cooperation.GetHtmlAsync($"/nhiem-vu/{await factory.TaskIdAsync(3, 2)}/bao-cao"));
        Assert.Contains("Báo cáo tiến độ Quý I/2019", form, StringComparison.Ordinal);
        Assert.Contains("Kỳ báo cáo từ 15/12/2018 đến 14/03/2019, hạn gửi ngày 18/03/2019", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Nộp muộn", form, StringComparison.Ordinal);
        await SendAsync(cooperation, 3, 2, "HTQT: đã tổ chức hội nghị xúc tiến đầu tư quý I.");
        await MoveToAsync(17, 3, (services, "canbo.ttdv@sngv.demo"));
        await SendAsync(services, 5, 1, "TTDV: đã niêm yết thủ tục và số điện thoại đường dây nóng.");
        await SendAsync(services, 7, 2, "TTDV: đã rà soát quy trình tiếp nhận hồ sơ dịch thuật.");
        await MoveToAsync(18, 3, (consular, DemoUsers.ConsularStaff));
        await SendAsync(consular, 4, 2, "LS: đã hợp pháp hóa lãnh sự 42 bộ hồ sơ đúng hạn.");

        // 19–20/03: the Office accepts them, after the cut-off.
        await MoveToAsync(19, 3, (office, DemoUsers.Office));
        await AcceptAsync(office, 3, 2);
        await AcceptAsync(office, 5, 1);
        await MoveToAsync(20, 3, (office, DemoUsers.Office));
        await AcceptAsync(office, 7, 2);
        await AcceptAsync(office, 4, 2);

        // 21/03: the Q1 report shows every one of them, none late.
        await MoveToAsync(21, 3, (office, DemoUsers.Office));
        var planId = await factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString()).SingleAsync());
        var q1 = await office.CreateQuarterlyReportAsync(planId, 2019, 1);
        var draft = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{q1}"));
        foreach (var work in new[] { "HTQT: đã tổ chức hội nghị", "TTDV: đã niêm yết thủ tục", "TTDV: đã rà soát quy trình", "LS: đã hợp pháp hóa lãnh sự 42" })
        {
            Assert.Contains(work, draft, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("(Nộp muộn)", draft, StringComparison.Ordinal);

        // 02/04: a new quarter has begun, and the Q1 "not reported" list still names who never reported.
        await MoveToAsync(2, 4, (office, DemoUsers.Office));
        var overview = WebUtility.HtmlDecode(await office.GetHtmlAsync("/theo-doi"));
        Assert.Contains("Chưa báo cáo Quý I/2019", overview, StringComparison.Ordinal);
        var inspectorate = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/theo-doi?noUpdate=true&unitId={await factory.UnitIdAsync("TTr")}"));
        Assert.Contains("II.3.4", inspectorate, StringComparison.Ordinal);
        Assert.Contains("II.5.4", inspectorate, StringComparison.Ordinal);
        var consularList = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/theo-doi?noUpdate=true&unitId={await factory.UnitIdAsync("LS")}&period=2019-03-14"));
        Assert.Contains("II.7.1", consularList, StringComparison.Ordinal);
        Assert.DoesNotContain("II.4.2", consularList, StringComparison.Ordinal);

        // 25/04: Phòng Lãnh sự reports Q1 of II.7.1 late; it is marked so in the form, the review and the report.
        await MoveToAsync(25, 4, (consular, DemoUsers.ConsularStaff));
        var late = WebUtility.HtmlDecode(await consular.GetHtmlAsync($"/nhiem-vu/{await factory.TaskIdAsync(7, 1)}/bao-cao?ky={Q1Start}"));
        Assert.Contains("Báo cáo tiến độ Quý I/2019", late, StringComparison.Ordinal);
        Assert.Contains("Nộp muộn:", late, StringComparison.Ordinal);
        Assert.Contains("Quý II/2019 (15/03/2019 – 14/06/2019)", late, StringComparison.Ordinal); // the other period it can choose
        await SendAsync(consular, 7, 1, "LS: đã cập nhật thông tin thủ tục trên Cổng dịch vụ công.", Q1Start);
        Assert.True(await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == db.PlanTasks.Single(t => t.SolutionArea!.Number == 7 && t.Number == 1).Id)
            .Select(u => u.SubmittedLate).SingleAsync()));
        await MoveToAsync(26, 4, (office, DemoUsers.Office));
        var review = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/duyet-bao-cao/{await UpdateIdAsync(7, 1)}"));
        Assert.Contains("Nộp muộn", review, StringComparison.Ordinal);
        await AcceptAsync(office, 7, 1);
        var again = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/bao-cao-dinh-ky/{q1}"));
        Assert.Contains("(Nộp muộn) LS: đã cập nhật thông tin thủ tục", again, StringComparison.Ordinal);
        Assert.Contains("HTQT: đã tổ chức hội nghị", again, StringComparison.Ordinal);
        var consularNow = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/theo-doi?noUpdate=true&unitId={await factory.UnitIdAsync("LS")}&period=2019-03-14"));
        Assert.DoesNotContain("II.7.1", consularNow, StringComparison.Ordinal);

        // Once the Q1 report is issued, Q1 can no longer be reported.
        await office.SubmitReportAsync(q1);
        await MoveToAsync(26, 4, (leader, DemoUsers.Leadership));
        await leader.ApproveReportAsync(q1);
        Assert.Equal(ReportState.Approved, await factory.WithDbAsync(db => db.Reports.Where(r => r.Id == q1).Select(r => r.State).SingleAsync()));
        await MoveToAsync(27, 4, (consular, DemoUsers.ConsularStaff));
        var closedForm = WebUtility.HtmlDecode(await consular.GetHtmlAsync($"/nhiem-vu/{await factory.TaskIdAsync(4, 2)}/bao-cao?ky={Q1Start}"));
        Assert.Contains("Báo cáo tiến độ Quý II/2019", closedForm, StringComparison.Ordinal);
        Assert.DoesNotContain("Quý I/2019", closedForm, StringComparison.Ordinal);
        using var refused = await consular.PostProgressAsync(await factory.TaskIdAsync(4, 2), "submit", "60", "InProgress", "LS: bổ sung kết quả quý I.", periodStart: Q1Start);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("đã được tổng hợp vào báo cáo định kỳ đã ban hành", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.PlanTaskId == db.PlanTasks.Single(t => t.SolutionArea!.Number == 4 && t.Number == 2).Id)));
    }

    /// <summary>Moves the clock and signs the clients in again (a session does not outlive the weeks between steps).</summary>
    private async Task MoveToAsync(int day, int month, params (HttpClient Client, string Email)[] users)
    {
        factory.TestClock.MoveTo(At(day, month));
        foreach (var (client, email) in users)
        {
            await client.SignInSuccessfullyAsync(email);
        }
    }

    private async Task SendAsync(HttpClient staff, int area, int number, string workDone, string? periodStart = null)
    {
        using var response = await staff.PostProgressAsync(await factory.TaskIdAsync(area, number), "submit", "50", "InProgress", workDone, periodStart: periodStart);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task AcceptAsync(HttpClient office, int area, int number)
    {
        using var accepted = await office.ReviewAsync(await UpdateIdAsync(area, number), "accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    private Task<int> UpdateIdAsync(int area, int number) => factory.WithDbAsync(db => db.ProgressUpdates
        .Where(u => u.PlanTask!.SolutionArea!.Number == area && u.PlanTask.Number == number)
        .OrderByDescending(u => u.Id).Select(u => u.Id).FirstAsync());
}
