using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed partial class PlanManagementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SeedPlan = "95/KH-SNgV";

    [Fact]
    public async Task Office_copies_the_plan_to_2020_as_a_draft_with_areas_tasks_units_and_moved_due_dates()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var sourceId = await PlanIdAsync(SeedPlan);
        var form = await office.GetHtmlAsync($"/quan-ly-ke-hoach/tao-moi?tu={sourceId}");
        Assert.Contains("value=\"2020\"", form, StringComparison.Ordinal);

        using var response = await CopyAsync(office, sourceId, 2020, "07/KH-SNgV", "15/01/2020", ("Input.SignerName", "Nguyễn Văn Thử"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var newId = await PlanIdAsync("07/KH-SNgV");
        Assert.Equal($"/quan-ly-ke-hoach/{newId}", response.Headers.Location!.OriginalString);

        await factory.WithDbAsync(async db =>
        {
            var source = await LoadPlanAsync(db, sourceId);
            var copy = await LoadPlanAsync(db, newId);
            Assert.Equal((2020, PlanStatus.Draft, new DateOnly(2020, 1, 15), (int?)sourceId), (copy.Year, copy.Status, copy.IssuedOn, copy.CopiedFromPlanId));
            Assert.Equal("Nguyễn Văn Thử", copy.SignerName);
            Assert.Equal(source.LegalBasis, copy.LegalBasis);
            Assert.Equal(source.Provisions.Select(p => (p.Kind, p.Text)).Order(), copy.Provisions.Select(p => (p.Kind, p.Text)).Order());
            Assert.Equal(source.Areas.Select(a => (a.Number, a.Title)), copy.Areas.Select(a => (a.Number, a.Title)));

            var sourceTasks = source.Areas.SelectMany(a => a.Tasks).Where(t => !t.IsArchived).ToDictionary(t => t.Id);
            var copiedTasks = copy.Areas.SelectMany(a => a.Tasks).ToList();
            Assert.Equal(sourceTasks.Count, copiedTasks.Count);
            Assert.True(copiedTasks.Count >= 15);
            foreach (var task in copiedTasks)
            {
                var original = sourceTasks[task.CopiedFromTaskId!.Value];
                Assert.Equal((original.Title, original.LeadUnitId, original.Schedule, original.ReportingFrequency), (task.Title, task.LeadUnitId, task.Schedule, task.ReportingFrequency));
                Assert.Equal(original.SupportingUnits.Select(s => s.UnitId).Order(), task.SupportingUnits.Select(s => s.UnitId).Order());
                Assert.Equal(original.DueOn?.AddYears(1), task.DueOn);
                Assert.Equal(task.DueOn ?? new DateOnly(2020, 12, 31), task.EffectiveDueOn);
                Assert.Equal((0, TaskProgressStatus.NotStarted, (DateTime?)null), (task.CurrentPercent, task.CurrentStatus, task.LastAcceptedAtUtc));
            }

            Assert.Contains(copiedTasks, t => t.DueOn is { Year: 2020 });
            return 0;
        });

        var page = await office.GetHtmlAsync($"/quan-ly-ke-hoach/{newId}");
        Assert.Contains("Dự thảo", page, StringComparison.Ordinal);
        Assert.Contains("sao chép từ kế hoạch 95/KH-SNgV", page, StringComparison.Ordinal);
        var list = await office.GetHtmlAsync("/quan-ly-ke-hoach");
        Assert.Contains("07/KH-SNgV", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_needs_a_new_number_a_later_year_and_a_date_typed_day_first()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var sourceId = await PlanIdAsync(SeedPlan);

        using var response = await office.PostFormAsync("/quan-ly-ke-hoach/tao-moi", "/quan-ly-ke-hoach/tao-moi",
        [
            new("Input.SourcePlanId", sourceId.ToString()),
            new("Input.Year", "2019"),
            new("Input.Number", SeedPlan),
            new("Input.IssuedOn", "2020-01-15"),
            new("Input.Title", "Kế hoạch"),
        ]);

        var errors = PortalClient.FieldErrors(await response.Content.ReadAsStringAsync());
        Assert.Equal("Số, ký hiệu này đã được dùng cho một kế hoạch khác.", errors["Input.Number"]);
        Assert.Equal("Năm của kế hoạch mới phải sau năm của kế hoạch được sao chép.", errors["Input.Year"]);
        Assert.Equal("Ngày ban hành phải có dạng ngày/tháng/năm, ví dụ 20/01/2020.", errors["Input.IssuedOn"]);
    }

    [Fact]
    public async Task Editing_a_task_is_recorded_with_old_and_new_values_and_who_made_it()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var task = await SeedTaskAsync(area: 2, number: 3);
        var extraUnit = await factory.WithDbAsync(db => db.Units
            .Where(u => u.Id != task.LeadUnitId && !task.Supporting.Contains(u.Id))
            .Select(u => u.Id).FirstAsync());
        var form = await office.GetHtmlAsync($"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua");

        using var response = await office.PostFormAsync($"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua", $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua",
            TaskFields(task.AreaId, "Nhiệm vụ đã được Văn phòng sửa", task.LeadUnitId, [.. task.Supporting, extraUnit], "OneOff", "30/09/2019", null, Stamp(form)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var officeId = await UserIdAsync(DemoUsers.Office);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == officeId).ToListAsync());
        var edit = Assert.Single(entries, a => a.EntityType == nameof(PlanTask) && a.EntityId == task.Id.ToString() && a.Action == AuditAction.Modified);
        Assert.Equal(DemoUsers.Office, edit.UserName);
        Assert.InRange(edit.AtUtc, DateTime.UtcNow.AddMinutes(-2), DateTime.UtcNow.AddMinutes(1));
        var changes = AuditChange.Deserialize(edit.Changes);
        Assert.Contains(new AuditChange("Title", task.Title, "Nhiệm vụ đã được Văn phòng sửa"), changes);
        Assert.Contains(new AuditChange("Schedule", "Recurring", "OneOff"), changes);
        Assert.Contains(new AuditChange("DueOn", null, "2019-09-30"), changes);
        Assert.DoesNotContain(changes, c => c.Field == "ConcurrencyStamp");
        Assert.DoesNotContain(changes, c => c.Field == "Description");

        // A row with a composite key: the new supporting unit, identified as "task/unit".
        Assert.Single(entries, a => a.EntityType == nameof(PlanTaskSupportingUnit) && a.EntityId == $"{task.Id}/{extraUnit}" && a.Action == AuditAction.Added);

        var log = await office.GetHtmlAsync($"/nhat-ky?entityType=PlanTask&userId={officeId}");
        Assert.Contains("Nhiệm vụ đã được Văn phòng sửa", log, StringComparison.Ordinal);
        Assert.Contains("Nội dung nhiệm vụ", log, StringComparison.Ordinal);
        Assert.Contains("30/09/2019", log, StringComparison.Ordinal);
        Assert.Contains("Có thời hạn", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_editing_one_task_the_second_is_told_keeps_their_input_and_the_first_change_stays()
    {
        using var first = await SignedInAsync(DemoUsers.Office);
        using var second = await SignedInAsync(DemoUsers.Office);
        var task = await SeedTaskAsync(area: 3, number: 1);
        var url = $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua";
        var form1 = await first.GetHtmlAsync(url);
        var form2 = await second.GetHtmlAsync(url);

        HttpRequestMessage Edit(string html, string title) => new(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)),
                .. TaskFields(task.AreaId, title, task.LeadUnitId, task.Supporting, "Recurring", null, "Quarterly", Stamp(html)),
            ]),
        };

        using var saved = await first.SendAsync(Edit(form1, "Bản sửa của người thứ nhất"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var conflict = await second.SendAsync(Edit(form2, "Bản sửa của người thứ hai"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", html, StringComparison.Ordinal);
        Assert.Contains("Bản sửa của người thứ hai</textarea>", html, StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => new { t.Title, t.ReportingFrequency }).SingleAsync());
        Assert.Equal(("Bản sửa của người thứ nhất", (ReportingFrequency?)ReportingFrequency.Quarterly), (stored.Title, stored.ReportingFrequency));
    }

    [Fact]
    public async Task A_task_with_progress_history_cannot_be_deleted_but_can_be_archived_and_brought_back()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var task = await SeedTaskAsync(area: 4, number: 1);
        await factory.WithDbAsync(async db =>
        {
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                PlanTaskId = task.Id,
                UnitId = task.LeadUnitId,
                PeriodStart = new DateOnly(2019, 1, 1),
                PeriodEnd = new DateOnly(2019, 6, 30),
                Percent = 30,
                Status = TaskProgressStatus.InProgress,
                WorkDone = "Đã triển khai một phần.",
                CreatedById = await UserIdAsync(DemoUsers.ConsularStaff),
                CreatedAtUtc = DateTime.UtcNow,
                UpdatedAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var url = $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua";
        Assert.DoesNotContain("Xóa nhiệm vụ", await office.GetHtmlAsync(url), StringComparison.Ordinal);

        using var delete = await office.PostFormAsync(url, $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/xoa", []);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Contains("Nhiệm vụ đã có báo cáo tiến độ nên không thể xóa", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.PlanTasks.AnyAsync(t => t.Id == task.Id)));

        using var archive = await office.PostFormAsync(url, $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/luu-tru", []);
        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.IsArchived).SingleAsync()));
        Assert.Contains("Đã lưu trữ", await office.GetHtmlAsync($"/quan-ly-ke-hoach/{task.PlanId}"), StringComparison.Ordinal);

        using var restore = await office.PostFormAsync(url, $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/bo-luu-tru", []);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.IsArchived).SingleAsync()));
    }

    [Fact]
    public async Task A_new_task_without_history_can_be_deleted_and_the_deletion_is_recorded()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var planId = await PlanIdAsync(SeedPlan);
        var area = await factory.WithDbAsync(db => db.SolutionAreas.Where(a => a.PlanId == planId && a.Number == 5)
            .Select(a => new { a.Id, Next = a.Tasks.Max(t => t.Number) + 1 }).SingleAsync());
        var units = await factory.WithDbAsync(db => db.Units.OrderBy(u => u.SortOrder).Select(u => u.Id).ToListAsync());

        using var added = await office.PostFormAsync($"/quan-ly-ke-hoach/{planId}/nhiem-vu/them?noiDung={area.Id}", $"/quan-ly-ke-hoach/{planId}/nhiem-vu/them",
            TaskFields(area.Id, "Nhiệm vụ bổ sung để thử xóa", units[1], [units[2], units[3]], "OneOff", "1/12/2019", null, null));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var task = await factory.WithDbAsync(db => db.PlanTasks.Include(t => t.SupportingUnits).SingleAsync(t => t.Title == "Nhiệm vụ bổ sung để thử xóa"));
        Assert.Equal((area.Next, new DateOnly(2019, 12, 1), 2), (task.Number, task.DueOn!.Value, task.SupportingUnits.Count));
        Assert.Equal(new DateOnly(2019, 12, 1), task.EffectiveDueOn);

        var url = $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua";
        using var deleted = await office.PostFormAsync(url, $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/xoa", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.PlanTasks.AnyAsync(t => t.Id == task.Id)));

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == task.Id.ToString() && a.EntityType == nameof(PlanTask)).ToListAsync());
        Assert.Equal([AuditAction.Added, AuditAction.Deleted], audit.OrderBy(a => a.Id).Select(a => a.Action));
        var deletion = AuditChange.Deserialize(audit.Single(a => a.Action == AuditAction.Deleted).Changes);
        Assert.Contains(new AuditChange("Title", "Nhiệm vụ bổ sung để thử xóa", null), deletion);
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(PlanTaskSupportingUnit) && a.EntityId.StartsWith(task.Id + "/") && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task Task_form_errors_are_in_Vietnamese_beside_the_fields_and_nothing_is_saved()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var task = await SeedTaskAsync(area: 6, number: 1);
        var url = $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua";
        var form = await office.GetHtmlAsync(url);

        using var missingDate = await office.PostFormAsync(url, url,
            TaskFields(task.AreaId, "", task.LeadUnitId, [task.LeadUnitId], "OneOff", "", null, Stamp(form)));
        var errors = PortalClient.FieldErrors(await missingDate.Content.ReadAsStringAsync());
        Assert.Equal("Vui lòng nhập nội dung nhiệm vụ.", errors["Input.Title"]);
        Assert.Equal("Nhiệm vụ có thời hạn phải có ngày hết hạn.", errors["Input.DueOn"]);
        Assert.StartsWith("Đơn vị chủ trì không đồng thời là đơn vị phối hợp", errors["Input.SupportingUnitIds"], StringComparison.Ordinal);

        using var early = await office.PostFormAsync(url, url,
            TaskFields(task.AreaId, "Tiêu đề", task.LeadUnitId, [9999], "OneOff", "31/12/2018", null, Stamp(form)));
        errors = PortalClient.FieldErrors(await early.Content.ReadAsStringAsync());
        Assert.Equal("Thời hạn phải nằm trong năm của kế hoạch hoặc sau đó.", errors["Input.DueOn"]);
        Assert.Equal("Có đơn vị phối hợp không tồn tại.", errors["Input.SupportingUnitIds"]);

        using var noFrequency = await office.PostFormAsync(url, url,
            TaskFields(task.AreaId, "Tiêu đề", task.LeadUnitId, [], "Recurring", null, null, Stamp(form)));
        errors = PortalClient.FieldErrors(await noFrequency.Content.ReadAsStringAsync());
        Assert.Equal("Nhiệm vụ thường xuyên phải có kỳ báo cáo.", errors["Input.ReportingFrequency"]);

        Assert.Equal(task.Title, await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_closed_plan_refuses_every_edit()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        using var copied = await CopyAsync(office, await PlanIdAsync(SeedPlan), 2021, "03/KH-SNgV", "05/01/2021");
        var planId = await PlanIdAsync("03/KH-SNgV");
        var planUrl = $"/quan-ly-ke-hoach/{planId}";

        using var activated = await office.PostFormAsync(planUrl, $"{planUrl}/kich-hoat", []);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        using var closed = await office.PostFormAsync(planUrl, $"{planUrl}/ket-thuc", []);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(PlanStatus.Closed, await factory.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));

        var page = await office.GetHtmlAsync(planUrl);
        Assert.Contains("Kế hoạch đã kết thúc", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/sua\"", page, StringComparison.Ordinal);

        var task = await factory.WithDbAsync(db => db.PlanTasks.Include(t => t.SupportingUnits)
            .Where(t => t.SolutionArea!.PlanId == planId).OrderBy(t => t.Id).FirstAsync());
        var taskUrl = $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua";
        var form = await office.GetHtmlAsync(taskUrl);
        Assert.Contains("Kế hoạch đã kết thúc nên không thể sửa.", form, StringComparison.Ordinal);

        using var edit = await office.PostFormAsync(taskUrl, taskUrl,
            TaskFields(task.SolutionAreaId, "Sửa sau khi kết thúc", task.LeadUnitId, task.SupportingUnits.Select(s => s.UnitId), "Recurring", null, "Yearly", Stamp(form)));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("Kế hoạch đã kết thúc nên không thể sửa.", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var archive = await office.PostFormAsync(planUrl, $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/luu-tru", []);
        Assert.Contains("Kế hoạch đã kết thúc nên không thể sửa.", await archive.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var area = await office.PostFormAsync(planUrl, $"{planUrl}/noi-dung/them", [new("Input.Number", "8"), new("Input.Title", "Nội dung thêm")]);
        Assert.Contains("Kế hoạch đã kết thúc nên không thể sửa.", await area.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reopen = await office.PostFormAsync(planUrl, $"{planUrl}/kich-hoat", []);
        Assert.Contains("không thể chuyển sang", await reopen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await factory.WithDbAsync(async db =>
        {
            var after = await db.PlanTasks.SingleAsync(t => t.Id == task.Id);
            Assert.Equal((task.Title, false), (after.Title, after.IsArchived));
            Assert.Equal(7, await db.SolutionAreas.CountAsync(a => a.PlanId == planId));
            return 0;
        });
    }

    [Fact]
    public async Task Office_adds_and_renames_an_area()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        var planId = await PlanIdAsync(SeedPlan);
        var addUrl = $"/quan-ly-ke-hoach/{planId}/noi-dung/them";

        using var duplicate = await office.PostFormAsync(addUrl, addUrl, [new("Input.Number", "1"), new("Input.Title", "Trùng số")]);
        Assert.Equal("Kế hoạch đã có nội dung II.1; vui lòng chọn số thứ tự khác.", PortalClient.FieldErrors(await duplicate.Content.ReadAsStringAsync())["Input.Number"]);

        using var added = await office.PostFormAsync(addUrl, addUrl, [new("Input.Number", "8"), new("Input.Title", "Chuyển đổi số")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var areaId = await factory.WithDbAsync(db => db.SolutionAreas.Where(a => a.PlanId == planId && a.Number == 8).Select(a => a.Id).SingleAsync());

        var editUrl = $"/quan-ly-ke-hoach/noi-dung/{areaId}/sua";
        var form = await office.GetHtmlAsync(editUrl);
        using var renamed = await office.PostFormAsync(editUrl, editUrl,
            [new("Input.Number", "8"), new("Input.Title", "Đẩy mạnh chuyển đổi số"), new("Input.ConcurrencyStamp", Stamp(form))]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("II.8. Đẩy mạnh chuyển đổi số", await office.GetHtmlAsync($"/quan-ly-ke-hoach/{planId}"), StringComparison.Ordinal);

        // Keep the seeded plan as the other tests and pages expect it.
        await factory.WithDbAsync(async db => await db.SolutionAreas.Where(a => a.Id == areaId).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task Office_edits_the_heading_of_a_draft_and_a_stale_form_does_not_overwrite_it()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        using var copied = await CopyAsync(office, await PlanIdAsync(SeedPlan), 2022, "11/KH-SNgV", "10/01/2022");
        var planId = await PlanIdAsync("11/KH-SNgV");
        var url = $"/quan-ly-ke-hoach/{planId}/sua";
        var form = await office.GetHtmlAsync(url);
        Assert.Contains("value=\"10/01/2022\"", form, StringComparison.Ordinal);

        List<KeyValuePair<string, string>> Heading(string title, string stamp) =>
        [
            new("Input.Number", "11/KH-SNgV"),
            new("Input.IssuedOn", "12/01/2022"),
            new("Input.IssuedAt", "Đông Hà"),
            new("Input.Title", title),
            new("Input.LegalBasis", "Căn cứ Nghị quyết số 02/NQ-CP ngày 01/01/2022 của Chính phủ;"),
            new("Input.SignerTitle", "GIÁM ĐỐC"),
            new("Input.SignerName", "Lê Văn Ký"),
            new("Input.ConcurrencyStamp", stamp),
        ];

        using var saved = await office.PostFormAsync(url, url, Heading("Kế hoạch nâng cao PCI, SIPAS năm 2022", Stamp(form)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var stale = await office.PostFormAsync(url, url, Heading("Bản cũ không được ghi đè", Stamp(form)));
        Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var plan = await factory.WithDbAsync(db => db.Plans.SingleAsync(p => p.Id == planId));
        Assert.Equal(("Kế hoạch nâng cao PCI, SIPAS năm 2022", new DateOnly(2022, 1, 12), "Đông Hà", "Lê Văn Ký"), (plan.Title, plan.IssuedOn, plan.IssuedAt, plan.SignerName));
    }

    [Fact]
    public async Task Each_plan_management_post_reads_its_plan_once()
    {
        using var office = await SignedInAsync(DemoUsers.Office);
        using var copied = await CopyAsync(office, await PlanIdAsync(SeedPlan), 2024, "21/KH-SNgV", "08/01/2024");
        var planId = await PlanIdAsync("21/KH-SNgV");
        var token = PortalClient.AntiforgeryToken(await office.GetHtmlAsync($"/quan-ly-ke-hoach/{planId}"));
        var units = await factory.WithDbAsync(db => db.Units.OrderBy(u => u.SortOrder).Select(u => u.Id).ToListAsync());

        async Task<IReadOnlyList<string>> PlanReadsAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
        {
            using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
            HttpResponseMessage? response = null;
            var commands = await factory.RecordQueriesAsync(async () => response = await office.PostAsync(url, content));
            using (response)
            {
                Assert.Equal(HttpStatusCode.Redirect, response!.StatusCode);
            }

            return [.. commands.Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && c.Contains("\"Plans\"", StringComparison.Ordinal))];
        }

        var heading = await office.GetHtmlAsync($"/quan-ly-ke-hoach/{planId}/sua");
        // The plan itself, and whether another plan already has the number.
        Assert.Collection(await PlanReadsAsync($"/quan-ly-ke-hoach/{planId}/sua",
        [
            new("Input.Number", "21/KH-SNgV"), new("Input.IssuedOn", "09/01/2024"), new("Input.IssuedAt", "Đông Hà"),
            new("Input.Title", "Kế hoạch nâng cao chỉ số PCI và SIPAS năm 2024"), new("Input.ConcurrencyStamp", Stamp(heading)),
        ]), plan => Assert.Contains("\"p\".\"Id\" = @", plan, StringComparison.Ordinal), otherPlans => Assert.Contains("\"p\".\"Id\" <> @", otherPlans, StringComparison.Ordinal));

        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/{planId}/noi-dung/them", [new("Input.Number", "8"), new("Input.Title", "Chuyển đổi số")]));
        var areaId = await factory.WithDbAsync(db => db.SolutionAreas.Where(a => a.PlanId == planId && a.Number == 8).Select(a => a.Id).SingleAsync());
        var areaForm = await office.GetHtmlAsync($"/quan-ly-ke-hoach/noi-dung/{areaId}/sua");
        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/noi-dung/{areaId}/sua",
            [new("Input.Number", "8"), new("Input.Title", "Đẩy mạnh chuyển đổi số"), new("Input.ConcurrencyStamp", Stamp(areaForm))]));

        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/{planId}/nhiem-vu/them",
            TaskFields(areaId, "Số hóa hồ sơ lưu trữ", units[1], [units[2]], "OneOff", "30/11/2024", null, null)));
        var taskId = await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.SolutionAreaId == areaId).Select(t => t.Id).SingleAsync());
        var taskForm = await office.GetHtmlAsync($"/quan-ly-ke-hoach/nhiem-vu/{taskId}/sua");
        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/nhiem-vu/{taskId}/sua",
            TaskFields(areaId, "Số hóa toàn bộ hồ sơ lưu trữ", units[1], [units[2], units[3]], "OneOff", "15/12/2024", null, Stamp(taskForm))));

        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/nhiem-vu/{taskId}/luu-tru", []));
        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/nhiem-vu/{taskId}/bo-luu-tru", []));
        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/nhiem-vu/{taskId}/xoa", []));
        Assert.Single(await PlanReadsAsync($"/quan-ly-ke-hoach/{planId}/kich-hoat", []));
        Assert.Equal(PlanStatus.Active, await factory.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.ConsularStaff)]
    [InlineData(DemoUsers.Leadership)]
    [InlineData(DemoUsers.Administrator)]
    public async Task Only_the_Office_opens_plan_management(string email)
    {
        using var client = await SignedInAsync(email);
        var planId = await PlanIdAsync(SeedPlan);
        var task = await SeedTaskAsync(area: 1, number: 1);

        foreach (var url in new[] { "/quan-ly-ke-hoach", "/quan-ly-ke-hoach/tao-moi", $"/quan-ly-ke-hoach/{planId}", $"/quan-ly-ke-hoach/{planId}/sua", $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/sua", $"/quan-ly-ke-hoach/noi-dung/{task.AreaId}/sua" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var post = await client.PostFormAsync("/tong-quan", $"/quan-ly-ke-hoach/nhiem-vu/{task.Id}/luu-tru", []);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.IsArchived).SingleAsync()));
        Assert.DoesNotContain("href=\"/quan-ly-ke-hoach\"", await client.GetHtmlAsync("/tong-quan"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);
        return client;
    }

    private static Task<HttpResponseMessage> CopyAsync(HttpClient office, int sourceId, int year, string number, string issuedOn, params (string Name, string Value)[] more) =>
        office.PostFormAsync("/quan-ly-ke-hoach/tao-moi", "/quan-ly-ke-hoach/tao-moi",
        [
            new("Input.SourcePlanId", sourceId.ToString()),
            new("Input.Year", year.ToString()),
            new("Input.Number", number),
            new("Input.IssuedOn", issuedOn),
            new("Input.Title", $"Kế hoạch nâng cao chỉ số PCI và SIPAS năm {year}"),
            .. more.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
        ]);

    private Task<int> PlanIdAsync(string number) =>
        factory.WithDbAsync(db => db.Plans.Where(p => p.Number == number).Select(p => p.Id).SingleAsync());

    private Task<string> UserIdAsync(string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<SeedTask> SeedTaskAsync(int area, int number) =>
        factory.WithDbAsync(db => db.PlanTasks
            .Where(t => t.SolutionArea!.Plan!.Number == SeedPlan && t.SolutionArea.Number == area && t.Number == number)
            .Select(t => new SeedTask(t.Id, t.SolutionArea!.PlanId, t.SolutionAreaId, t.Title, t.LeadUnitId, t.SupportingUnits.Select(s => s.UnitId).ToList()))
            .SingleAsync());

    private static Task<Plan> LoadPlanAsync(PortalDbContext db, int id) =>
        db.Plans.AsNoTracking()
            .Include(p => p.Provisions)
            .Include(p => p.Areas.OrderBy(a => a.Number)).ThenInclude(a => a.Tasks).ThenInclude(t => t.SupportingUnits)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == id);

    private static string Stamp(string html) => WebUtility.HtmlDecode(StampPattern().Match(html).Groups[1].Value);

    internal static List<KeyValuePair<string, string>> TaskFields(
        int areaId, string title, int leadUnitId, IEnumerable<int> supporting, string schedule, string? dueOn, string? frequency, string? stamp)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.AreaId", areaId.ToString()),
            new("Input.Title", title),
            new("Input.LeadUnitId", leadUnitId.ToString()),
            new("Input.Schedule", schedule),
            new("Input.DueOn", dueOn ?? ""),
            new("Input.ReportingFrequency", frequency ?? ""),
            new("Input.ConcurrencyStamp", stamp ?? ""),
        };
        fields.AddRange(supporting.Select(id => new KeyValuePair<string, string>("Input.SupportingUnitIds", id.ToString())));
        return fields;
    }

    [GeneratedRegex("name=\"Input.ConcurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampPattern();

    private sealed record SeedTask(int Id, int PlanId, int AreaId, string Title, int LeadUnitId, List<int> Supporting);
}
