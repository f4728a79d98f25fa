using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>Approval under the registry's number and signing date; the notices and e-mails of each step.</summary>
public sealed class ReportWorkflowNoticeTests(ReportWorkflowPortalFactory factory) : IClassFixture<ReportWorkflowPortalFactory>
{
    [Fact]
    public async Task A_number_used_that_year_is_refused_and_a_free_number_and_the_signing_date_are_what_every_output_shows()
    {
        using var office = factory.CreatePortalClient();
        using var leader = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await leader.SignInSuccessfullyAsync(DemoUsers.Leadership);
        var first = await SubmittedReportAsync(office, "Báo cáo thứ nhất quý I năm 2019");
        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(leader, first, "5", "2019-03-19")).StatusCode);

        var second = await SubmittedReportAsync(office, "Báo cáo thứ hai quý I năm 2019");
        Assert.Contains("value=\"6\"", await leader.GetHtmlAsync($"/bao-cao-dinh-ky/{second}"), StringComparison.Ordinal); // the next free number
        var before = await factory.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == second));

        using var taken = await ApproveAsync(leader, second, "05", "2019-03-20");
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.StartsWith("Số 05 năm 2019 đã được dùng cho báo cáo \"Báo cáo thứ nhất quý I năm 2019\"; vui lòng chọn số khác",
            PortalClient.FieldErrors(await taken.Content.ReadAsStringAsync())["Verdict.Number"], StringComparison.Ordinal);
        using var future = await ApproveAsync(leader, second, "07", "2019-03-21");
        Assert.Equal("Ngày ký không được sau ngày hôm nay.", PortalClient.FieldErrors(await future.Content.ReadAsStringAsync())["Verdict.IssuedOn"]);
        using var beforeCutOff = await ApproveAsync(leader, second, "07", "2019-03-13");
        Assert.StartsWith("Ngày ký không được trước ngày chốt số liệu", PortalClient.FieldErrors(await beforeCutOff.Content.ReadAsStringAsync())["Verdict.IssuedOn"], StringComparison.Ordinal);
        var unchanged = await factory.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == second));
        Assert.Equal((ReportState.Submitted, (int?)null, (DateOnly?)null, before.ConcurrencyStamp), (unchanged.State, unchanged.Number, unchanged.IssuedOn, unchanged.ConcurrencyStamp));

        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(leader, second, "07", "2019-03-15")).StatusCode);
        var issued = await factory.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == second));
        Assert.Equal((ReportState.Approved, (int?)7, (DateOnly?)new DateOnly(2019, 3, 15)), (issued.State, issued.Number, issued.IssuedOn));
        Assert.Contains("Báo cáo số 07/BC-SNgV", await office.GetHtmlAsync($"/bao-cao-dinh-ky/{second}"), StringComparison.Ordinal);
        var print = await office.GetHtmlAsync($"/bao-cao-dinh-ky/{second}/ban-in");
        Assert.Contains("Số: 07/BC-SNgV", print, StringComparison.Ordinal);
        Assert.Contains("Quảng Trị, ngày 15 tháng 3 năm 2019", print, StringComparison.Ordinal);
        var word = ReportFiles.WordParagraphs(await office.GetByteArrayAsync($"/bao-cao-dinh-ky/{second}/word"));
        Assert.Contains("Số: 07/BC-SNgV", word);
        Assert.Contains("Quảng Trị, ngày 15 tháng 3 năm 2019", word);
        var annex = ReportFiles.SheetRows(await office.GetByteArrayAsync($"/bao-cao-dinh-ky/{second}/phu-luc"), sheet: 1).SelectMany(r => r).ToList();
        Assert.Contains(annex, cell => cell.Contains("07/BC-SNgV", StringComparison.Ordinal));
        Assert.Contains(annex, cell => cell.Contains("ngày 15 tháng 3 năm 2019", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submitting_returning_and_approving_tell_the_next_people_by_notice_and_by_e_mail_with_a_working_link()
    {
        using var office = factory.CreatePortalClient();
        using var leader = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await leader.SignInSuccessfullyAsync(DemoUsers.Leadership);
        const string summary = "Báo cáo kiểm tra thông báo quý I năm 2019";
        var id = await SubmittedReportAsync(office, summary);
        var link = $"/bao-cao-dinh-ky/{id}";

        // Submitted: the Leadership, and nobody else; the home page lists it and the navigation counts it.
        Assert.Equal([DemoUsers.Leadership], await UnreadRecipientsAsync(id));
        var mail = Assert.Single(MailsAbout(summary));
        Assert.Equal((true, true), (mail.To.Contains(DemoUsers.Leadership, StringComparison.Ordinal), mail.Body.Contains($"http://localhost{link}", StringComparison.Ordinal)));
        await AssertLinkWorksAsync(leader, mail, summary);
        var home = WebUtility.HtmlDecode(await leader.GetHtmlAsync("/tong-quan"));
        Assert.Contains($"<a href=\"{link}\">{summary}</a>", home, StringComparison.Ordinal);
        Assert.Matches("waiting-count\">[1-9]", home);
        Assert.DoesNotContain("waiting-count", await office.GetHtmlAsync("/tong-quan"), StringComparison.Ordinal);

        // Returned: the Office (the drafter is one), the comment in the text; the Leadership's notice is done.
        using (var returned = await DecideAsync(leader, id, [new("Verdict.Decision", "return"), new("Verdict.Comment", "Đề nghị bổ sung số liệu khảo sát.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        Assert.Equal([DemoUsers.Office], await UnreadRecipientsAsync(id));
        Assert.Contains("Đề nghị bổ sung số liệu khảo sát.", await factory.WithDbAsync(db => db.Notifications.Where(n => n.ReportId == id && n.ReadAtUtc == null).Select(n => n.Body).SingleAsync()), StringComparison.Ordinal);
        var returnMail = Assert.Single(MailsAbout(summary), m => m.Subject.StartsWith("Báo cáo bị trả lại", StringComparison.Ordinal));
        Assert.Contains(DemoUsers.Office, returnMail.To, StringComparison.Ordinal);
        Assert.Contains("Đề nghị bổ sung số liệu khảo sát.", returnMail.Body, StringComparison.Ordinal);
        await AssertLinkWorksAsync(office, returnMail, summary);

        // Resubmitted then approved: the returned notice is done, the Office is told of the issue.
        await SubmitAsync(office, id);
        Assert.Equal([DemoUsers.Leadership], await UnreadRecipientsAsync(id));
        using (var approved = await ApproveAsync(leader, id, "3", "2019-03-20"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal([DemoUsers.Office], await UnreadRecipientsAsync(id));
        var issuedMail = Assert.Single(MailsAbout(summary), m => m.Subject.StartsWith("Báo cáo đã ban hành", StringComparison.Ordinal));
        Assert.Contains(DemoUsers.Office, issuedMail.To, StringComparison.Ordinal);
        Assert.Contains("03/BC-SNgV ngày 20/03/2019", issuedMail.Body, StringComparison.Ordinal);
        // Two submissions to the Leadership, the return and the issue to the Office: nobody else.
        Assert.Equal([DemoUsers.Leadership, DemoUsers.Leadership, DemoUsers.Office, DemoUsers.Office],
            MailsAbout(summary).Select(m => Regex.Match(m.To, "<([^>]+)>").Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain($"<a href=\"{link}\">", await leader.GetHtmlAsync("/tong-quan"), StringComparison.Ordinal);
    }

    private static async Task AssertLinkWorksAsync(HttpClient recipient, PickupMail mail, string summary)
    {
        var url = new Uri(Regex.Match(mail.Body, "http://localhost/\\S+").Value);
        using var response = await recipient.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(summary, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private List<PickupMail> MailsAbout(string summary) =>
        PickupMail.ReadAll(factory.MailPickupDirectory).Where(m => m.Body.Contains(summary, StringComparison.Ordinal)).ToList();

    private Task<List<string>> UnreadRecipientsAsync(int reportId) => factory.WithDbAsync(db =>
        (from n in db.Notifications
         join u in db.Users on n.RecipientId equals u.Id
         where n.ReportId == reportId && n.ReadAtUtc == null
         orderby u.Email
         select u.Email!).ToListAsync());

    private async Task<int> SubmittedReportAsync(HttpClient office, string summary)
    {
        var planId = await factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString(CultureInfo.InvariantCulture)).SingleAsync());
        using var created = await office.PostFormAsync("/bao-cao-dinh-ky/tao", "/bao-cao-dinh-ky/tao",
            [new("Input.PlanId", planId), new("Input.Kind", "Quarterly"), new("Input.Year", "2019"), new("Input.Quarter", "1"),
             new("Input.DataFrom", "2018-12-15"), new("Input.DataTo", "2019-03-14"), new("Input.Summary", summary)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        await SubmitAsync(office, id);
        return id;
    }

    private static async Task SubmitAsync(HttpClient office, int id)
    {
        var page = await office.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        var stamp = Regex.Match(page, "name=\"concurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        using var response = await office.PostAsync($"/bao-cao-dinh-ky/{id}/trinh",
            new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("concurrencyStamp", stamp)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<HttpResponseMessage> ApproveAsync(HttpClient leader, int id, string number, string issuedOn) =>
        DecideAsync(leader, id, [new("Verdict.Decision", "approve"), new("Verdict.Number", number), new("Verdict.IssuedOn", issuedOn)]);

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient leader, int id, KeyValuePair<string, string>[] fields)
    {
        var page = await leader.GetHtmlAsync($"/bao-cao-dinh-ky/{id}");
        var stamp = Regex.Match(page, "name=\"Verdict.ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        return await leader.PostAsync($"/bao-cao-dinh-ky/{id}/phe-duyet", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page)), new("Verdict.ConcurrencyStamp", stamp), .. fields]));
    }
}
