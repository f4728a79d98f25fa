using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>Plan section III in a browser: a unit reports, the Office returns, the unit resubmits, the Office accepts.</summary>
[Collection(BrowserTests.Collection)]
public sealed class PlanTrackingBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task A_report_travels_from_the_unit_to_the_Office_and_the_new_percent_shows_everywhere()
    {
        var taskId = await portal.TaskIdAsync(4, 2);
        var staff = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff);

        // The staff member finds the task among the unit's tasks and reports, with an attachment.
        await staff.FollowMenuLinkAsync("Nhiệm vụ của đơn vị");
        await UserGuideScreenshots.TakeAsync(staff, "can-bo-nhiem-vu-cua-don-vi", fullPage: true);
        await staff.Locator($"a[href='/nhiem-vu/{taskId}']").ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Báo cáo tiến độ", Exact = true }).ClickAsync();

        // On 20/05 the form proposes the quarter that ended on 14/03 and has not been reported; sent now it is late.
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Báo cáo tiến độ Quý I/2019");
        await Assertions.Expect(staff.GetByRole(AriaRole.Note).First).ToContainTextAsync("Nộp muộn");

        await staff.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("30");
        await staff.GetByLabel("Tình trạng thực hiện").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await staff.GetByLabel("Kết quả đã thực hiện").FillAsync("Đã rà soát quy trình hợp pháp hóa lãnh sự; niêm yết lại thành phần hồ sơ.");
        await staff.GetByLabel("Khó khăn, vướng mắc").FillAsync("Thiếu máy quét tài liệu tại Bộ phận Một cửa.");
        await staff.GetByLabel("Tệp minh chứng").SetInputFilesAsync(new FilePayload { Name = "bien-ban-ra-soat.pdf", MimeType = "application/pdf", Buffer = ProgressClient.SmallPdf });
        await UserGuideScreenshots.TakeAsync(staff, "can-bo-bao-cao-tien-do", fullPage: true);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi Văn phòng duyệt" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi báo cáo tiến độ");

        // The Office returns it with a comment.
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await office.FollowMenuLinkAsync("Duyệt báo cáo");
        await office.Locator("table.review-queue").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("II\\.4\\.2") }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Link, new() { Name = "bien-ban-ra-soat.pdf" })).ToBeVisibleAsync();
        await office.GetByLabel("Ý kiến của Văn phòng (bắt buộc khi trả lại)").FillAsync("Đề nghị bổ sung số hồ sơ đã giải quyết trong quý.");
        await UserGuideScreenshots.TakeAsync(office, "van-phong-duyet-bao-cao", fullPage: true);
        await office.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã trả lại báo cáo");

        // The staff member sees the comment and resubmits.
        await staff.GotoAsync($"/nhiem-vu/{taskId}/bao-cao");
        await Assertions.Expect(staff.GetByRole(AriaRole.Note).Filter(new() { HasText = "trả lại với ý kiến" })).ToContainTextAsync("Đề nghị bổ sung số hồ sơ đã giải quyết trong quý.");
        await staff.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("45");
        await staff.GetByLabel("Kết quả đã thực hiện").FillAsync("Đã rà soát quy trình; giải quyết đúng hạn 120 hồ sơ hợp pháp hóa lãnh sự trong quý.");
        await UserGuideScreenshots.TakeAsync(staff, "can-bo-bao-cao-bi-tra-lai", fullPage: true);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi Văn phòng duyệt" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi báo cáo tiến độ");

        // The Office accepts.
        await office.GotoAsync("/duyet-bao-cao");
        await office.Locator("table.review-queue").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("II\\.4\\.2") }).ClickAsync();
        await Assertions.Expect(office.Locator(".reported-percent")).ToHaveTextAsync("45%");
        await office.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã duyệt báo cáo");

        // The history of the task holds every step.
        await staff.GotoAsync($"/nhiem-vu/{taskId}");
        await Assertions.Expect(staff.Locator("ol.timeline li")).ToHaveCountAsync(4);
        await Assertions.Expect(staff.Locator(".current-percent")).ToHaveTextAsync("45%");
        await UserGuideScreenshots.TakeAsync(staff, "lich-su-nhiem-vu", fullPage: true);

        // The overview and the public page show the new percent.
        await office.FollowMenuLinkAsync("Theo dõi tiến độ");
        var row = office.Locator("table.overview-areaId tbody tr").Nth(3);
        await Assertions.Expect(row).ToContainTextAsync("15%"); // II.4: (0 + 45 + 0) / 3
        await UserGuideScreenshots.TakeAsync(office, "theo-doi-tien-do", fullPage: true);
        await office.Locator("table.overview-unitId tbody tr").Nth(2).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(office.Locator("table.overview-tasks")).ToContainTextAsync("45%");

        var visitor = await browser.NewPageAsync(portal);
        await visitor.GotoAsync("/ke-hoach");
        var publicRow = visitor.Locator("table.public-plan tr", new() { HasText = "II.4.2" });
        await Assertions.Expect(publicRow).ToContainTextAsync("45%");
        await Assertions.Expect(visitor.GetByText("Thiếu máy quét tài liệu")).ToHaveCountAsync(0);
        await UserGuideScreenshots.TakeAsync(visitor, "ke-hoach-cong-khai");

        var accepted = await portal.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == taskId).Select(t => t.CurrentPercent).SingleAsync());
        Assert.Equal(45, accepted);

        // Every change of the walk is in the audit log, by whom, with its old and new values.
        var updateId = await portal.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == taskId).Select(u => u.Id).SingleAsync());
        var audit = await portal.WithDbAsync(db => db.AuditEntries
            .Where(a => (a.EntityType == "ProgressUpdate" && a.EntityId == updateId.ToString()) || (a.EntityType == "PlanTask" && a.EntityId == taskId.ToString()))
            .OrderBy(a => a.Id).ToListAsync());
        var updateChanges = audit.Where(a => a.EntityType == "ProgressUpdate")
            .Select(a => (a.Action, a.UserName, Changes: AuditChange.Deserialize(a.Changes))).ToList();
        Assert.Equal(AuditAction.Added, updateChanges[0].Action);
        Assert.Contains(updateChanges[0].Changes, c => c is { Field: "Percent", Old: null, New: "30" });
        Assert.Equal(
            [("Submitted", "Returned", DemoUsers.Office), ("Returned", "Submitted", DemoUsers.ConsularStaff), ("Submitted", "Accepted", DemoUsers.Office)],
            updateChanges.Skip(1).SelectMany(u => u.Changes.Where(c => c.Field == "State").Select(c => (c.Old!, c.New!, u.UserName!))));
        Assert.Contains(updateChanges, u => u.Changes.Any(c => c is { Field: "Percent", Old: "30", New: "45" }));
        Assert.Contains(audit, a => a.EntityType == "PlanTask" && a.UserName == DemoUsers.Office
            && AuditChange.Deserialize(a.Changes).Any(c => c is { Field: "CurrentPercent", Old: "0", New: "45" }));
        Assert.Contains(await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "EvidenceFile").Select(a => a.Changes).ToListAsync()),
            changes => changes.Contains("bien-ban-ra-soat.pdf", StringComparison.Ordinal));
    }
}

