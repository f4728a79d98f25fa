using System.Globalization;
using System.Text.RegularExpressions;

namespace SNgV.Portal.Bench;

/// <summary>Runs Debian's wrk for a fixed time and reads back, through a Lua done() hook, requests, errors and latency percentiles.</summary>
internal sealed partial class Wrk(BenchOptions options, string work)
{
    public const string PlainPost = "wrk.method = \"POST\"\n";

    private const string Done = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
            e.connect + e.read + e.write + e.timeout + e.status, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
        end
        """;

    /// <summary>
    /// Posts the prefetched survey bodies, each once: thread n takes every n-th line, so no one-time form token is
    /// sent twice while there are enough of them.
    /// </summary>
    public static string SurveyPost(string formsFile) => $$"""
        local counter = 0
        setup = function(thread)
          thread:set("id", counter)
          counter = counter + 1
        end
        local bodies = {}
        local index = 0
        init = function(args)
          wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
          local i = 0
          for line in io.lines("{{formsFile}}") do
            if i % THREADS == id then table.insert(bodies, line) end
            i = i + 1
          end
        end
        request = function()
          index = index + 1
          return wrk.format("POST", nil, nil, bodies[((index - 1) % #bodies) + 1])
        end
        """;

    public async Task<Measure> RunAsync(string name, string url, Kind kind, string? cookie = null, string? post = null)
    {
        var script = Path.Combine(work, $"wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, (post ?? "").Replace("THREADS", options.Threads.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "\n" + Done);
        var arguments = new List<string> { $"-t{options.Threads}", $"-c{options.Connections}", $"-d{options.Seconds}s", "--timeout", "10s", "-s", script, "-H", "X-Forwarded-Proto: https" };
        if (cookie is not null)
        {
            arguments.AddRange(["-H", $"Cookie: {cookie}"]);
        }

        arguments.Add(url);
        var output = await LoadBenchmark.RunAsync("wrk", arguments, new Dictionary<string, string>(), null, TimeSpan.FromSeconds(options.Seconds + 60));
        var result = ResultLine().Match(output);
        if (!result.Success)
        {
            throw new InvalidOperationException($"wrk printed no result for {name}:\n{output}");
        }

        long At(int group) => long.Parse(result.Groups[group].Value, CultureInfo.InvariantCulture);
        var measure = new Measure(name, kind, At(1), At(2) / 1e6, At(3), At(4) / 1000.0, At(5) / 1000.0, At(6) / 1000.0);
        Console.WriteLine($"   {name}: {measure.Rate:0} req/s, p99 {measure.P99:0.0} ms, {measure.Errors} errors");
        return measure;
    }

    [GeneratedRegex(@"RESULT (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)")]
    private static partial Regex ResultLine();
}
