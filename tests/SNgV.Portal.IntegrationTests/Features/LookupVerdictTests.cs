using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Features.Dossiers;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The public look-up's verdict on time, what to supplement and whom to call, and the rating link, on 20 May 2019 (a Monday).</summary>
public sealed class LookupVerdictTests(PlanYearPortalFactory portal) : IClassFixture<PlanYearPortalFactory>
{
    [Theory]
    // Received 20/5 (due 27/5), result the same day: 5 working days early.
    [InlineData("2019-05-20T08:30", new[] { "Processing", "ResultReady" }, "Early", "sớm hơn hạn 5 ngày làm việc (hạn 27/05/2019)")]
    // Received 13/5 (due 20/5), result today: on time.
    [InlineData("2019-05-13T08:00", new[] { "Processing", "ResultReady" }, "OnTime", "đúng hạn (hạn 20/05/2019)")]
    // Received 10/5 (due 17/5), result today, Monday: one working day late.
    [InlineData("2019-05-10T08:00", new[] { "Processing", "ResultReady", "Returned" }, "Late", "trễ hạn một ngày làm việc (hạn 17/05/2019)")]
    // Received today, in progress: due 27/5, five working days to go.
    [InlineData("2019-05-20T08:30", new[] { "Processing" }, "OnSchedule", "hạn trả kết quả là 27/05/2019, còn 5 ngày làm việc")]
    // Received 6/5 (due 13/5), still not dealt with: five working days overdue.
    [InlineData("2019-05-06T08:00", new string[0], "Overdue", "quá hạn trả kết quả 5 ngày làm việc (hạn 13/05/2019)")]
    public async Task The_look_up_says_early_on_time_late_on_schedule_or_overdue_against_the_due_date(string receivedAt, string[] moves, string verdict, string text)
    {
        var code = await DossierAsync(receivedAt, moves.Select(m => (m, "")).ToArray());

        var page = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetHtmlAsync($"/tra-cuu-ho-so?ma={code}"));

        Assert.Contains($"lookup-verdict\" data-verdict=\"{verdict}\">", page, StringComparison.Ordinal);
        Assert.Contains(text, page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-verdict="));
    }

    [Fact]
    public async Task Waiting_for_documents_shows_what_to_supplement_and_whom_to_call_and_no_verdict()
    {
        var code = await DossierAsync("2019-05-20T08:30", ("AdditionalDocumentsRequested", "Bổ sung bản dịch công chứng hộ chiếu."));

        var page = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetHtmlAsync($"/tra-cuu-ho-so?ma={code}"));

        Assert.Contains("Giấy tờ cần bổ sung", page, StringComparison.Ordinal);
        Assert.Contains("Bổ sung bản dịch công chứng hộ chiếu.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:02333000002\"", page, StringComparison.Ordinal); // Development's fictitious desk (DemoContactSeeder)
        Assert.Contains("href=\"mailto:songoaivu@songoaivu.example.vn\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-verdict=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_dossier_offers_its_survey_invitation_once_and_the_English_page_is_English()
    {
        var code = await DossierAsync("2019-05-20T08:30", ("Processing", ""), ("ResultReady", ""), ("Returned", ""));
        var token = await portal.WithDbAsync(db => db.SurveyInvitations.Where(i => db.Dossiers.Any(d => d.Id == i.DossierId && d.ReceiptCode == ReceiptCodes.Normalize(code))).Select(i => i.Token).SingleAsync());

        var page = await portal.CreatePortalClient().GetHtmlAsync($"/tra-cuu-ho-so?ma={code}");
        Assert.Contains($"href=\"/khao-sat/moi/{token}\"", page, StringComparison.Ordinal);

        await portal.WithDbAsync(async db =>
        {
            await db.SurveyInvitations.Where(i => i.Token == token).ExecuteUpdateAsync(u => u.SetProperty(i => i.UsedAtUtc, DateTime.UtcNow));
            return 0;
        });
        var rated = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetHtmlAsync($"/tra-cuu-ho-so?ma={code}"));
        Assert.DoesNotContain("/khao-sat/moi/", rated, StringComparison.Ordinal);
        Assert.Contains("Cảm ơn Ông/Bà đã đánh giá", rated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reception_date_is_the_one_the_history_shows_and_the_counting_day_is_said_apart()
    {
        // Friday 17/5 at 17:30, registered on Monday: received on 17/5, counted from 20/5.
        var code = await DossierAsync("2019-05-17T17:30");

        var page = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetHtmlAsync($"/tra-cuu-ho-so?ma={code}"));

        Assert.Matches("lookup-received\">17/05/2019", page);
        Assert.Contains("thời hạn tính từ ngày làm việc 20/05/2019", page, StringComparison.Ordinal);
        Assert.Matches("<li>17:30 17/05/2019 — Đã tiếp nhận</li>", page);
    }

    private async Task<string> DossierAsync(string receivedAt, params (string To, string Note)[] moves)
    {
        using var desk = portal.CreatePortalClient();
        await desk.SignInSuccessfullyAsync(DemoUsers.Office);
        var id = await desk.RegisterAsync(await portal.ProcedureIdAsync(DossierClient.Legalisation), "Người Nộp Thử", receivedAt);
        foreach (var (to, note) in moves)
        {
            await desk.MoveSuccessfullyAsync(id, to, note);
        }

        return ReceiptCodes.Format(await portal.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.ReceiptCode).SingleAsync()));
    }
}
