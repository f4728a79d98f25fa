using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Pci;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The home page's figures as a person reads them, and the rows of the lists their links open.</summary>
internal static partial class HomePage
{
    /// <summary>Every figure with a link on the page, by its data-todo key: the count shown and the address it opens.</summary>
    public static Dictionary<string, (int Count, string Url)> Todos(string html) =>
        TodoCard().Matches(html).Concat(TodoInline().Matches(html))
            .ToDictionary(m => m.Groups["key"].Value, m => (int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture), WebUtility.HtmlDecode(m.Groups["url"].Value)));

    /// <summary>The rows of the table with <paramref name="tableClass"/> (0 when the page shows none).</summary>
    public static int Rows(string html, string tableClass)
    {
        var table = Regex.Match(html, $"<table class=\"[^\"]*\\b{Regex.Escape(tableClass)}\\b[^\"]*\"[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>");
        return table.Success ? Regex.Count(table.Groups[1].Value, "<tr[ >]") : 0;
    }

    /// <summary>"Hiển thị a–b trên tổng số N." under a paged list: asserts the list fits one page, so its rows are all the rows.</summary>
    public static void AssertOnePage(string html, int rows)
    {
        var total = Regex.Match(html, "trên tổng số (\\d+)\\.");
        if (total.Success)
        {
            Assert.Equal(rows, int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex("href=\"(?<url>[^\"]+)\" data-todo=\"(?<key>[^\"]+)\">\\s*<span class=\"card-body[^\"]*\">\\s*<span class=\"todo-count\">(?<count>\\d+)</span>")]
    private static partial Regex TodoCard();

    [GeneratedRegex("href=\"(?<url>[^\"]+)\" data-todo=\"(?<key>(?:unit-\\d+|all))\">(?:<span class=\"todo-count-inline\">|<svg [^>]*>.*?</svg> Nhiệm vụ của đơn vị \\()(?<count>\\d+)")]
    private static partial Regex TodoInline();
}

public sealed partial class StaffHomeTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task Staff_home_counts_the_tasks_to_report_the_returned_updates_and_the_drafts_and_each_link_lists_exactly_those()
    {
        var consular = await factory.UnitIdAsync("LS");
        var led = await factory.WithDbAsync(db => db.PlanTasks
            .Where(t => (t.LeadUnitId == consular || t.SupportingUnits.Any(s => s.UnitId == consular)) && t.SolutionArea!.Plan!.Number == "95/KH-SNgV"
                && (t.ReportingFrequency == null || t.ReportingFrequency == ReportingFrequency.Quarterly))
            .OrderBy(t => t.SolutionArea!.Number).ThenBy(t => t.Number).Select(t => t.Id).Take(3).ToListAsync());
        using var staff = await factory.SignedInClientAsync(DemoUsers.ConsularStaff);
        using var office = await factory.SignedInClientAsync(DemoUsers.Office);

        // A draft not sent; an update the Office returned; a task reported for both quarters open on 20/05 (Q1 and Q2).
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostProgressAsync(led[0], "draft", "10", "InProgress", "Đang soạn.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostProgressAsync(led[1], "submit", "20", "InProgress", "Đã làm một phần.")).StatusCode);
        var returnedId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == led[1]).Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await office.ReviewAsync(returnedId, "return", "Đề nghị bổ sung số liệu.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostProgressAsync(led[2], "submit", "30", "InProgress", "Quý I.", periodStart: "2018-12-15")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostProgressAsync(led[2], "submit", "40", "InProgress", "Quý II.", periodStart: "2019-03-15")).StatusCode);

        var todos = HomePage.Todos(await staff.GetHtmlAsync("/tong-quan"));
        Assert.Equal(1, todos["returned"].Count);
        Assert.Equal(1, todos["draft"].Count);
        Assert.Equal(todos["all"].Count - 1, todos["due"].Count); // every task but the one reported for both quarters

        foreach (var key in new[] { "all", "due", "returned", "draft" })
        {
            var list = await staff.GetHtmlAsync(todos[key].Url);
            var rows = HomePage.Rows(list, "unit-task-list");
            Assert.True(rows == todos[key].Count, $"{key}: the home page says {todos[key].Count}, {todos[key].Url} lists {rows}");
            HomePage.AssertOnePage(list, rows);
        }

        // The SQL filter and the badge each row computes with the calendar agree: "Cần báo cáo" on exactly the due rows.
        var all = await staff.GetHtmlAsync(todos["all"].Url);
        Assert.Equal(todos["due"].Count, Regex.Count(all, "task-due\">Cần báo cáo"));
        var code = WebUtility.UrlEncode(await CodeOfAsync(led[2]));
        Assert.Equal(1, HomePage.Rows(await staff.GetHtmlAsync($"/nhiem-vu?q={code}"), "unit-task-list"));
        Assert.Equal(0, HomePage.Rows(await staff.GetHtmlAsync($"/nhiem-vu?due=true&q={code}"), "unit-task-list"));
    }

    [Theory]
    [InlineData("?q=hop+phap+hoa")]
    [InlineData("?sort=DueOn&desc=true")]
    [InlineData("?status=NotStarted&sort=Percent")]
    public async Task The_Excel_export_of_the_staff_list_has_the_rows_of_the_page_in_the_same_order(string query)
    {
        using var staff = await factory.SignedInClientAsync(DemoUsers.ConsularStaff);

        var page = await staff.GetHtmlAsync("/nhiem-vu" + query);
        var codes = TaskCode().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(codes);
        // "Xuất Excel" on the page carries the page's filters and order.
        var link = WebUtility.HtmlDecode(ExportLink().Match(page).Groups[1].Value);
        Assert.StartsWith("/nhiem-vu/xuat-excel", link, StringComparison.Ordinal);

        using var export = await staff.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        var rows = ReportFiles.SheetRows(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal("Mục", rows[0][0]);
        Assert.Equal(codes, rows.Skip(1).Select(r => r[0]).ToList());
    }

    [GeneratedRegex("class=\"btn btn-outline-success btn-sm export-xlsx\" href=\"([^\"]+)\"")]
    private static partial Regex ExportLink();

    [GeneratedRegex("<td class=\"text-nowrap task-card-head task-code\">([^<]+)</td>")]
    private static partial Regex TaskCode();

    private async Task<string> CodeOfAsync(int taskId)
    {
        var task = await factory.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == taskId).Select(t => new { Area = t.SolutionArea!.Number, t.Number }).SingleAsync());
        return PlanTask.CodeOf(task.Area, task.Number);
    }
}

