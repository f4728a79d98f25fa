using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.SurveyResults;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>The indices from grouped SQL against a plain in-memory reference, the pages and the exports.</summary>
public sealed partial class SurveyResultsTests(PlanYearPortalFactory portal) : IClassFixture<PlanYearPortalFactory>
{
    [Fact]
    public async Task Grouped_SQL_indices_match_a_plain_in_memory_reference_on_random_data()
    {
        var random = new Random(20190520);
        var (roundId, procedures, criteria) = await CreateRoundAsync("ngau-nhien");
        var profileOptions = await portal.WithDbAsync(db => db.ProfileOptions.Select(o => o.Id).ToListAsync());
        var generated = new List<SurveyResponse>();
        for (var i = 0; i < 400; i++)
        {
            var day = new DateOnly(2018, 12, 1).AddDays(random.Next(0, 200));
            var quarter = ReportingPeriod.Containing(day, ReportingFrequency.Quarterly);
            generated.Add(new SurveyResponse
            {
                SurveyRoundId = roundId,
                QuestionnaireId = await QuestionnaireIdAsync(),
                AdministrativeProcedureId = procedures[random.Next(procedures.Count)],
                ReferenceNumber = $"R{i:D6}",
                FormToken = $"T{roundId}-{i:D6}",
                Channel = random.Next(4) == 0 ? SurveyChannel.Paper : SurveyChannel.Online,
                SubmittedAtUtc = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                SubmittedOn = day,
                ReportingYear = quarter.ReportingYear,
                ReportingQuarter = quarter.QuarterNumber,
                OverallScore = random.Next(6) is var o && o == 0 ? null : o,
                Decision = random.Next(10) switch { 0 => SurveyDecision.Pending, 1 => SurveyDecision.Excluded, _ => SurveyDecision.Counted },
                Answers = criteria.Select(c => new SurveyAnswer { CriterionId = c, Score = random.Next(6) is var s && s == 0 ? null : s }).ToList(),
                Profile = [new SurveyProfileAnswer { ProfileQuestionId = await ProfileQuestionOfAsync(profileOptions[0]), ProfileOptionId = random.Next(2) == 0 ? profileOptions[0] : profileOptions[1] }],
            });
        }

        await portal.WithDbAsync(async db =>
        {
            db.SurveyResponses.AddRange(generated);
            return await db.SaveChangesAsync();
        });

        var elements = await portal.WithDbAsync(db => db.SurveyElements.Where(e => e.Criteria.Any(c => criteria.Contains(c.Id)))
            .OrderBy(e => e.Number).Select(e => e.Criteria.OrderBy(c => c.Number).Select(c => c.Id).ToList()).ToListAsync());
        var filters = new[]
        {
            (Filter: new ResultsFilter(roundId), Match: (Func<SurveyResponse, bool>)(_ => true)),
            (new ResultsFilter(roundId, 2019, 1), r => r.ReportingYear == 2019 && r.ReportingQuarter == 1),
            (new ResultsFilter(roundId, ProcedureId: procedures[0]), r => r.AdministrativeProcedureId == procedures[0]),
            (new ResultsFilter(roundId, ProfileOptionId: profileOptions[1]), r => r.Profile[0].ProfileOptionId == profileOptions[1]),
        };
        foreach (var (filter, match) in filters)
        {
            var model = await ResultsAsync(filter);
            var counted = generated.Where(r => r.Decision == SurveyDecision.Counted && match(r)).ToList();

            // The reference: straight from the definitions in sipas.md, on every answer in memory.
            decimal? Index(IEnumerable<int?> answers)
            {
                var valid = answers.Where(a => a.HasValue).ToList();
                return valid.Count == 0 ? null : Math.Round(valid.Count(a => a >= 4) * 100m / valid.Count, 2, MidpointRounding.AwayFromZero);
            }

            var criterionIndex = criteria.ToDictionary(c => c, c => Index(counted.Select(r => r.Answers.Single(a => a.CriterionId == c).Score)));
            var elementIndex = elements.Select(e => Math.Round(e.Select(c => criterionIndex[c]!.Value).Average(), 2, MidpointRounding.AwayFromZero)).ToList();
            var sipas = Math.Round(elementIndex.Average(), 2, MidpointRounding.AwayFromZero);

            var results = model.Results!;
            Assert.Equal(counted.Count, results.Responses);
            Assert.Equal(sipas, results.Sipas);
            Assert.Equal(elementIndex, results.Elements.Select(e => e.Index!.Value));
            foreach (var c in results.Elements.SelectMany(e => e.Criteria))
            {
                Assert.Equal(criterionIndex[c.Criterion.Id], c.Index);
                var valid = counted.Select(r => r.Answers.Single(a => a.CriterionId == c.Criterion.Id).Score).Where(s => s.HasValue).Select(s => s!.Value).ToList();
                Assert.Equal(valid.Count, c.Counts.Valid);
                Assert.Equal(Math.Round((decimal)valid.Sum() / valid.Count, 2, MidpointRounding.AwayFromZero), c.Mean);
            }

            Assert.Equal(Index(counted.Select(r => r.OverallScore)), results.Overall.Index);
        }
    }

