using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class AuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_seed_is_recorded_as_changes_made_by_the_system()
    {
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == null && a.Action == AuditAction.Added).ToListAsync());

        var plan = Assert.Single(entries, a => a.EntityType == nameof(Plan));
        Assert.Contains(new AuditChange("Number", null, "95/KH-SNgV"), AuditChange.Deserialize(plan.Changes));
        Assert.Equal(20, entries.Count(a => a.EntityType == nameof(PlanTask)));
        Assert.All(entries, a => Assert.Matches("^[0-9]+(/[0-9]+)?$", a.EntityId));
        Assert.Contains(entries, a => a.EntityType == nameof(PlanTaskSupportingUnit) && a.EntityId.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_synchronous_save_outside_a_request_is_recorded_too_and_a_save_without_real_changes_is_not()
    {
        await factory.WithServicesAsync(services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var task = db.PlanTasks.OrderBy(t => t.Id).Skip(5).First();
            task.ExpectedOutput = "Báo cáo kết quả (lưu đồng bộ)";
            db.SaveChanges();
            task.ConcurrencyStamp = Guid.NewGuid();
            db.SaveChanges();
            return Task.CompletedTask;
        });

        var entries = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(PlanTask) && a.Action == AuditAction.Modified && a.Changes.Contains("lưu đồng bộ"))
            .ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Null(entry.UserId);
        Assert.Equal([new AuditChange("ExpectedOutput", null, "Báo cáo kết quả (lưu đồng bộ)")], AuditChange.Deserialize(entry.Changes));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == entry.EntityId && a.Action == AuditAction.Modified && a.Id > entry.Id)));
    }

    [Fact]
    public async Task The_log_filters_by_record_type_user_and_days_newest_first()
    {
        using var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var officeId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Office).Select(u => u.Id).SingleAsync());
        var area = await factory.WithDbAsync(db => db.SolutionAreas.OrderBy(a => a.Id).Select(a => new { a.Id, a.Number, a.Title }).FirstAsync());
        var url = $"/quan-ly-ke-hoach/noi-dung/{area.Id}/sua";
        var form = await office.GetHtmlAsync(url);
        var stamp = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        using var saved = await office.PostFormAsync(url, url,
            [new("Input.Number", area.Number.ToString()), new("Input.Title", "Tên nội dung đổi để thử nhật ký"), new("Input.ConcurrencyStamp", stamp)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")));
        string Day(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var byArea = await office.GetHtmlAsync($"/nhat-ky?entityType=SolutionArea&userId={officeId}&from={Day(today)}&to={Day(today)}");
        Assert.Contains("Tên nội dung đổi để thử nhật ký", byArea, StringComparison.Ordinal);
        Assert.Contains(area.Title, byArea, StringComparison.Ordinal);
        Assert.Contains("Tên nội dung", byArea, StringComparison.Ordinal);
        Assert.Contains("Trần Văn Phòng", byArea, StringComparison.Ordinal);

        var byTask = await office.GetHtmlAsync($"/nhat-ky?entityType=PlanTask&userId={officeId}");
        Assert.DoesNotContain("Tên nội dung đổi để thử nhật ký", byTask, StringComparison.Ordinal);

        var yesterday = await office.GetHtmlAsync($"/nhat-ky?userId={officeId}&to={Day(today.AddDays(-1))}");
        Assert.Contains("Không có thay đổi nào phù hợp.", yesterday, StringComparison.Ordinal);

        var bySystem = await office.GetHtmlAsync("/nhat-ky?entityType=Plan&userId=he-thong");
        Assert.Contains("95/KH-SNgV", bySystem, StringComparison.Ordinal);
        Assert.Contains("Hệ thống", bySystem, StringComparison.Ordinal);
        Assert.DoesNotContain("Tên nội dung đổi để thử nhật ký", bySystem, StringComparison.Ordinal);

        // Newest first, paginated: the first page of everything starts with the latest change.
        var all = await office.GetHtmlAsync("/nhat-ky");
        Assert.Contains("Tên nội dung đổi để thử nhật ký", all, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Phân trang\"", all, StringComparison.Ordinal);
        var second = await office.GetHtmlAsync("/nhat-ky?page=2");
        Assert.DoesNotContain("Tên nội dung đổi để thử nhật ký", second, StringComparison.Ordinal);

        using var bad = await office.GetAsync("/nhat-ky?from=32/13/2020&to=01/01/2019");
        var errors = PortalClient.FieldErrors(await bad.Content.ReadAsStringAsync());
        Assert.Equal("Từ ngày phải có dạng ngày/tháng/năm, ví dụ 01/01/2020.", errors["From"]);
    }

    [Theory]
    [InlineData(DemoUsers.Office, HttpStatusCode.OK)]
    [InlineData(DemoUsers.Administrator, HttpStatusCode.OK)]
    [InlineData(DemoUsers.Leadership, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.ConsularStaff, HttpStatusCode.Forbidden)]
    public async Task Only_the_Office_and_administrators_read_the_log(string email, HttpStatusCode expected)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);

        using var response = await client.GetAsync("/nhat-ky");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, (await client.GetHtmlAsync("/tong-quan")).Contains("href=\"/nhat-ky\"", StringComparison.Ordinal));
    }
}
