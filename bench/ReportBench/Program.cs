using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.DataGeneration;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Bench;

internal static class ReportBenchmark
{
    private const string Office = "vanphong@sngv.demo";
    private const string Password = "Bench-mat-khau-2019";

    public static async Task Main(string[] args)
    {
        // Fills an empty SQLite database with the generator (in process, the code of `data generate`), then times the
        // Q1 report of the plan year: its creation (which assembles it), the page, the print view, the .docx and the
        // .xlsx, each the first request and the median of the next `runs`, with the SQL commands each request runs.
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var options = new DataGenerationOptions(Arg(0, 1000), Arg(1, 20_000), Arg(2, 9100), Arg(3, 20_000));
        var runs = Arg(4, 5);
        var data = Directory.CreateTempSubdirectory("sngv-report-bench-").FullName;

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSolutionRelativeContentRoot("src/SNgV.Portal.Web", "SNgV.Portal.sln");
            b.UseSetting("Storage:DataDirectory", data);
            b.UseSetting("DemoAccounts:Password", Password);
            b.UseSetting("Reminders:Enabled", "false");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            b.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning");
        });
        using var office = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await PostFormAsync(office, "/dang-nhap", "/dang-nhap", [new("Email", Office), new("Password", Password)]);

        string planId;
        using (var scope = factory.Services.CreateScope())
        {
            var load = Stopwatch.StartNew();
            var result = await ActivatorUtilities.CreateInstance<DataGenerator>(scope.ServiceProvider).GenerateAsync(options);
            Console.WriteLine($"generated: {result.Tasks} tasks, {result.Updates} updates ({result.ProgressEvents} events), {result.Responses} responses "
                + $"({result.Answers} answers), {result.Dossiers} dossiers ({result.Transitions} transitions) in {load.Elapsed.TotalSeconds:0.0} s");
            foreach (var (part, elapsed) in result.Timings)
            {
                Console.WriteLine($"  {part}: {elapsed.TotalSeconds:0.0} s");
            }

            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var plan = await db.Plans.Where(p => p.Year == options.PlanYear).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var tasks = await db.PlanTasks.CountAsync(t => t.SolutionArea!.PlanId == plan);
            planId = plan.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine($"plan {plan}: {tasks} tasks in total");
        }

        var database = Path.GetFullPath(Path.Combine(data, "portal.db"));
        var year = options.PlanYear.ToString(CultureInfo.InvariantCulture);
        var reportIds = new List<string>();
        // The form's antiforgery token serves every POST of the session: only the POST itself is timed.
        var token = Token(await office.GetStringAsync($"/bao-cao-dinh-ky/tao?loai=Quarterly&nam={year}&quy=1"));
        async Task<int> Create()
        {
            using var content = new FormUrlEncodedContent(
            [
                new("Input.PlanId", planId), new("Input.Kind", "Quarterly"), new("Input.Year", year), new("Input.Quarter", "1"),
                new("Input.DataFrom", $"{options.PlanYear - 1}-12-15"), new("Input.DataTo", $"{year}-03-14"),
                new("Input.Summary", $"Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm {year}"),
                new("__RequestVerificationToken", token),
            ]);
            using var response = await office.PostAsync("/bao-cao-dinh-ky/tao", content);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Creating the report answered {(int)response.StatusCode}.");
            }

            reportIds.Add(response.Headers.Location!.OriginalString.Split('/')[^1]);
            return 0;
        }

        async Task<int> Get(string suffix)
        {
            using var response = await office.GetAsync($"/bao-cao-dinh-ky/{reportIds[0]}{suffix}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {suffix} answered {(int)response.StatusCode}.");
            }

            return (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        Console.WriteLine();
        Console.WriteLine($"| request (Q1/{year} report, draft) | first | median of {runs} | min–max | SQL commands | size |");
        Console.WriteLine("|---|---|---|---|---|---|");
        await Measure("POST /bao-cao-dinh-ky/tao (assemble + save)", Create);
        await Measure("GET /bao-cao-dinh-ky/{id} (page)", () => Get(""));
        await Measure("GET /bao-cao-dinh-ky/{id}/ban-in (print view)", () => Get("/ban-in"));
        await Measure("GET /bao-cao-dinh-ky/{id}/word (.docx)", () => Get("/word"));
        await Measure("GET /bao-cao-dinh-ky/{id}/phu-luc (.xlsx annex)", () => Get("/phu-luc"));

        async Task Measure(string name, Func<Task<int>> request)
        {
            var times = new List<double>();
            var commands = new List<int>();
            var size = 0;
            for (var i = 0; i <= runs; i++)
            {
                var count = 0;
                using var counter = new CommandCounter(database, () => Interlocked.Increment(ref count));
                using var subscription = DiagnosticListener.AllListeners.Subscribe(counter);
                var watch = Stopwatch.StartNew();
                size = await request();
                times.Add(watch.Elapsed.TotalMilliseconds);
                commands.Add(count);
            }

            var warm = times.Skip(1).Order().ToList();
            var median = warm.Count == 0 ? times[0] : warm[warm.Count / 2];
            var range = warm.Count == 0 ? "" : $"{warm[0]:0}–{warm[^1]:0} ms";
            var sizeText = size == 0 ? "" : $"{size / 1024.0:0} KB";
            Console.WriteLine($"| {name} | {times[0]:0} ms | **{median:0} ms** | {range} | {string.Join(", ", commands.Distinct())} | {sizeText} |");
        }

        SqliteConnection.ClearAllPools();
        await factory.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formUrl, string postUrl, List<KeyValuePair<string, string>> fields)
    {
        fields.Add(new("__RequestVerificationToken", Token(await client.GetStringAsync(formUrl))));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(postUrl, content);
    }

    private static string Token(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    /// <summary>Counts the SQL commands EF Core runs against one database file.</summary>
    private sealed class CommandCounter(string databasePath, Action onCommand) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
                && data.Connection.DataSource is { } source && Path.GetFullPath(source) == databasePath)
            {
                onCommand();
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
    }
}
