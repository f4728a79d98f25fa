using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace SNgV.Portal.Bench;

/// <summary>
/// Measures the portal under load beside the floor of this stack (../shared/bench/floor), in the same run, with the
/// same load generator (Debian's wrk), and reports every figure of the portal as a ratio to the floor's:
/// absolute numbers drift on shared machines, ratios much less.
/// </summary>
internal static partial class LoadBenchmark
{
    private const string OfficeEmail = "do.tai@sngv.local";
    private const string OfficePassword = "Do-tai-cong-thong-tin-2019";
    private const int PortalPort = 5291;
    private const int FloorPort = 5091;
    private const string Slug = "do-tai";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, string> NoEnvironment = [];

    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var repo = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("sngv-load-").FullName;
        var processes = new List<Process>();
        try
        {
            Console.WriteLine($"== {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ} · {Environment.ProcessorCount} cores · {Machine()} · load {File.ReadAllText("/proc/loadavg").Split(' ')[..3].Aggregate((a, b) => a + " " + b)}");
            Console.WriteLine($"== wrk -t{options.Threads} -c{options.Connections} -d{options.Seconds}s per scenario; data: {options.Tasks} tasks, {options.Updates} updates, {options.Responses} responses, {options.Dossiers} dossiers");

            var (portalDll, generatorDll) = await BuildPortalAsync(repo);
            var floorDll = await BuildFloorAsync(options.FloorDirectory ?? Path.GetFullPath(Path.Combine(repo, "..", "shared", "bench", "floor")), work);
            var data = Path.Combine(work, "data");
            var environment = PortalEnvironment(data);

            Console.WriteLine("== Generating data");
            await RunAsync("dotnet", [generatorDll, "data", "generate", "--tasks", options.Tasks, "--updates", options.Updates, "--responses", options.Responses, "--dossiers", options.Dossiers], environment, null, TimeSpan.FromMinutes(20));
            await RunAsync("dotnet", [portalDll, "users", "create", "--email", OfficeEmail, "--name", "Văn phòng (đo tải)", "--role", "Office", "--unit", "VP"], environment, OfficePassword + "\n" + OfficePassword + "\n", TimeSpan.FromMinutes(2));

            var portal = Start("dotnet", [portalDll, "--urls", $"http://127.0.0.1:{PortalPort}", "--contentRoot", Path.Combine(repo, "src", "SNgV.Portal.Web")], environment, Path.GetDirectoryName(portalDll)!);
            processes.Add(portal);
            var floor = Start("dotnet", [floorDll, "--urls", $"http://127.0.0.1:{FloorPort}"], NoEnvironment, Path.GetDirectoryName(floorDll)!);
            processes.Add(floor);
            await WaitForAsync($"http://127.0.0.1:{PortalPort}/health/ready");
            await WaitForAsync($"http://127.0.0.1:{FloorPort}/plain");

            using var site = new PortalSite($"http://127.0.0.1:{PortalPort}");
            var office = await site.SignInAsync(OfficeEmail, OfficePassword);
            await site.OpenSurveyRoundAsync(office, Slug);
            var reportId = await site.CreateQuarterReportAsync(office, year: 2019, quarter: 1);
            var formsFile = Path.Combine(work, "forms.txt");
            var (antiforgeryCookie, forms) = await site.PrefetchSurveyFormsAsync(Slug, options.Forms, formsFile);
            Console.WriteLine($"== {forms} survey forms fetched for the submission run");

            var wrk = new Wrk(options, work);
            var results = new List<Measure>
            {
                await wrk.RunAsync("floor: page (1 query + Razor)", $"http://127.0.0.1:{FloorPort}/", Kind.Page),
                await wrk.RunAsync("floor: write (23 rows, 1 SaveChanges)", $"http://127.0.0.1:{FloorPort}/answer", Kind.Write, post: Wrk.PlainPost),
                await wrk.RunAsync("home page /", $"http://127.0.0.1:{PortalPort}/", Kind.Page),
                await wrk.RunAsync("procedure catalogue /thu-tuc", $"http://127.0.0.1:{PortalPort}/thu-tuc", Kind.Page),
                await wrk.RunAsync($"survey form GET /khao-sat/{Slug}", $"http://127.0.0.1:{PortalPort}/khao-sat/{Slug}", Kind.Page, cookie: antiforgeryCookie),
            };
            var before = CountResponses(data);
            var submission = await wrk.RunAsync($"survey submission POST /khao-sat/{Slug}", $"http://127.0.0.1:{PortalPort}/khao-sat/{Slug}", Kind.Write, cookie: antiforgeryCookie, post: Wrk.SurveyPost(formsFile));
            var saved = CountResponses(data) - before;
            results.Add(submission with { Note = $"{saved:N0} responses saved for {submission.Requests:N0} requests" + (submission.Requests > forms ? " (forms reused: not all requests were new responses)" : "") });
            results.Add(await wrk.RunAsync("Office overview /theo-doi", $"http://127.0.0.1:{PortalPort}/theo-doi", Kind.Page, cookie: office));
            results.Add(await wrk.RunAsync("report assembly (print view, Q1/2019)", $"http://127.0.0.1:{PortalPort}/bao-cao-dinh-ky/{reportId}/ban-in", Kind.Page, cookie: office));
            results.Add(await wrk.RunAsync("PCI dashboard /pci", $"http://127.0.0.1:{PortalPort}/pci", Kind.Page, cookie: office));

            var peak = PeakMemoryMegabytes(portal);
            var floorPeak = PeakMemoryMegabytes(floor);
            Report.Print(results, peak, floorPeak);
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            foreach (var process in processes.Where(p => !p.HasExited))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static Dictionary<string, string> PortalEnvironment(string data) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",

        // As behind nginx: the load generator says the request came over HTTPS (X-Forwarded-Proto), so Production's
        // Secure cookies and antiforgery work over the loopback's plain HTTP.
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
        ["Storage__DataDirectory"] = data,
        ["Serilog__MinimumLevel__Default"] = "Warning",

        // The floor logs nothing; the portal's one line per request is left out too (bench/run.sh --request-log keeps it).
        ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
        ["Reminders__Enabled"] = "false",
        // One load generator on one address: lift the per-address limits that protect the public forms.
        ["Surveys__MaxPerAddressPerHour"] = "100000000",
        ["SignInLimit__PermitLimit"] = "100000",
    };

