using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Dossiers;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The one-stop register on 20 May 2019 (a Monday), with the real 2019 calendar.</summary>
public sealed class DossierTests(PlanYearPortalFactory portal) : IClassFixture<PlanYearPortalFactory>
{
    private const string Applicant = "Nguyễn Thị Riêng Tư";
    private const string Contact = "0912 345 678, 12 Hùng Vương, Đông Hà";

    [Fact]
    public async Task Reception_issues_a_code_a_due_date_in_working_days_and_a_slip_with_a_QR_code()
    {
        using var desk = await DeskAsync();
        var procedureId = await portal.ProcedureIdAsync(DossierClient.Legalisation);

        var id = await desk.RegisterAsync(procedureId, Applicant, "20/05/2019 09:00", Contact);

        var dossier = await portal.WithDbAsync(db => db.Dossiers.Include(d => d.Transitions).SingleAsync(d => d.Id == id));
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", dossier.ReceiptCode);
        Assert.Equal(new DateOnly(2019, 5, 20), dossier.ReceivedOn);
        Assert.Equal(new DateOnly(2019, 5, 27), dossier.DueOn); // 5 working days
        Assert.Equal(DossierStatus.Received, Assert.Single(dossier.Transitions).ToStatus);
        Assert.False(string.IsNullOrEmpty(dossier.Transitions[0].UserName));

        var slip = await desk.GetHtmlAsync($"/mot-cua/{id}/phieu-hen");
        Assert.Contains(ReceiptCodes.Format(dossier.ReceiptCode), slip, StringComparison.Ordinal);
        Assert.Contains("27/05/2019", slip, StringComparison.Ordinal);
        Assert.Contains("<svg", slip, StringComparison.Ordinal);
        Assert.Contains($"/tra-cuu-ho-so?ma={dossier.ReceiptCode}", slip, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", slip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_office_hours_before_the_April_holidays_the_clock_starts_on_2_May()
    {
        using var desk = await DeskAsync();
        var procedureId = await portal.ProcedureIdAsync(DossierClient.Legalisation);

        var id = await desk.RegisterAsync(procedureId, "Công ty TNHH Thử Nghiệm", "2019-04-26T17:30");

        var dossier = await portal.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.Id == id));
        Assert.Equal(new DateOnly(2019, 5, 2), dossier.ReceivedOn);
        Assert.Equal(new DateOnly(2019, 5, 8), dossier.DueOn); // 3/5, 4/5 (the make-up Saturday), 6/5, 7/5, 8/5
    }

