using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.DataGeneration;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Surveys;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary><c>data generate</c> on a real SQLite database, then the pages that read the generated volumes.</summary>
public sealed class DataGeneratorTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task Generated_data_has_the_asked_volumes_keeps_the_domain_rules_and_the_pages_and_a_Q1_report_read_it()
    {
        var before = await _factory.WithDbAsync(async db => new
        {
            Tasks = await db.PlanTasks.CountAsync(),
            Audit = await db.AuditEntries.CountAsync(),
        });

        var (exitCode, output) = await RunAsync("data", "generate", "--tasks", "30", "--updates", "200", "--responses", "300", "--dossiers", "100");

        Assert.True(exitCode == 0, output);
        Assert.Contains("30 nhiệm vụ, 200 báo cáo tiến độ", output, StringComparison.Ordinal);
        Assert.Contains("300 phiếu khảo sát, 6.600 câu trả lời (đợt 2019-thu-tai)", output, StringComparison.Ordinal);
        await _factory.WithDbAsync(async db =>
        {
            Assert.Equal(before.Tasks + 30, await db.PlanTasks.CountAsync());
            Assert.Equal(7, await db.PlanTasks.Where(t => t.Updates.Any()).Select(t => t.SolutionAreaId).Distinct().CountAsync());
            Assert.Equal(200, await db.ProgressUpdates.CountAsync());
            Assert.Equal(300, await db.SurveyResponses.CountAsync());
            Assert.Equal(300 * 22, await db.SurveyAnswers.CountAsync());
            Assert.Equal(100, await db.Dossiers.CountAsync());

            // Generated records are not audited.
            Assert.Equal(before.Audit, await db.AuditEntries.CountAsync());

            // Most updates accepted; about 10 % of the answers "không áp dụng".
            Assert.InRange(await db.ProgressUpdates.CountAsync(u => u.State == ProgressUpdateState.Accepted), 150, 199);
            Assert.InRange(await db.SurveyAnswers.CountAsync(a => a.Score == null), 6600 * 6 / 100, 6600 * 14 / 100);
            Assert.False(await db.SurveyAnswers.AnyAsync(a => a.Score < 1 || a.Score > 5));

            // The reporting quarter is the one of the submission day (cut-off of Decree 09/2019).
            var responses = await db.SurveyResponses.Select(r => new { r.SubmittedOn, r.ReportingYear, r.ReportingQuarter }).ToListAsync();
            Assert.All(responses, r => Assert.Equal(ReportingPeriod.Containing(r.SubmittedOn, ReportingFrequency.Quarterly), ReportingPeriod.Quarter(r.ReportingYear, r.ReportingQuarter)));
            Assert.Equal(4, responses.Select(r => r.ReportingQuarter).Distinct().Count());

            // A task's figures are those of its lead unit's latest accepted update.
            var tasks = await db.PlanTasks.Where(t => t.Updates.Any()).Select(t => new
            {
                t.CurrentPercent,
                Latest = t.Updates.Where(u => u.UnitId == t.LeadUnitId && u.State == ProgressUpdateState.Accepted)
                    .OrderByDescending(u => u.PeriodStart).Select(u => (int?)u.Percent).FirstOrDefault(),
            }).ToListAsync();
            Assert.All(tasks, t => Assert.Equal(t.Latest ?? 0, t.CurrentPercent));

            // Dossiers: finished ones have a completion day; results counted in working days; due dates after receipt.
            var dossiers = await db.Dossiers.Include(d => d.Pauses).Include(d => d.Transitions).ToListAsync();
            Assert.All(dossiers, d =>
            {
                Assert.True(d.DueOn >= d.ReceivedOn);
                Assert.Equal(DossierWorkflow.IsFinished(d.Status), d.CompletedOn is not null);
                Assert.Equal(d.Status is DossierStatus.ResultReady or DossierStatus.Returned, d.ProcessingWorkingDays is not null);
                Assert.Equal(d.Status, d.Transitions.OrderBy(t => t.AtUtc).Last().ToStatus);
                Assert.All(d.Pauses, p => Assert.True(p.EndedOn > p.StartedOn));
            });
            Assert.Equal(dossiers.Count(d => d.Status == DossierStatus.Returned), await db.SurveyInvitations.CountAsync());
            return true;
        });

        using var office = _factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var roundId = await _factory.WithDbAsync(db => db.SurveyRounds.Where(r => r.Slug == "2019-thu-tai").Select(r => r.Id).SingleAsync());
        Assert.Contains("survey-sipas", await office.GetHtmlAsync($"/ket-qua-khao-sat/chi-tiet?dot={roundId}"), StringComparison.Ordinal);
        await office.GetHtmlAsync("/theo-doi");
        await office.GetHtmlAsync("/mot-cua/thong-ke?tu=2019-01-01&den=2019-12-31");

        // The Q1/2019 report assembles over the generated data, and its print view shows a task reported in the cut-off.
        var reported = await _factory.WithDbAsync(db => db.ProgressUpdates
            .Where(u => u.State == ProgressUpdateState.Accepted && u.UnitId == u.PlanTask!.LeadUnitId
                && u.ReviewedAtUtc >= new DateTime(2018, 12, 14, 17, 0, 0, DateTimeKind.Utc) && u.ReviewedAtUtc < new DateTime(2019, 3, 14, 17, 0, 0, DateTimeKind.Utc))
            .Select(u => "II." + u.PlanTask!.SolutionArea!.Number + "." + u.PlanTask.Number).FirstAsync());
        var planId = await _factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString(CultureInfo.InvariantCulture)).SingleAsync());
        using var created = await office.PostFormAsync("/bao-cao-dinh-ky/tao?loai=Quarterly&nam=2019&quy=1", "/bao-cao-dinh-ky/tao",
            [new("Input.PlanId", planId), new("Input.Kind", "Quarterly"), new("Input.Year", "2019"), new("Input.Quarter", "1"),
             new("Input.DataFrom", "2018-12-15"), new("Input.DataTo", "2019-03-14"),
             new("Input.Summary", "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var reportUrl = created.Headers.Location!.OriginalString;
        await office.GetHtmlAsync(reportUrl);
        var print = WebUtility.HtmlDecode(await office.GetHtmlAsync($"{reportUrl}/ban-in"));
        Assert.Contains(reported, print, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_options_print_the_usage()
    {
        var (exitCode, output) = await RunAsync("data", "generate", "--tasks", "nhiều");

        Assert.Equal(2, exitCode);
        Assert.Contains("data generate [--tasks N]", output, StringComparison.Ordinal);
        Assert.Equal(DataCommands.ParseOptions(["--tasks", "5", "--seed", "7"]), new DataGenerationOptions(5, 0, 0, 0, 2019, 7));
    }

    public void Dispose() => _factory.Dispose();

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => _factory.RunDataCommandAsync(args);
}