    /// <summary>The portal and the data generator (tools/), which builds the portal with it.</summary>
    private static async Task<(string Portal, string Generator)> BuildPortalAsync(string repo)
    {
        Console.WriteLine("== Building the portal and the data generator (Release)");
        await RunAsync("dotnet", ["build", Path.Combine(repo, "tools", "SNgV.Portal.DataGenerator"), "-c", "Release", "-nologo", "-v", "quiet"], NoEnvironment, null, TimeSpan.FromMinutes(10));
        return (Path.Combine(repo, "src", "SNgV.Portal.Web", "bin", "Release", "net10.0", "SNgV.Portal.Web.dll"),
            Path.Combine(repo, "tools", "SNgV.Portal.DataGenerator", "bin", "Release", "net10.0", "SNgV.Portal.DataGenerator.dll"));
    }

    /// <summary>The floor is read-only where it is shared: build a copy.</summary>
    private static async Task<string> BuildFloorAsync(string source, string work)
    {
        Console.WriteLine($"== Building the floor (Release) from {source}");
        var copy = Path.Combine(work, "floor");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await RunAsync("dotnet", ["build", Path.Combine(copy, "Floor.csproj"), "-c", "Release", "-nologo", "-v", "quiet"], NoEnvironment, null, TimeSpan.FromMinutes(10));
        return Path.Combine(copy, "bin", "Release", "net10.0", "Floor.dll");
    }

    private static long CountResponses(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "portal.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM SurveyResponses";
        return (long)command.ExecuteScalar()!;
    }

    private static double PeakMemoryMegabytes(Process process)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], Invariant) / 1024.0;
    }

    private static string Machine()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return $"{model}, {long.Parse(memory, Invariant) / 1024 / 1024} GiB";
    }

    private static Process Start(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string directory)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        // The portal logs warnings and errors only (Serilog__MinimumLevel__Default=Warning): show them with the run.
        void Show(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"   [{Path.GetFileNameWithoutExtension(arguments.First())}] {line}");
            }
        }

        process.OutputDataReceived += Show;
        process.ErrorDataReceived += Show;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task<string> RunAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? input, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }

        return await output;
    }

    private static async Task WaitForAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{url} never answered.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SNgV.Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}

internal sealed record BenchOptions(int Seconds, int Threads, int Connections, string Tasks, string Updates, string Responses, string Dossiers, int Forms, string? FloorDirectory)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var seconds = int.Parse(Value("--seconds", "10"), CultureInfo.InvariantCulture);
        return new BenchOptions(
            seconds,
            int.Parse(Value("--threads", "2"), CultureInfo.InvariantCulture),
            int.Parse(Value("--connections", "16"), CultureInfo.InvariantCulture),
            Value("--tasks", "1000"),
            Value("--updates", "20000"),
            Value("--responses", "100000"),
            Value("--dossiers", "20000"),
            int.Parse(Value("--forms", (seconds * 1500).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            args.Contains("--floor") ? Value("--floor", "") : null);
    }
}

internal enum Kind
{
    Page,
    Write,
}

internal sealed record Measure(string Name, Kind Kind, long Requests, double Seconds, long Errors, double P50, double P95, double P99)
{
    public string? Note { get; init; }

    public double Rate => Requests / Seconds;
}