    [Fact]
    public async Task A_dossier_moves_to_its_result_and_every_step_is_recorded_with_who_and_when()
    {
        using var desk = await DeskAsync();
        var id = await desk.RegisterAsync(await portal.ProcedureIdAsync(DossierClient.Legalisation), Applicant, "2019-05-20T08:30", Contact);

        // A request for documents needs the list of documents.
        using (var missing = await desk.MoveAsync(id, "AdditionalDocumentsRequested"))
        {
            Assert.Equal("Vui lòng ghi rõ giấy tờ cần bổ sung (hướng dẫn một lần, đầy đủ).",
                PortalClient.FieldErrors(await missing.Content.ReadAsStringAsync())["Input.Note"]);
        }

        // A move the workflow does not allow is refused.
        using (var skip = await desk.MoveAsync(id, "Returned"))
        {
            Assert.Contains("Hồ sơ đang ở bước không thể chuyển như vậy", await skip.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await desk.MoveSuccessfullyAsync(id, "Processing");
        await desk.MoveSuccessfullyAsync(id, "AdditionalDocumentsRequested", "Bổ sung bản dịch công chứng của giấy khai sinh.");
        await desk.MoveSuccessfullyAsync(id, "Processing");
        await desk.MoveSuccessfullyAsync(id, "ResultReady");
        await desk.MoveSuccessfullyAsync(id, "Returned");

        var dossier = await portal.WithDbAsync(db => db.Dossiers.Include(d => d.Transitions).Include(d => d.Pauses).SingleAsync(d => d.Id == id));
        Assert.Equal(DossierStatus.Returned, dossier.Status);
        Assert.Equal(
            [DossierStatus.Received, DossierStatus.Processing, DossierStatus.AdditionalDocumentsRequested, DossierStatus.Processing, DossierStatus.ResultReady, DossierStatus.Returned],
            dossier.Transitions.OrderBy(t => t.Id).Select(t => t.ToStatus));
        Assert.All(dossier.Transitions, t => Assert.False(string.IsNullOrEmpty(t.UserId)));
        // Documents brought the same day: the due date did not move; finished on the day of receipt, early.
        Assert.Equal(new DateOnly(2019, 5, 27), dossier.DueOn);
        Assert.Equal(0, Assert.Single(dossier.Pauses).PausedWorkingDays);
        Assert.Equal(new DateOnly(2019, 5, 20), dossier.CompletedOn);
        Assert.Equal(0, dossier.ProcessingWorkingDays);
        Assert.NotNull(dossier.ReturnedAtUtc);

        // The public look-up shows the status and dates, never the applicant, the contact or the desk's notes.
        using var visitor = portal.CreatePortalClient();
        var lookup = await visitor.GetHtmlAsync("/tra-cuu-ho-so?ma=" + ReceiptCodes.Format(dossier.ReceiptCode).ToLowerInvariant());
        Assert.Contains("Đã trả kết quả", lookup, StringComparison.Ordinal);
        Assert.Contains("27/05/2019", lookup, StringComparison.Ordinal);
        Assert.DoesNotContain(Applicant, lookup, StringComparison.Ordinal);
        Assert.DoesNotContain("0912", lookup, StringComparison.Ordinal);
        Assert.DoesNotContain("giấy khai sinh", lookup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_documents_moves_the_due_date_by_the_working_days_waited()
    {
        using var desk = await DeskAsync();
        var id = await desk.RegisterAsync(await portal.ProcedureIdAsync(DossierClient.Legalisation), "Trần Văn Chờ", "2019-05-20T08:10");
        await desk.MoveSuccessfullyAsync(id, "AdditionalDocumentsRequested", "Bổ sung hộ chiếu bản chính.");
        var clock = (TestClock)portal.Clock!;
        try
        {
            // The documents arrive on Thursday 23/5: 21, 22 and 23/5 do not count.
            // (The sign-in does not last days: the desk signs in again on each day.)
            clock.MoveTo(new DateTimeOffset(2019, 5, 23, 9, 0, 0, TimeSpan.FromHours(7)));
            using (var thursday = await DeskAsync())
            {
                await thursday.MoveSuccessfullyAsync(id, "Processing");
            }

            clock.MoveTo(new DateTimeOffset(2019, 5, 31, 9, 0, 0, TimeSpan.FromHours(7)));
            using var friday = await DeskAsync();
            await friday.MoveSuccessfullyAsync(id, "ResultReady");
        }
        finally
        {
            clock.MoveTo(PlanYearPortalFactory.Today);
        }

        var dossier = await portal.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.Id == id));
        Assert.Equal(new DateOnly(2019, 5, 30), dossier.DueOn);
        Assert.Equal(new DateOnly(2019, 5, 31), dossier.CompletedOn);
        Assert.Equal(6, dossier.ProcessingWorkingDays); // 9 working days after 20/5, less 3 waited
    }

    [Fact]
    public async Task Receipt_codes_stay_unique_under_parallel_registration()
    {
        using var desk = await DeskAsync();
        var procedureId = await portal.ProcedureIdAsync("dich-thuat-phien-dich");
        var token = PortalClient.AntiforgeryToken(await desk.GetHtmlAsync("/mot-cua/tiep-nhan"));

        var responses = await Task.WhenAll(Enumerable.Range(1, 24).Select(i =>
            desk.PostRegistrationAsync(procedureId, $"Người nộp song song {i}", "2019-05-20T08:00", token: token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var codes = await portal.WithDbAsync(db => db.Dossiers.Where(d => d.ApplicantName.StartsWith("Người nộp song song")).Select(d => d.ReceiptCode).ToListAsync());
        Assert.Equal(24, codes.Count);
        Assert.Equal(24, codes.Distinct().Count());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_list_flags_dossiers_before_they_are_late_and_the_statistics_count_them()
    {
        var procedureId = await portal.ProcedureIdAsync("cho-phep-su-dung-the-abtc");
        await portal.WithDbAsync(db =>
        {
            db.Dossiers.AddRange(
                ProcedureTests.Dossier(procedureId, "FLAGDUE1", new DateOnly(2019, 5, 7), new DateOnly(2019, 5, 21), null, DossierStatus.Processing),
                ProcedureTests.Dossier(procedureId, "FLAGLAT1", new DateOnly(2019, 5, 2), new DateOnly(2019, 5, 17), null, DossierStatus.Processing),
                ProcedureTests.Dossier(procedureId, "FLAGWAI1", new DateOnly(2019, 5, 2), new DateOnly(2019, 5, 17), null, DossierStatus.AdditionalDocumentsRequested),
                ProcedureTests.Dossier(procedureId, "FLAGDON1", new DateOnly(2019, 5, 2), new DateOnly(2019, 5, 16), new DateOnly(2019, 5, 15), DossierStatus.Returned));
            return db.SaveChangesAsync();
        });
        using var desk = await DeskAsync();

        var attention = await desk.GetHtmlAsync("/mot-cua?loc=can-chu-y");
        Assert.Contains("FLAG-DUE1", attention, StringComparison.Ordinal);
        Assert.Contains("FLAG-LAT1", attention, StringComparison.Ordinal);
        Assert.DoesNotContain("FLAG-WAI1", attention, StringComparison.Ordinal);
        Assert.Contains("Sắp đến hạn", attention, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", attention, StringComparison.Ordinal);

        var statistics = await desk.GetHtmlAsync("/mot-cua/thong-ke?tu=2019-05-01&den=2019-05-20");
        var row = statistics[statistics.IndexOf("Cho phép sử dụng thẻ đi lại của doanh nhân APEC", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        // Received 4, in progress 3, early 1, on time 0, late 0, refused 0, overdue now 1.
        Assert.Matches("<td>4</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td>\\s*<td>\\s*<span class=\"badge text-bg-danger\">1</span>", row);
    }

    [Fact]
    public async Task No_personal_data_of_the_applicant_appears_on_any_public_page()
    {
        using var desk = await DeskAsync();
        var id = await desk.RegisterAsync(await portal.ProcedureIdAsync(DossierClient.Legalisation), "Lê Văn Bảo Mật", "2019-05-20T08:20", "0905 111 222");
        var code = await portal.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.ReceiptCode).SingleAsync());
        using var visitor = portal.CreatePortalClient();

        foreach (var url in new[] { "/", "/ke-hoach", "/thu-tuc", $"/thu-tuc/{DossierClient.Legalisation}", $"/tra-cuu-ho-so?ma={code}", "/thu-tuc?q=bao+mat" })
        {
            var html = await visitor.GetHtmlAsync(url);
            Assert.DoesNotContain("Bảo Mật", html, StringComparison.Ordinal);
            Assert.DoesNotContain("0905 111 222", html, StringComparison.Ordinal);
        }
    }

    private async Task<HttpClient> DeskAsync()
    {
        var client = portal.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        return client;
    }
}

/// <summary>A portal of its own, so that the wrong codes of this test do not block the others.</summary>
public sealed class LookupThrottleTests
{
    [Fact]
    public async Task Repeated_wrong_codes_are_answered_429_with_a_Vietnamese_message()
    {
        await using var portal = new PlanYearPortalFactory();
        using var visitor = portal.CreatePortalClient();

        for (var i = 0; i < LookupThrottle.Allowance; i++)
        {
            using var wrong = await visitor.GetAsync($"/tra-cuu-ho-so?ma=ABCD-EF{WellFormed(i)}");
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
            Assert.Contains("Không tìm thấy hồ sơ có mã", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var blocked = await visitor.GetAsync("/tra-cuu-ho-so?ma=ABCD-EFGH");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Bạn đã nhập sai mã quá nhiều lần", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(blocked.Headers.RetryAfter);

        // The empty form is still served.
        using var form = await visitor.GetAsync("/tra-cuu-ho-so");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task Malformed_and_wrong_codes_from_one_address_never_refuse_the_right_code()
    {
        await using var portal = new PlanYearPortalFactory();
        using var desk = portal.CreatePortalClient();
        await desk.SignInSuccessfullyAsync(DemoUsers.Office);
        var id = await desk.RegisterAsync(await portal.ProcedureIdAsync(DossierClient.Legalisation), "Nguyễn Văn Khách", "20/05/2019 09:00");
        var code = await portal.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.ReceiptCode).SingleAsync());
        using var visitor = portal.CreatePortalClient();

        // Five malformed codes get a format message beside the field and do not count.
        foreach (var malformed in new[] { "ABC", "ABCD-EFG0", "ABCD EFGHI", "OOOO-1111", "abcd-efg!" })
        {
            using var typo = await visitor.GetAsync($"/tra-cuu-ho-so?ma={Uri.EscapeDataString(malformed)}");
            Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
            Assert.Contains("Mã hồ sơ gồm 8 chữ cái và chữ số", await typo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Then wrong codes until the address is held back…
        for (var i = 0; i < LookupThrottle.Allowance; i++)
        {
            using var wrong = await visitor.GetAsync($"/tra-cuu-ho-so?ma=ZZZZ-ZZ{WellFormed(i)}");
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }

        using (var held = await visitor.GetAsync("/tra-cuu-ho-so?ma=ZZZZ-YYYY"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        }

        // …and the right code, typed in lower case, still opens the dossier.
        using var right = await visitor.GetAsync($"/tra-cuu-ho-so?ma={code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(ReceiptCodes.Format(code), await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string WellFormed(int i) => $"{ReceiptCodes.Alphabet[i / ReceiptCodes.Alphabet.Length]}{ReceiptCodes.Alphabet[i % ReceiptCodes.Alphabet.Length]}";
}