public sealed class OfficeHomeTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task Office_home_counts_its_queue_and_each_link_lists_exactly_that_many_rows()
    {
        using var staff = await factory.SignedInClientAsync(DemoUsers.ConsularStaff);
        using var office = await factory.SignedInClientAsync(DemoUsers.Office);
        using var leader = await factory.SignedInClientAsync(DemoUsers.Leadership);

        // One update waiting for review (Q1, the quarter being reported on 20/05), one report the Leadership returned.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostProgressAsync(await factory.TaskIdAsync(4, 2), "submit", "30", "InProgress", "Đã rà soát.")).StatusCode);
        var planId = await factory.SeededPlanIdAsync();
        var reportId = await office.CreateQuarterlyReportAsync(planId, 2019, 1);
        await office.SubmitReportAsync(reportId);
        await ReportClient.ReturnAsync(leader, reportId, "Đề nghị bổ sung số liệu khảo sát.");

        var home = await office.GetHtmlAsync("/tong-quan");
        var todos = HomePage.Todos(home);
        Assert.Equal(1, todos["review"].Count);
        Assert.Equal(1, todos["returned-reports"].Count);
        // Due in Q1: every task but the yearly one (due in December); all of them lack a Q1 update but the one just sent.
        var dueInQ1 = await factory.WithDbAsync(db => db.PlanTasks.CountAsync(t => t.SolutionArea!.Plan!.Number == "95/KH-SNgV" && !t.IsArchived
            && (t.ReportingFrequency == null || t.ReportingFrequency == ReportingFrequency.Quarterly || t.ReportingFrequency == ReportingFrequency.Monthly)));
        Assert.Equal(dueInQ1 - 1, todos["no-update"].Count);
        Assert.Contains("Đơn vị chưa báo cáo Quý I/2019", home, StringComparison.Ordinal);

        var tables = new Dictionary<string, string> { ["review"] = "review-queue", ["late"] = "overview-tasks", ["at-risk"] = "overview-tasks", ["no-update"] = "overview-tasks", ["returned-reports"] = "report-list" };
        foreach (var (key, table) in tables)
        {
            var list = await office.GetHtmlAsync(todos[key].Url);
            var rows = HomePage.Rows(list, table);
            Assert.True(rows == todos[key].Count, $"{key}: the home page says {todos[key].Count}, {todos[key].Url} lists {rows}");
            HomePage.AssertOnePage(list, rows);
        }

        // The units that have not reported, each with its missing tasks: together, the "no update" figure.
        var units = todos.Where(t => t.Key.StartsWith("unit-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(units);
        Assert.Equal(todos["no-update"].Count, units.Sum(u => u.Value.Count));
        foreach (var (key, (count, url)) in units)
        {
            Assert.True(HomePage.Rows(await office.GetHtmlAsync(url), "overview-tasks") == count, $"{key}: {count} on the home page");
        }

        // Charts with their figures as tables: progress per area and per unit, per quarter.
        Assert.Contains("id=\"bieu-do-noi-dung\"", home, StringComparison.Ordinal);
        Assert.Contains("id=\"bieu-do-don-vi\"", home, StringComparison.Ordinal);
        Assert.Contains("id=\"bieu-do-quy\"", home, StringComparison.Ordinal);
        Assert.Equal(7, HomePage.Rows(home, "progress-by-area"));
    }
}

public sealed class LeadershipHomeTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task Leadership_home_counts_the_reports_to_approve_shows_progress_per_area_and_unit_and_the_latest_PCI()
    {
        using var office = await factory.SignedInClientAsync(DemoUsers.Office);
        using var leader = await factory.SignedInClientAsync(DemoUsers.Leadership);
        using var staff = await factory.SignedInClientAsync(DemoUsers.ConsularStaff);
        await ReportClient.AcceptedUpdateAsync(staff, office, await factory.TaskIdAsync(4, 2), "40", "InProgress", "Đã rà soát quy trình.");
        var planId = await factory.SeededPlanIdAsync();
        await office.SubmitReportAsync(await office.CreateQuarterlyReportAsync(planId, 2019, 1));

        var home = await leader.GetHtmlAsync("/tong-quan");
        var todos = HomePage.Todos(home);
        Assert.Equal(1, todos["waiting-reports"].Count);
        var waiting = await leader.GetHtmlAsync(todos["waiting-reports"].Url);
        Assert.Equal(1, HomePage.Rows(waiting, "report-list"));

        // Each area's and unit's task count links to the tracking page's rows of it.
        var groups = Regex.Matches(home, "<a href=\"([^\"]+)\" data-todo=\"group\" aria-label=\"[^\"]*\">(\\d+)</a>");
        Assert.True(groups.Count >= 7 + 1, "a task count per area and per unit");
        var areaTotal = 0;
        foreach (Match group in groups)
        {
            var url = WebUtility.HtmlDecode(group.Groups[1].Value);
            var count = int.Parse(group.Groups[2].Value, CultureInfo.InvariantCulture);
            Assert.True(HomePage.Rows(await leader.GetHtmlAsync(url), "overview-tasks") == count, $"{url}: {count} on the home page");
            areaTotal += url.Contains("areaId=", StringComparison.Ordinal) ? count : 0;
        }

        Assert.Equal(20, areaTotal);

        // The one accepted update moves the quarter's average: 40 % of one task among 20 is 2 %.
        Assert.Matches("<th scope=\"row\" class=\"fw-normal\">Quý I/2019</th><td class=\"text-end\">2%</td><td class=\"text-end\">1</td>", home);

        var latest = await PciAsync();
        Assert.NotNull(latest);
        Assert.Contains($"leadership-pci\">{latest.Published.ToString("0.00", CultureInfo.GetCultureInfo("vi-VN"))}<", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leadership_home_shows_the_latest_SIPAS_index_and_a_chart_of_it_per_quarter_with_its_table()
    {
        // The latest round: ten responses in Q1/2019 satisfied on every criterion, ten in Q2 on none.
        var questionnaireId = await factory.WithDbAsync(db => db.Questionnaires.OrderBy(q => q.Id).Select(q => q.Id).FirstAsync());
        var criteria = await factory.WithDbAsync(db => db.Criteria.Where(c => db.SurveyElements.Any(e => e.Id == c.SurveyElementId && e.QuestionnaireId == questionnaireId))
            .Select(c => c.Id).ToListAsync());
        var procedureId = await factory.WithDbAsync(db => db.Procedures.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        await factory.WithDbAsync(async db =>
        {
            var round = new SurveyRound
            {
                QuestionnaireId = questionnaireId, Name = "Đợt thử trang chủ", Slug = "thu-trang-chu", OpensOn = new DateOnly(2019, 5, 1), ClosesOn = new DateOnly(2019, 12, 31),
                Procedures = [new SurveyRoundProcedure { AdministrativeProcedureId = procedureId }],
            };
            db.SurveyRounds.Add(round);
            await db.SaveChangesAsync();
            for (var i = 0; i < 20; i++)
            {
                var day = i < 10 ? new DateOnly(2019, 2, 1) : new DateOnly(2019, 4, 1);
                var quarter = ReportingPeriod.Containing(day, ReportingFrequency.Quarterly);
                var score = i < 10 ? 5 : 2;
                db.SurveyResponses.Add(new SurveyResponse
                {
                    SurveyRoundId = round.Id, QuestionnaireId = questionnaireId, AdministrativeProcedureId = procedureId, ReferenceNumber = $"H{i:D6}", FormToken = $"H-{i:D6}",
                    Channel = SurveyChannel.Paper, SubmittedAtUtc = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), SubmittedOn = day,
                    ReportingYear = quarter.ReportingYear, ReportingQuarter = quarter.QuarterNumber, OverallScore = score, Decision = SurveyDecision.Counted,
                    Answers = criteria.Select(c => new SurveyAnswer { CriterionId = c, Score = score }).ToList(),
                });
            }

            return await db.SaveChangesAsync();
        });

        using var leader = await factory.SignedInClientAsync(DemoUsers.Leadership);
        var home = await leader.GetHtmlAsync("/tong-quan");
        Assert.Contains("leadership-sipas\">50,00%<", home, StringComparison.Ordinal);
        Assert.Contains("Đợt thử trang chủ", home, StringComparison.Ordinal);
        Assert.Contains("id=\"bieu-do-sipas\"", home, StringComparison.Ordinal);
        Assert.Equal(2, HomePage.Rows(home, "sipas-by-quarter"));
        Assert.Contains("<th scope=\"row\" class=\"fw-normal\">Quý I/2019</th><td class=\"text-end\">100,00%</td><td class=\"text-end\">10</td>", home, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"fw-normal\">Quý II/2019</th><td class=\"text-end\">0,00%</td><td class=\"text-end\">10</td>", home, StringComparison.Ordinal);
    }

    private async Task<PciRecordYear?> PciAsync()
    {
        PciRecordYear? latest = null;
        await factory.WithServicesAsync(async services =>
        {
            var record = await services.GetRequiredService<PciRecordQuery>().ReadAsync(CancellationToken.None);
            latest = record.Years.Count > 0 ? record.Years[^1] : null;
        });
        return latest;
    }
}

public sealed class HomeQueryCountTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task The_home_pages_and_the_staff_list_run_the_same_number_of_queries_for_20_or_220_tasks()
    {
        using var office = await factory.SignedInClientAsync(DemoUsers.Office);
        using var staff = await factory.SignedInClientAsync(DemoUsers.ConsularStaff);
        string[] pages = ["/tong-quan", "/nhiem-vu?due=true&sort=LatestReport", "/nhiem-vu/xuat-excel?due=true"];
        async Task<int[]> CountAsync() =>
        [
            await factory.CountQueriesAsync(() => office.GetHtmlAsync(pages[0])),
            await factory.CountQueriesAsync(() => staff.GetHtmlAsync(pages[0])),
            await factory.CountQueriesAsync(() => staff.GetHtmlAsync(pages[1])),
            await factory.CountQueriesAsync(() => staff.GetAsync(pages[2])),
        ];
        await CountAsync(); // warm up

        var before = await CountAsync();
        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<SNgV.Portal.Web.Data.PortalDbContext>();
            var area = await db.SolutionAreas.Include(a => a.Plan).FirstAsync(a => a.Number == 4 && a.Plan!.Number == "95/KH-SNgV");
            var unitId = await db.Units.Where(u => u.Code == "LS").Select(u => u.Id).SingleAsync();
            for (var i = 0; i < 200; i++)
            {
                var task = new PlanTask { SolutionAreaId = area.Id, Number = 100 + i, Title = $"Thủ tục bổ sung {i}", LeadUnitId = unitId, ReportingFrequency = ReportingFrequency.Quarterly };
                TaskSchedulePolicy.Apply(task, area.Plan!.Year);
                db.PlanTasks.Add(task);
            }

            await db.SaveChangesAsync();
        });
        var after = await CountAsync();

        Assert.Equal(before, after);
        Assert.Contains("trên tổng số 209", await staff.GetHtmlAsync("/nhiem-vu"), StringComparison.Ordinal);
    }
}
