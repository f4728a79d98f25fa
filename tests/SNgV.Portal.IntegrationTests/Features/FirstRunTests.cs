using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using Xunit.Abstractions;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// Issue 13, Done when 6: the README's first command (Development, an empty SQLite database, the real clock) gives a
/// portal in use — plan 95/KH-SNgV's 2019 with its issued reports, and this year's plan open with nothing late.
/// </summary>
public sealed class FirstRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_first_start_shows_the_Office_an_issued_Q1_2019_report_and_this_years_plan_open_with_nothing_late_and_a_second_start_adds_nothing()
    {
        var folder = TestDirectories.Create("first-run");
        try
        {
            await FirstAndSecondStartAsync(folder);
        }
        finally
        {
            TestDirectories.Delete(folder);
        }
    }

    private async Task FirstAndSecondStartAsync(string folder)
    {
        var watch = Stopwatch.StartNew();
        string counts;
        using (var first = new LivedInPortalFactory(folder))
        {
            var office = first.CreatePortalClient();
            output.WriteLine($"first start: {watch.Elapsed.TotalSeconds:0.0} s");
            await office.SignInSuccessfullyAsync(DemoUsers.Office);

            var reports = await office.GetHtmlAsync("/bao-cao-dinh-ky");
            Assert.Contains("Quý I/2019", reports, StringComparison.Ordinal);
            Assert.Contains("32/BC-SNgV", reports, StringComparison.Ordinal);

            var today = VietnamTime.Today(TimeProvider.System);
            var facts = await first.WithDbAsync(async db => new
            {
                Q1 = await db.Reports.Where(r => r.Year == 2019 && r.Kind == ReportKind.Quarterly && r.Quarter == 1)
                    .Select(r => new { r.State, r.Number, r.IssuedOn, Snapshots = db.ReportSnapshots.Count(s => s.ReportId == r.Id) }).SingleAsync(),
                Issued = await db.Reports.CountAsync(r => r.Year == 2019 && r.State == ReportState.Approved),
                Current = await db.Plans.Where(p => p.Year == today.Year).Select(p => new { p.Id, p.Number, p.Status, p.CopiedFromPlanId }).SingleAsync(),
                Plan2019 = await db.Plans.Where(p => p.Year == 2019).Select(p => new { p.Id, p.Status }).SingleAsync(),
                Returned = await db.ProgressEvents.CountAsync(e => e.Kind == ProgressEventKind.Returned),
                Updates2019 = await db.ProgressUpdates.CountAsync(u => u.State == ProgressUpdateState.Accepted && u.PeriodEnd.Year == 2019),
                UnreadNotices = await db.Notifications.CountAsync(n => n.ReadAtUtc == null),
            });
            Assert.Equal(ReportState.Approved, facts.Q1.State);
            Assert.Equal(32, facts.Q1.Number);
            Assert.Equal(new DateOnly(2019, 3, 20), facts.Q1.IssuedOn);
            Assert.Equal(1, facts.Q1.Snapshots);
            Assert.Equal(5, facts.Issued);
            Assert.Equal(PlanStatus.Active, facts.Current.Status);
            Assert.Equal(facts.Plan2019.Id, facts.Current.CopiedFromPlanId);
            Assert.Equal(PlanStatus.Closed, facts.Plan2019.Status);
            Assert.True(facts.Returned > 0, "a few updates were returned, then sent again");
            Assert.True(facts.Updates2019 >= 80, $"{facts.Updates2019} accepted updates in 2019");
            Assert.Equal(0, facts.UnreadNotices);

            // The desk's and the survey's 2019: a closed round per quarter with responses, dossiers returned in order.
            var desk = await first.WithDbAsync(async db => new
            {
                Rounds = await db.SurveyRounds.Where(r => !r.IsOpen).Select(r => new { r.Slug, Responses = db.SurveyResponses.Count(s => s.SurveyRoundId == r.Id) }).ToListAsync(),
                Steps = await db.DossierTransitions.Select(t => new { t.DossierId, t.Id, t.AtUtc }).ToListAsync(),
            });
            Assert.Equal(["2019-q1", "2019-q2", "2019-q3", "2019-q4"], desk.Rounds.Select(r => r.Slug).Order());
            Assert.All(desk.Rounds, r => Assert.True(r.Responses > 0));
            Assert.All(desk.Steps.GroupBy(t => t.DossierId), d => Assert.Equal(d.OrderBy(t => t.Id).Select(t => t.AtUtc), d.OrderBy(t => t.AtUtc).Select(t => t.AtUtc)));
            Assert.All(desk.Steps, t => Assert.InRange(t.AtUtc, new DateTime(2019, 1, 1), new DateTime(2020, 2, 1)));

            // The history is dated 2019: the updates, their reviews and the reports' signing.
            var moments = await first.WithDbAsync(async db => await db.ProgressEvents.Select(e => e.AtUtc).ToListAsync());
            Assert.All(moments, m => Assert.Equal(2019, m.Year));

            // This year's plan is the one the Office lands on, and none of its tasks is late today.
            var home = await office.GetHtmlAsync("/tong-quan");
            Assert.Contains(facts.Current.Number, home, StringComparison.Ordinal);
            var tasks = await first.WithDbAsync(db => db.PlanTasks.Where(t => t.SolutionArea!.PlanId == facts.Current.Id)
                .Select(t => new { t.CurrentPercent, t.EffectiveDueOn, t.AtRiskFrom }).ToListAsync());
            Assert.Equal(20, tasks.Count);
            Assert.DoesNotContain(tasks, t => TaskSchedulePolicy.Classify(t.CurrentPercent, t.EffectiveDueOn, t.AtRiskFrom, today) == ScheduleStatus.Late);
            var tracking = await office.GetHtmlAsync("/theo-doi");
            Assert.Contains(facts.Current.Number, tracking, StringComparison.Ordinal);

            counts = await first.WithDbAsync(Counts);
        }

        // A second start on the same database adds nothing.
        using var second = new LivedInPortalFactory(folder);
        _ = second.CreatePortalClient();
        Assert.Equal(counts, await second.WithDbAsync(Counts));
    }

    private static async Task<string> Counts(PortalDbContext db) =>
        string.Join(", ",
            await db.Users.CountAsync(), await db.Plans.CountAsync(), await db.PlanTasks.CountAsync(), await db.ProgressUpdates.CountAsync(),
            await db.ProgressEvents.CountAsync(), await db.Reports.CountAsync(), await db.ReportSnapshots.CountAsync(), await db.SurveyRounds.CountAsync(),
            await db.SurveyResponses.CountAsync(), await db.Dossiers.CountAsync(), await db.Notifications.CountAsync());
}
