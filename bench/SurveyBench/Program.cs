using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Bench;

internal static class SurveyBenchmark
{
    public static async Task Main(string[] args)
    {
        // Measures (1) survey submissions per second under concurrent load, each one a real GET of the form and a
        // POST with its antiforgery and one-time tokens, and (2) the time of the results page over 100,000 responses.
        // The portal runs in process on its default store (SQLite, WAL) in a temporary data folder.
        var concurrency = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var bulk = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
        var data = Directory.CreateTempSubdirectory("sngv-bench-").FullName;

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSolutionRelativeContentRoot("src/SNgV.Portal.Web", "SNgV.Portal.sln");
            b.UseSetting("Storage:DataDirectory", data);
            b.UseSetting("Surveys:MaxPerAddressPerHour", "100000000");
            b.UseSetting("Reminders:Enabled", "false");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
        using (var warm = factory.CreateClient())
        {
            (await warm.GetAsync("/")).EnsureSuccessStatusCode();
        }

        const string Slug = "bench";
        int roundId, questionnaireId, procedureId;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            questionnaireId = await db.Questionnaires.Select(q => q.Id).FirstAsync();
            procedureId = await db.Procedures.Select(p => p.Id).FirstAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var round = new SurveyRound
            {
                QuestionnaireId = questionnaireId, Name = "Benchmark", Slug = Slug, OpensOn = today.AddDays(-30), ClosesOn = today.AddDays(30), IsOpen = true,
                Procedures = [new SurveyRoundProcedure { AdministrativeProcedureId = procedureId }],
            };
            db.SurveyRounds.Add(round);
            await db.SaveChangesAsync();
            roundId = round.Id;
        }

        // (1) Submissions: `concurrency` clients, each GET form → POST answers, for `seconds`.
        var criterionPattern = new Regex("name=\"Input\\.Answers\\[(\\d+)\\]\"");
        var tokenPattern = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        string Hidden(string html, string name) => WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);
        var saved = 0;
        var failed = 0;
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var random = new Random(worker);
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var one = Stopwatch.StartNew();
                var html = await client.GetStringAsync($"/khao-sat/{Slug}");
                var fields = new List<KeyValuePair<string, string>>
                {
                    new("__RequestVerificationToken", WebUtility.HtmlDecode(tokenPattern.Match(html).Groups[1].Value)),
                    new("Input.FormToken", Hidden(html, "Input.FormToken")),
                    new("Input.FormStamp", Hidden(html, "Input.FormStamp")),
                    new("Input.ProcedureId", procedureId.ToString(CultureInfo.InvariantCulture)),
                    new("Input.Overall", random.Next(1, 6).ToString(CultureInfo.InvariantCulture)),
                };
                fields.AddRange(criterionPattern.Matches(html).Select(m => m.Groups[1].Value).Distinct()
                    .Select(id => new KeyValuePair<string, string>($"Input.Answers[{id}]", random.Next(0, 6).ToString(CultureInfo.InvariantCulture))));
                using var response = await client.PostAsync($"/khao-sat/{Slug}", new FormUrlEncodedContent(fields));
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    Interlocked.Increment(ref saved);
                    latencies.Add(one.Elapsed.TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        var elapsed = stop.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToList();
        double Percentile(double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
        Console.WriteLine($"submissions: {saved} saved, {failed} failed, {concurrency} concurrent clients, {elapsed:0.0} s");
        Console.WriteLine($"submissions per second: {saved / elapsed:0.0}");
        Console.WriteLine($"GET form + POST latency ms: p50 {Percentile(0.5):0} · p95 {Percentile(0.95):0} · max {(sorted.Count == 0 ? 0 : sorted[^1]):0}");

        // (2) 100,000 responses written with SQL (22 answers each, scores 1–5 or not applicable), then the results page.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Database.SetCommandTimeout(600);
            var load = Stopwatch.StartNew();
            await db.Database.ExecuteSqlAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {bulk})
                INSERT INTO SurveyResponses (SurveyRoundId, QuestionnaireId, AdministrativeProcedureId, ReferenceNumber, FormToken, Channel,
                    SubmittedAtUtc, SubmittedOn, ReportingYear, ReportingQuarter, OverallScore, Flags, Decision)
                SELECT {roundId}, {questionnaireId}, {procedureId}, 'B' || i, 'BULK' || i, 1, '2019-05-20 02:00:00', '2019-05-20', 2019,
                    1 + (i % 4), 1 + abs(random()) % 5, 0, 1 FROM n
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO SurveyAnswers (SurveyResponseId, CriterionId, Score)
                SELECT r.Id, c.Id, CASE WHEN abs(random()) % 10 = 0 THEN NULL ELSE 1 + abs(random()) % 5 END
                FROM SurveyResponses r CROSS JOIN Criteria c JOIN SurveyElements e ON e.Id = c.SurveyElementId
                WHERE r.FormToken LIKE 'BULK%' AND e.QuestionnaireId = {questionnaireId}
                """);
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            Console.WriteLine($"bulk load: {bulk} responses, {bulk * 22} answers in {load.Elapsed.TotalSeconds:0.0} s");
        }

        using (var visitor = factory.CreateClient())
        {
            var times = new List<double>();
            for (var i = 0; i < 6; i++)
            {
                var t = Stopwatch.StartNew();
                var page = await visitor.GetStringAsync($"/ket-qua-khao-sat?dot={roundId}");
                times.Add(t.Elapsed.TotalMilliseconds);
                if (i == 0 && !page.Contains("survey-sipas", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("The results page did not render the indices.");
                }
            }

            var warmTimes = times.Skip(1).Order().ToList();
            Console.WriteLine($"results page over {bulk + saved} responses: first {times[0]:0} ms, then median {warmTimes[warmTimes.Count / 2]:0} ms (min {warmTimes[0]:0}, max {warmTimes[^1]:0})");
        }

        Directory.Delete(data, recursive: true);
    }
}