/// <summary>
/// After the Q1/2019 report is issued, Q1 is closed to the units. A class (and portal) of its own: the issued report
/// changes which quarter the walk above is offered.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class PlanTrackingAfterTheQuarterlyReportBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task Once_the_Q1_report_is_issued_the_form_proposes_the_quarter_in_progress_which_is_not_late()
    {
        var taskId = await portal.TaskIdAsync(7, 1); // led by Phòng Lãnh sự, not reported for Q1
        await IssueQ1ReportAsync();

        var staff = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff);
        await staff.GotoAsync($"/nhiem-vu/{taskId}/bao-cao");

        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Báo cáo tiến độ Quý II/2019");
        await Assertions.Expect(staff.GetByText("Nộp muộn")).ToHaveCountAsync(0);
    }

    /// <summary>The Office drafts and submits the Q1/2019 report and the Leadership issues it, as their forms propose.</summary>
    private async Task IssueQ1ReportAsync()
    {
        using var office = portal.CreatePortalClient();
        using var leader = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        await leader.SignInSuccessfullyAsync(DemoUsers.Leadership);
        var planId = await portal.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).SingleAsync());
        var id = await office.CreateQuarterlyReportAsync(planId, 2019, 1);
        await office.SubmitReportAsync(id);
        await leader.ApproveReportAsync(id);
        Assert.Equal(ReportState.Approved, await portal.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.State).SingleAsync()));
    }
}
