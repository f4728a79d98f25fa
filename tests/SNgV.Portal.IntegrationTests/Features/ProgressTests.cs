using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class ProgressTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task A_report_goes_from_the_unit_to_the_Office_and_back_until_it_is_accepted()
    {
        var taskId = await factory.TaskIdAsync(4, 2); // led by Phòng Lãnh sự
        using var staff = factory.CreatePortalClient();
        using var office = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await office.SignInSuccessfullyAsync(DemoUsers.Office);

        using var submitted = await staff.PostProgressAsync(taskId, "submit", "30", "InProgress", "Đã rà soát quy trình hợp pháp hóa lãnh sự.",
            [("bien-ban.pdf", ProgressClient.SmallPdf)], difficulties: "Thiếu cán bộ tiếp nhận.");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var update = await factory.WithDbAsync(db => db.ProgressUpdates.Include(u => u.Files).SingleAsync(u => u.PlanTaskId == taskId));
        // On 20/05 the form proposes the quarter that has ended and not been reported: Q1 (15/12/2018 – 14/03/2019), late.
        Assert.Equal((ProgressUpdateState.Submitted, 30, new DateOnly(2018, 12, 15), true), (update.State, update.Percent, update.PeriodStart, update.SubmittedLate));
        Assert.Equal("application/pdf", Assert.Single(update.Files).ContentType);

        // The Office is told, and finds it in its queue.
        Assert.Contains($"/duyet-bao-cao/{update.Id}", await office.GetHtmlAsync("/duyet-bao-cao"), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Link == $"/duyet-bao-cao/{update.Id}")));

        using var returned = await office.ReviewAsync(update.Id, "return", "Đề nghị bổ sung số hồ sơ đã giải quyết.");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var form = await staff.GetHtmlAsync($"/nhiem-vu/{taskId}/bao-cao");
        Assert.Contains("Đề nghị bổ sung số hồ sơ đã giải quyết.", form, StringComparison.Ordinal);

        using var resubmitted = await staff.PostProgressAsync(taskId, "submit", "45", "InProgress",
            "Đã rà soát quy trình; giải quyết 120 hồ sơ đúng hạn.", formHtml: form);
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        // The Office reviews the resubmission against the comment it answers and sees what changed.
        var review = await office.GetHtmlAsync($"/duyet-bao-cao/{update.Id}");
        Assert.Contains("Báo cáo đã bị trả lại trước đây", review, StringComparison.Ordinal);
        Assert.Contains("Đề nghị bổ sung số hồ sơ đã giải quyết.</blockquote>", review, StringComparison.Ordinal);
        Assert.Contains("30% → 45%", review, StringComparison.Ordinal);
        Assert.Contains("Đang thực hiện (không đổi)", review, StringComparison.Ordinal);
        Assert.Contains("Đã rà soát quy trình hợp pháp hóa lãnh sự.</p>", review, StringComparison.Ordinal);
        using var accepted = await office.ReviewAsync(update.Id, "accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var task = await factory.WithDbAsync(db => db.PlanTasks.SingleAsync(t => t.Id == taskId));
        Assert.Equal((45, TaskProgressStatus.InProgress), (task.CurrentPercent, task.CurrentStatus));
        var events = await factory.WithDbAsync(db => db.ProgressEvents.Where(e => e.PlanTaskId == taskId).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([ProgressEventKind.Submitted, ProgressEventKind.Returned, ProgressEventKind.Submitted, ProgressEventKind.Accepted], events);

        // The task page shows the whole history; the evidence file downloads as an attachment.
        var detail = await staff.GetHtmlAsync($"/nhiem-vu/{taskId}");
        Assert.Contains("Đề nghị bổ sung số hồ sơ đã giải quyết.", detail, StringComparison.Ordinal);
        Assert.Contains("giải quyết 120 hồ sơ đúng hạn", detail, StringComparison.Ordinal);
        // Each step names who acted with their own unit, and the unit whose report it was.
        Assert.Contains("<strong>Duyệt</strong> — Trần Văn Phòng (Văn phòng Sở)</p>", detail, StringComparison.Ordinal);
        Assert.Contains("<strong>Gửi báo cáo</strong> — Phạm Thị Lan (Phòng Lãnh sự)</p>", detail, StringComparison.Ordinal);
        Assert.Contains("Báo cáo của Phòng Lãnh sự, Quý I/2019: 45%", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Trần Văn Phòng (Phòng Lãnh sự)", detail, StringComparison.Ordinal);
        using var download = await office.GetAsync($"/nhiem-vu/{taskId}/tep/{update.Files[0].Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(ProgressClient.SmallPdf, await download.Content.ReadAsByteArrayAsync());

        // The public page shows the accepted percent, never the unit's difficulties or the Office's comments.
        using var anonymous = factory.CreatePortalClient();
        var publicPage = await anonymous.GetHtmlAsync("/ke-hoach");
        Assert.Contains("w-45", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Thiếu cán bộ tiếp nhận", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Đề nghị bổ sung", publicPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("120", "InProgress", "Đã làm.", "Input.Percent", "Tỷ lệ hoàn thành phải từ 0 đến 100%.")]
    [InlineData("abc", "InProgress", "Đã làm.", "Input.Percent", "Giá trị \"abc\" không hợp lệ.")]
    [InlineData("50", "InProgress", "   ", "Input.WorkDone", "Vui lòng nêu kết quả đã thực hiện.")]
    [InlineData("50", "Completed", "Đã làm.", "Input.Status", "Nhiệm vụ hoàn thành phải có tỷ lệ 100%.")]
    public async Task Bad_figures_are_refused_beside_their_field_and_nothing_is_saved(string percent, string status, string workDone, string field, string message)
    {
        var taskId = await factory.TaskIdAsync(7, 1);
        using var staff = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);

        using var response = await staff.PostProgressAsync(taskId, "submit", percent, status, workDone);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(message, PortalClient.FieldErrors(html)[field]);
        Assert.Contains(workDone.Trim().Length > 0 ? workDone : "", html, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ProgressUpdates.AnyAsync(u => u.PlanTaskId == taskId)));
    }

    [Fact]
    public async Task An_executable_renamed_pdf_and_a_50_MB_file_are_refused_and_nothing_is_stored()
    {
        var taskId = await factory.TaskIdAsync(7, 1);
        using var staff = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        var executable = new byte[4096];
        "MZ"u8.CopyTo(executable);
        var huge = new byte[50 * 1024 * 1024];
        ProgressClient.SmallPdf.CopyTo(huge, 0);
        var storedBefore = EvidenceFileCount();

        using var response = await staff.PostProgressAsync(taskId, "submit", "20", "InProgress", "Đã triển khai kiểm tra.",
            [("bao-cao.pdf", executable), ("ho-so-quet.pdf", huge)]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Tệp \"bao-cao.pdf\" không phải là PDF, Word, Excel, ảnh PNG hoặc JPEG hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("Tệp \"ho-so-quet.pdf\" vượt quá dung lượng cho phép (10 MB).", html, StringComparison.Ordinal);
        Assert.Contains("Đã triển khai kiểm tra.", html, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ProgressUpdates.AnyAsync(u => u.PlanTaskId == taskId)));
        Assert.Equal(storedBefore, EvidenceFileCount());
    }

    private int EvidenceFileCount()
    {
        var evidence = Path.Combine(factory.DataDirectory, "evidence");
        return Directory.Exists(evidence) ? Directory.GetFiles(evidence, "*", SearchOption.AllDirectories).Length : 0;
    }

    [Fact]
    public async Task Two_people_reporting_on_one_task_the_second_is_told_and_gets_their_input_back()
    {
        var taskId = await factory.TaskIdAsync(2, 3); // led by the Office (VP)
        await factory.CreateUserAsync("vanphong2@sngv.test", Roles.Office, "VP");
        using var first = factory.CreatePortalClient();
        using var second = factory.CreatePortalClient();
        await first.SignInSuccessfullyAsync(DemoUsers.Office);
        await second.SignInSuccessfullyAsync("vanphong2@sngv.test");
        var firstForm = await first.GetHtmlAsync($"/nhiem-vu/{taskId}/bao-cao");
        var secondForm = await second.GetHtmlAsync($"/nhiem-vu/{taskId}/bao-cao");

        using var saved = await first.PostProgressAsync(taskId, "draft", "25", "InProgress", "Bản của người thứ nhất.", formHtml: firstForm);
        using var conflict = await second.PostProgressAsync(taskId, "submit", "35", "InProgress", "Bản của người thứ hai.", formHtml: secondForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", html, StringComparison.Ordinal);
        Assert.Contains("Bản của người thứ hai.", html, StringComparison.Ordinal);   // their own input, back in the form
        Assert.Contains("Bản của người thứ nhất.", html, StringComparison.Ordinal);  // and the saved version beside it
        var stored = await factory.WithDbAsync(db => db.ProgressUpdates.SingleAsync(u => u.PlanTaskId == taskId));
        Assert.Equal(("Bản của người thứ nhất.", ProgressUpdateState.Draft), (stored.WorkDone, stored.State));

        // Having seen both, the second person saves again from the page they were given: now it goes through.
        using var retried = await second.PostProgressAsync(taskId, "submit", "35", "InProgress", "Bản đã thống nhất.", formHtml: html);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
    }

    [Fact]
    public async Task A_submitted_report_cannot_be_changed_until_the_Office_decides()
    {
        var taskId = await factory.TaskIdAsync(4, 1);
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var submitted = await office.PostProgressAsync(taskId, "submit", "10", "InProgress", "Đã kiểm tra Bộ phận Một cửa.");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var form = await office.GetHtmlAsync($"/nhiem-vu/{taskId}/bao-cao?ky=2018-12-15");
        Assert.Contains("đang chờ Văn phòng Sở duyệt", form, StringComparison.Ordinal);
        using var changed = await office.PostProgressAsync(taskId, "submit", "90", "InProgress", "Sửa sau khi gửi.", formHtml: form, periodStart: "2018-12-15");

        Assert.Contains("đang chờ Văn phòng duyệt; không thể sửa", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(10, await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == taskId).Select(u => u.Percent).SingleAsync()));
    }

    [Fact]
    public async Task A_supporting_unit_report_is_recorded_but_does_not_move_the_task_percent()
    {
        var taskId = await factory.TaskIdAsync(3, 1); // led by VP, supported by LS
        using var staff = factory.CreatePortalClient();
        using var office = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        await office.SignInSuccessfullyAsync(DemoUsers.Office);

        using var submitted = await staff.PostProgressAsync(taskId, "submit", "80", "InProgress", "Phòng Lãnh sự đã niêm yết TTHC lĩnh vực lãnh sự.");
        var updateId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == taskId).Select(u => u.Id).SingleAsync());
        using var accepted = await office.ReviewAsync(updateId, "accept");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == taskId).Select(t => t.CurrentPercent).SingleAsync()));
        Assert.Equal(ProgressUpdateState.Accepted, await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == updateId).Select(u => u.State).SingleAsync()));
    }

    [Fact]
    public async Task A_unit_withdraws_a_pending_report_to_correct_it_and_cannot_once_the_Office_has_decided()
    {
        var taskId = await factory.TaskIdAsync(4, 3); // led by Văn phòng Sở, whose Office account reports on it
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var submitted = await office.PostProgressAsync(taskId, "submit", "20", "InProgress", "Đã rà soat, có lỗi chính tả.");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var update = await factory.WithDbAsync(db => db.ProgressUpdates.AsNoTracking().SingleAsync(u => u.PlanTaskId == taskId));
        var detailUrl = $"/nhiem-vu/{taskId}";
        var withdrawUrl = $"/nhiem-vu/{taskId}/bao-cao/{update.Id}/rut-lai";
        Assert.Contains(withdrawUrl, await office.GetHtmlAsync(detailUrl), StringComparison.Ordinal);

        using (var withdrawn = await office.PostFormAsync(detailUrl, withdrawUrl, [new("concurrencyStamp", update.ConcurrencyStamp.ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
            Assert.Equal($"/nhiem-vu/{taskId}/bao-cao?ky={update.PeriodStart:yyyy-MM-dd}", withdrawn.Headers.Location!.OriginalString);
        }

        var afterWithdrawal = await factory.WithDbAsync(db => db.ProgressUpdates.AsNoTracking().SingleAsync(u => u.Id == update.Id));
        Assert.Equal((ProgressUpdateState.Draft, update.SubmittedAtUtc, update.SubmittedLate), (afterWithdrawal.State, afterWithdrawal.SubmittedAtUtc, afterWithdrawal.SubmittedLate));
        Assert.Equal([ProgressEventKind.Submitted, ProgressEventKind.Withdrawn],
            await factory.WithDbAsync(db => db.ProgressEvents.Where(e => e.ProgressUpdateId == update.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.ProgressUpdateId == update.Id && n.ReadAtUtc == null)));
        Assert.DoesNotContain($"/duyet-bao-cao/{update.Id}\"", await office.GetHtmlAsync("/duyet-bao-cao"), StringComparison.Ordinal);
        Assert.Contains("Rút lại để sửa", await office.GetHtmlAsync(detailUrl), StringComparison.Ordinal);

        // Corrected and sent again, then accepted: a withdrawal is no longer possible, and a stale one is refused.
        var form = await office.GetHtmlAsync($"/nhiem-vu/{taskId}/bao-cao?ky={update.PeriodStart:yyyy-MM-dd}");
        using (var resent = await office.PostProgressAsync(taskId, "submit", "20", "InProgress", "Đã rà soát, đã sửa lỗi chính tả.", formHtml: form))
        {
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }

        var resentStamp = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == update.Id).Select(u => u.ConcurrencyStamp).SingleAsync());
        using (var accepted = await office.ReviewAsync(update.Id, "accept"))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        Assert.DoesNotContain(withdrawUrl, await office.GetHtmlAsync(detailUrl), StringComparison.Ordinal);
        using (var late = await office.PostFormAsync(detailUrl, withdrawUrl, [new("concurrencyStamp", resentStamp.ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
            Assert.Contains("không thể rút lại", await office.GetHtmlAsync(late.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }

        Assert.Equal(ProgressUpdateState.Accepted, await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == update.Id).Select(u => u.State).SingleAsync()));
    }

    [Fact]
    public async Task Another_unit_cannot_withdraw_a_report_that_is_not_its_own()
    {
        var taskId = await factory.TaskIdAsync(3, 2); // led by Phòng Hợp tác quốc tế
        using var staff = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.CooperationStaff);
        using var submitted = await staff.PostProgressAsync(taskId, "submit", "15", "InProgress", "Đã xây dựng dự thảo.");
        var update = await factory.WithDbAsync(db => db.ProgressUpdates.AsNoTracking().SingleAsync(u => u.PlanTaskId == taskId));

        using var consular = factory.CreatePortalClient();
        await consular.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        using var refused = await consular.PostFormAsync("/nhiem-vu", $"/nhiem-vu/{taskId}/bao-cao/{update.Id}/rut-lai", [new("concurrencyStamp", update.ConcurrencyStamp.ToString())]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(ProgressUpdateState.Submitted, await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == update.Id).Select(u => u.State).SingleAsync()));
    }

    [Fact]
    public async Task Returning_a_report_needs_a_comment()
    {
        var taskId = await factory.TaskIdAsync(5, 3);
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var submitted = await office.PostProgressAsync(taskId, "submit", "50", "InProgress", "Đã triển khai gửi nhận văn bản điện tử.");
        var updateId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == taskId).Select(u => u.Id).SingleAsync());

        using var response = await office.ReviewAsync(updateId, "return", "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Vui lòng ghi ý kiến khi trả lại báo cáo", PortalClient.FieldErrors(await response.Content.ReadAsStringAsync())["Input.Comment"], StringComparison.Ordinal);
        Assert.Equal(ProgressUpdateState.Submitted, await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == updateId).Select(u => u.State).SingleAsync()));
    }

    [Fact]
    public async Task The_overview_runs_the_same_number_of_queries_for_20_or_220_tasks()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await office.GetHtmlAsync("/theo-doi"); // warm up

        var before = await factory.CountQueriesAsync(() => office.GetHtmlAsync("/theo-doi"));
        await AddTasksAsync(200);
        var after = await factory.CountQueriesAsync(() => office.GetHtmlAsync("/theo-doi"));

        Assert.InRange(before, 1, 15);
        Assert.Equal(before, after);
        Assert.Contains("Hiển thị 1–25 trên tổng số 2", await office.GetHtmlAsync("/theo-doi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_page_reads_the_one_update_whatever_the_length_of_the_task_history()
    {
        var taskId = await factory.TaskIdAsync(6, 1);
        var leadUnitId = await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == taskId).Select(t => t.LeadUnitId).SingleAsync());
        var authorId = await factory.UserIdAsync(DemoUsers.ConsularStaff);
        var updateId = await AddUpdateAsync(taskId, leadUnitId, authorId, new DateOnly(2019, 1, 1), ProgressUpdateState.Submitted, "Bản báo cáo đang chờ duyệt.");
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var url = $"/duyet-bao-cao/{updateId}";
        await office.GetHtmlAsync(url); // warm up

        var before = await factory.RecordQueriesAsync(() => office.GetHtmlAsync(url));
        for (var year = 2000; year < 2015; year++)
        {
            await AddUpdateAsync(taskId, leadUnitId, authorId, new DateOnly(year, 1, 1), ProgressUpdateState.Accepted, $"Kết quả đã duyệt năm {year}.");
        }

        string html = "";
        var after = await factory.RecordQueriesAsync(async () => html = await office.GetHtmlAsync(url));

        // The update with its files, its own steps (for an earlier return), the task's summary, the menu's notice count;
        // the task's other updates and its timeline are not read.
        Assert.Equal(4, before.Count);
        Assert.Equal(1, before.Reading("ProgressUpdates"));
        Assert.Equal(1, before.Reading("ProgressEvents"));
        Assert.Equal(before.Count, after.Count);
        Assert.Contains("Bản báo cáo đang chờ duyệt.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kết quả đã duyệt năm", html, StringComparison.Ordinal);
    }

    private Task<int> AddUpdateAsync(int taskId, int unitId, string authorId, DateOnly periodStart, ProgressUpdateState state, string workDone) => factory.WithDbAsync(async db =>
    {
        var at = new DateTime(periodStart.Year, 7, 5, 2, 0, 0, DateTimeKind.Utc);
        var update = new ProgressUpdate
        {
            PlanTaskId = taskId, UnitId = unitId, PeriodStart = periodStart, PeriodEnd = periodStart.AddMonths(6).AddDays(-1), Percent = 40, Status = TaskProgressStatus.InProgress,
            WorkDone = workDone, State = state, CreatedById = authorId, CreatedAtUtc = at, UpdatedAtUtc = at, SubmittedAtUtc = at,
            ReviewedAtUtc = state == ProgressUpdateState.Accepted ? at : null,
        };
        db.ProgressUpdates.Add(update);
        await db.SaveChangesAsync();
        db.ProgressEvents.Add(new ProgressEvent
        {
            PlanTaskId = taskId, ProgressUpdateId = update.Id, Kind = ProgressEventKind.Submitted, AtUtc = at, UserId = authorId, UserName = DemoUsers.ConsularStaff,
            Percent = update.Percent, Status = update.Status,
        });
        await db.SaveChangesAsync();
        return update.Id;
    });

    private Task AddTasksAsync(int count) => factory.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var area = await db.SolutionAreas.Include(a => a.Plan).FirstAsync(a => a.Number == 6);
        var unitId = await db.Units.Where(u => u.Code == "BG").Select(u => u.Id).SingleAsync();
        for (var i = 0; i < count; i++)
        {
            var task = new PlanTask { SolutionAreaId = area.Id, Number = 100 + i, Title = $"Nhiệm vụ bổ sung {i}", LeadUnitId = unitId, ReportingFrequency = ReportingFrequency.Quarterly };
            TaskSchedulePolicy.Apply(task, area.Plan!.Year);
            db.PlanTasks.Add(task);
        }

        await db.SaveChangesAsync();
    });
}