    [Fact]
    public async Task The_public_page_shows_n_as_responses_and_a_95_percent_interval_beside_every_index_equal_to_an_independent_computation()
    {
        var random = new Random(20190614);
        var (roundId, procedures, criteria) = await CreateRoundAsync("khoang-tin-cay");
        var questionnaireId = await QuestionnaireIdAsync();
        var elements = await portal.WithDbAsync(db => db.SurveyElements.Where(e => e.Criteria.Any(c => criteria.Contains(c.Id)))
            .OrderBy(e => e.Number).Select(e => e.Criteria.OrderBy(c => c.Number).Select(c => c.Id).ToList()).ToListAsync());
        var lastElement = elements[^1].ToHashSet();
        var generated = new List<SurveyResponse>();
        for (var i = 0; i < 47; i++)
        {
            // Every third response leaves the whole last element unanswered, so its n is below the round's; 7 answers per criterion or so are "not applicable".
            generated.Add(new SurveyResponse
            {
                SurveyRoundId = roundId, QuestionnaireId = questionnaireId, AdministrativeProcedureId = procedures[i % procedures.Count],
                ReferenceNumber = $"KTC-{i}", FormToken = $"KTC-{i}", Channel = SurveyChannel.Online,
                SubmittedAtUtc = new DateTime(2019, 6, 14, 2, 0, 0, DateTimeKind.Utc), SubmittedOn = new DateOnly(2019, 6, 14), ReportingYear = 2019, ReportingQuarter = 2,
                OverallScore = i % 5 == 0 ? null : random.Next(1, 6),
                Decision = i == 46 ? SurveyDecision.Pending : SurveyDecision.Counted,
                Answers = criteria.Select(c => new SurveyAnswer
                {
                    CriterionId = c,
                    Score = (i % 3 == 0 && lastElement.Contains(c)) || random.Next(7) == 0 ? null : random.Next(1, 6),
                }).ToList(),
            });
        }

        await portal.WithDbAsync(async db =>
        {
            db.SurveyResponses.AddRange(generated);
            return await db.SaveChangesAsync();
        });

        var page = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetHtmlAsync($"/ket-qua-khao-sat?dot={roundId}"));

        // The reference, from sipas.md and the brief, on the answers in memory: n counts responses, the Wilson formula is written out here.
        var counted = generated.Where(r => r.Decision == SurveyDecision.Counted).ToList();
        var vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
        string Interval(double p, long n)
        {
            const double z = 1.959963984540054;
            var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
            var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / (1 + (z * z / n));
            return string.Create(vi, $"{Round((decimal)Math.Max(0, centre - half) * 100m):0.00} – {Round((decimal)Math.Min(1, centre + half) * 100m):0.00} %");
        }

