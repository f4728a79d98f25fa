using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class SeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Plan_95_is_seeded_as_the_document_has_it()
    {
        var plan = await factory.WithDbAsync(db => db.Plans.Include(p => p.Provisions).SingleAsync(p => p.Number == "95/KH-SNgV"));

        Assert.Equal(new DateOnly(2019, 1, 30), plan.IssuedOn);
        Assert.Equal(2019, plan.Year);
        Assert.Equal("Quảng Trị", plan.IssuedAt);
        Assert.Equal("Duy trì nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) năm 2019", plan.Title);
        Assert.Equal("Trần Khánh Phôi", plan.SignerName);
        Assert.Equal("PHÓ GIÁM ĐỐC PHỤ TRÁCH", plan.SignerTitle);
        Assert.StartsWith("Thực hiện Công văn số 5270/UBND-TM ngày 21 tháng 11 năm 2018", plan.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("Căn cứ Quyết định số 1423/QĐ-SNgV ngày 28/12/2018", plan.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(3, plan.Provisions.Count(p => p.Kind == PlanProvisionKind.Purpose));
        Assert.Equal(3, plan.Provisions.Count(p => p.Kind == PlanProvisionKind.Requirement));
        Assert.Equal(2, plan.Provisions.Count(p => p.Kind == PlanProvisionKind.Implementation));
        Assert.Contains(plan.Provisions, p => p.Kind == PlanProvisionKind.Implementation && p.Text.StartsWith("Giao Văn phòng Sở theo dõi, đôn đốc", StringComparison.Ordinal));
        Assert.Equal(
            ["UBND tỉnh", "Sở KH&ĐT", "Sở Nội vụ", "các PGĐ", "Các phòng chuyên môn, đơn vị thuộc Sở", "Công thông tin điện tử Sở", "Lưu VT, VP"],
            plan.Provisions.Where(p => p.Kind == PlanProvisionKind.Recipient).OrderBy(p => p.SortOrder).Select(p => p.Text));
    }

    [Fact]
    public async Task Every_area_and_every_bullet_of_the_document_is_seeded_verbatim()
    {
        var document = PlanDocumentParser.Areas();
        var seeded = await factory.WithDbAsync(db => db.SolutionAreas
            .Where(a => a.Plan!.Number == "95/KH-SNgV")
            .OrderBy(a => a.Number)
            .Select(a => new { a.Number, a.Title, Tasks = a.Tasks.OrderBy(t => t.Number).Select(t => t.Title).ToList() })
            .ToListAsync());

        Assert.Equal(7, document.Count);
        Assert.Equal(document.Select(a => (a.Number, a.Title)), seeded.Select(a => (a.Number, a.Title)));
        Assert.Equal([1, 3, 4, 3, 4, 1, 4], seeded.Select(a => a.Tasks.Count));
        foreach (var (expected, actual) in document.Zip(seeded))
        {
            Assert.Equal(expected.Tasks, actual.Tasks);
        }
    }

    [Fact]
    public async Task Every_task_has_a_lead_unit_and_a_schedule()
    {
        var tasks = await factory.WithDbAsync(db => db.PlanTasks.Include(t => t.LeadUnit).ToListAsync());

        Assert.Equal(20, tasks.Count);
        Assert.All(tasks, t => Assert.NotNull(t.LeadUnit));
        Assert.All(tasks.Where(t => t.Schedule == TaskSchedule.OneOff), t => Assert.NotNull(t.DueOn));
        Assert.All(tasks.Where(t => t.Schedule == TaskSchedule.Recurring), t => Assert.NotNull(t.ReportingFrequency));
    }

    [Fact]
    public async Task The_six_units_of_the_department_are_seeded_in_order()
    {
        var units = await factory.WithDbAsync(db => db.Units.OrderBy(u => u.SortOrder).Select(u => u.Code + " " + u.Name).ToListAsync());

        Assert.Equal(
            ["VP Văn phòng Sở", "TTr Thanh tra Sở", "LS Phòng Lãnh sự", "HTQT Phòng Hợp tác quốc tế", "BG Phòng Biên giới", "TTDV Trung tâm Dịch vụ đối ngoại"],
            units);
    }
}

/// <summary>Starting the portal again on the same database must not add anything.</summary>
public sealed class SeedIdempotenceTests
{
    [Fact]
    public async Task Restarting_twice_leaves_every_count_unchanged()
    {
        using var directory = new TempDataDirectory("restart");

        var first = await CountsAfterStartAsync(directory.Path);
        var second = await CountsAfterStartAsync(directory.Path);
        var third = await CountsAfterStartAsync(directory.Path);

        Assert.Equal((6, 4, 5, 1, 7, 20, 37), first);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    private static async Task<(int Units, int Roles, int Users, int Plans, int Areas, int Tasks, int Supporting)> CountsAfterStartAsync(string directory)
    {
        await using var factory = PortalFactory.OnExistingData(directory);
        using var client = factory.CreatePortalClient();
        await client.GetHtmlAsync("/");
        return await factory.WithDbAsync(async db => (
            await db.Units.CountAsync(),
            await db.Roles.CountAsync(),
            await db.Users.CountAsync(),
            await db.Plans.CountAsync(),
            await db.SolutionAreas.CountAsync(),
            await db.PlanTasks.CountAsync(),
            await db.Set<PlanTaskSupportingUnit>().CountAsync()));
    }
}