        int?[] ScoresOf(int criterion) => counted.Select(r => r.Answers.Single(a => a.CriterionId == criterion).Score).ToArray();
        var criterionIndex = new Dictionary<int, decimal>();
        var rows = RowsPattern().Matches(page).ToDictionary(m => (m.Groups["kind"].Value == "element" ? "e" : "c") + m.Groups["id"].Value, m => (N: long.Parse(m.Groups["n"].Value, vi), Interval: m.Groups["ci"].Value));
        var codes = await portal.WithDbAsync(db => db.Criteria.Where(c => criteria.Contains(c.Id))
            .Join(db.SurveyElements, c => c.SurveyElementId, e => e.Id, (c, e) => new { c.Id, e.Number, Criterion = c.Number })
            .ToDictionaryAsync(c => c.Id, c => $"{c.Number}.{c.Criterion}"));
        foreach (var c in criteria)
        {
            var valid = ScoresOf(c).Where(s => s.HasValue).ToList();
            criterionIndex[c] = Round(valid.Count(s => s >= 4) * 100m / valid.Count);
            Assert.Equal((valid.Count, Interval((double)valid.Count(s => s >= 4) / valid.Count, valid.Count)), rows["c" + codes[c]]);
        }

        var elementIndex = new List<decimal>();
        for (var e = 0; e < elements.Count; e++)
        {
            var responses = counted.Count(r => r.Answers.Any(a => elements[e].Contains(a.CriterionId) && a.Score.HasValue));
            var index = Round(elements[e].Average(c => criterionIndex[c]));
            elementIndex.Add(index);
            Assert.Equal((responses, Interval((double)(index / 100m), responses)), rows["e" + (e + 1)]);
        }

        Assert.True(rows["e5"].N < counted.Count, "the last element's n counts the responses that answered it, not the round's");
        Assert.All(rows.Values, row => Assert.InRange(row.N, 1, counted.Count)); // responses, never answer counts
        Assert.Equal(criteria.Count + elements.Count, rows.Count);
        var sipas = Round(elementIndex.Average());
        Assert.Contains($"<p class=\"display-6 mb-0 survey-n\">{counted.Count}</p>", page, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"survey-sipas-interval\">{Interval((double)(sipas / 100m), counted.Count)}</span>", page, StringComparison.Ordinal);
        var overall = counted.Where(r => r.OverallScore.HasValue).ToList();
        Assert.Contains($"<span class=\"survey-overall-n\">{overall.Count}</span>", page, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"survey-overall-interval\">{Interval((double)overall.Count(r => r.OverallScore >= 4) / overall.Count, overall.Count)}</span>", page, StringComparison.Ordinal);
        Assert.Contains("coi mẫu là số phiếu", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr class=\"[^\"]*\" data-(?<kind>element|criterion)=\"(?<id>[0-9.]+)\">.*?survey-count\">(?<n>\\d+)</td>.*?survey-interval\">(?<ci>[^<]*)</span>", RegexOptions.Singleline)]
    private static partial Regex RowsPattern();

    [Fact]
    public async Task Scores_5_4_2_give_66_67_percent_on_the_page_and_exports_hold_one_row_per_response()
    {
        var (roundId, procedures, criteria) = await CreateRoundAsync("ba-phieu");
        var questionnaireId = await QuestionnaireIdAsync();
        int?[] firstCriterion = [5, 4, 2];
        await portal.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                db.SurveyResponses.Add(new SurveyResponse
                {
                    SurveyRoundId = roundId,
                    QuestionnaireId = questionnaireId,
                    AdministrativeProcedureId = procedures[0],
                    ReferenceNumber = $"BA-{i}",
                    FormToken = $"BA-{i}",
                    Channel = SurveyChannel.Online,
                    SubmittedAtUtc = new DateTime(2019, 5, 20, 2, 0, 0, DateTimeKind.Utc),
                    SubmittedOn = new DateOnly(2019, 5, 20),
                    ReportingYear = 2019,
                    ReportingQuarter = 2,
                    OverallScore = 4,
                    Comment = i == 0 ? "=1+1, \"trích dẫn\"" : null,
                    Answers = criteria.Select((c, j) => new SurveyAnswer { CriterionId = c, Score = j == 0 ? firstCriterion[i] : j == 1 ? null : 5 }).ToList(),
                });
            }

            // Flagged and not yet accepted: in no figure and no export.
            db.SurveyResponses.Add(new SurveyResponse
            {
                SurveyRoundId = roundId, QuestionnaireId = questionnaireId, AdministrativeProcedureId = procedures[0], ReferenceNumber = "BA-X", FormToken = "BA-X",
                Channel = SurveyChannel.Online, SubmittedAtUtc = new DateTime(2019, 5, 20, 2, 0, 0, DateTimeKind.Utc), SubmittedOn = new DateOnly(2019, 5, 20),
                ReportingYear = 2019, ReportingQuarter = 2, Flags = SurveySuspicion.TooFast, Decision = SurveyDecision.Pending,
                Answers = criteria.Select(c => new SurveyAnswer { CriterionId = c, Score = 1 }).ToList(),
            });
            return await db.SaveChangesAsync();
        });

        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var page = WebUtility.HtmlDecode(await office.GetHtmlAsync($"/ket-qua-khao-sat/chi-tiet?dot={roundId}"));
        Assert.Matches("data-criterion=\"1.1\">\\s*<th[^>]*>[^<]*</th>\\s*<td class=\"text-end\">66[.,]67 %</td>", page);
        Assert.Contains("Phương pháp tính", page, StringComparison.Ordinal);
        Assert.Contains("Số phiếu còn ít", page, StringComparison.Ordinal);
        Assert.Contains("Có 1 phiếu bị gắn cờ", page, StringComparison.Ordinal);

        var publicPage = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetHtmlAsync($"/ket-qua-khao-sat?dot={roundId}"));
        Assert.Contains("<p class=\"display-6 mb-0 survey-n\">3</p>", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("trích dẫn", publicPage, StringComparison.Ordinal);

        using var xlsx = await office.GetAsync($"/ket-qua-khao-sat/chi-tiet/xuat.xlsx?dot={roundId}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var workbook = document.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["Phieu", "Ma"], sheets.Select(s => s.Name!.Value));
            var rows = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
            Assert.Equal(4, rows.Count);
            var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
            Assert.Equal(5 + 22 + 1 + 4 + 1, header.Count);
            var first = header.IndexOf("TC1.1");
            Assert.Equal(["5", "4", "2"], rows.Skip(1).Select(r => r.Elements<Cell>().ElementAt(first).InnerText));
            Assert.Equal("KAD", rows[1].Elements<Cell>().ElementAt(first + 1).InnerText);
            var codes = ((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().First().InnerText).ToList();
            Assert.Contains("KAD", codes);
            Assert.Contains("TC5.4", codes);
        }

        using var csv = await office.GetAsync($"/ket-qua-khao-sat/chi-tiet/xuat.csv?dot={roundId}");
        var text = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("SoThamChieu,NgayGui,Quy,KenhTraLoi,ThuTuc,TC1.1,TC1.2", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("\"'=1+1, \"\"trích dẫn\"\"\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_read_the_round_once_and_its_questionnaire_from_the_cache()
    {
        var (roundId, procedures, criteria) = await CreateRoundAsync("dem-truy-van");
        var questionnaireId = await QuestionnaireIdAsync();
        await portal.WithDbAsync(async db =>
        {
            db.SurveyResponses.Add(new SurveyResponse
            {
                SurveyRoundId = roundId, QuestionnaireId = questionnaireId, AdministrativeProcedureId = procedures[0], ReferenceNumber = "DEM-1", FormToken = "DEM-1",
                Channel = SurveyChannel.Online, SubmittedAtUtc = new DateTime(2019, 5, 20, 2, 0, 0, DateTimeKind.Utc), SubmittedOn = new DateOnly(2019, 5, 20),
                ReportingYear = 2019, ReportingQuarter = 2, OverallScore = 5, Comment = "Phục vụ tốt.",
                Answers = criteria.Select(c => new SurveyAnswer { CriterionId = c, Score = 5 }).ToList(),
            });
            return await db.SaveChangesAsync();
        });
        using var office = portal.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        using var visitor = portal.CreatePortalClient();
        var page = $"/ket-qua-khao-sat/chi-tiet?dot={roundId}";
        var publicPage = $"/ket-qua-khao-sat?dot={roundId}";
        var export = $"/ket-qua-khao-sat/chi-tiet/xuat.csv?dot={roundId}";
        await office.GetHtmlAsync(page); // warm up, the questionnaire is cached from here on

        var office1 = await portal.RecordQueriesAsync(() => office.GetHtmlAsync(page));
        var public1 = await portal.RecordQueriesAsync(() => visitor.GetHtmlAsync(publicPage));
        var export1 = await portal.RecordQueriesAsync(async () => (await office.GetAsync(export)).Dispose());

        foreach (var commands in new[] { office1, public1, export1 })
        {
            Assert.Equal(1, commands.Reading("SurveyRounds"));
            Assert.Equal(0, commands.Reading("Questionnaires"));
        }

        // The pages: rounds, the round's procedures, four grouped queries for the whole and four for each of procedure and quarter,
        // the procedure names, the quarters, the pending count; the Office's page adds the comments and the menu's notice count.
        // The export: the round, then the responses with their answers and profiles in one split query.
        Assert.Equal((19, 17, 4), (office1.Count, public1.Count, export1.Count));
    }

    private async Task<SNgV.Portal.Web.Features.SurveyResults.ResultsViewModel> ResultsAsync(ResultsFilter filter)
    {
        ResultsViewModel? model = null;
        await portal.WithServicesAsync(async services => model = await services.GetRequiredService<SurveyResultsService>().ResultsAsync(filter, false, default));
        return model!;
    }

    private Task<int> QuestionnaireIdAsync() => portal.WithDbAsync(db => db.Questionnaires.Select(q => q.Id).FirstAsync());

    private Task<int> ProfileQuestionOfAsync(int optionId) => portal.WithDbAsync(db => db.ProfileOptions.Where(o => o.Id == optionId).Select(o => o.ProfileQuestionId).SingleAsync());

    private async Task<(int RoundId, List<int> Procedures, List<int> Criteria)> CreateRoundAsync(string slug)
    {
        var questionnaireId = await QuestionnaireIdAsync();
        var procedures = await portal.WithDbAsync(db => db.Procedures.OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync());
        var criteria = await portal.WithDbAsync(db => db.Criteria.Where(c => db.SurveyElements.Any(e => e.Id == c.SurveyElementId && e.QuestionnaireId == questionnaireId))
            .OrderBy(c => c.SurveyElementId).ThenBy(c => c.Number).Select(c => c.Id).ToListAsync());
        var roundId = await portal.WithDbAsync(async db =>
        {
            var round = new SurveyRound
            {
                QuestionnaireId = questionnaireId, Name = slug, Slug = slug, OpensOn = new DateOnly(2018, 12, 1), ClosesOn = new DateOnly(2019, 12, 31), IsOpen = false,
                Procedures = procedures.Select(p => new SurveyRoundProcedure { AdministrativeProcedureId = p }).ToList(),
            };
            db.SurveyRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });
        return (roundId, procedures, criteria);
    }
}
