using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// The portal process is killed (SIGKILL) while citizens send surveys: every response that got its reference
/// number back is in the database after the restart, and the file is intact.
/// </summary>
public sealed class FaultKillTests
{
    private const string Slug = "kill-test";
    private const int Clients = 8;

    [Fact]
    public async Task Every_survey_that_was_confirmed_survives_a_SIGKILL_in_the_middle_of_the_load()
    {
        using var data = new TempDataDirectory("kill");
        int procedureId;
        using (var first = PortalProcess.Start(data.Path))
        {
            await first.WaitUntilReadyAsync();
            procedureId = await OpenRoundAsync(data.Path);

            var confirmed = new ConcurrentBag<string>();
            var failures = new ConcurrentBag<string>();
            using var load = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var clients = Enumerable.Range(0, Clients).Select(_ => SubmitUntilFailureAsync(first.BaseUrl, procedureId, confirmed, failures, load.Token)).ToList();

            // About two seconds of load, and at least a few confirmations, then no warning at all.
            var started = Stopwatch.StartNew();
            while ((started.Elapsed < TimeSpan.FromSeconds(2) || confirmed.Count < Clients) && started.Elapsed < TimeSpan.FromSeconds(30) && failures.IsEmpty)
            {
                await Task.Delay(50);
            }

            Assert.True(failures.IsEmpty, "A submission failed before the kill: " + string.Join(" | ", failures));
            first.Kill();
            await Task.WhenAll(clients).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(confirmed.Count >= Clients, $"Only {confirmed.Count} submissions were confirmed before the kill.\n{first.Output}");

            using var second = PortalProcess.Start(data.Path);
            await second.WaitUntilReadyAsync();
            var saved = await ReferencesAsync(data.Path);
            var lost = confirmed.Where(r => !saved.Contains(r)).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {confirmed.Count} confirmed responses are missing after the restart: {string.Join(", ", lost.Take(10))}");

            await using var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, "portal.db")};Pooling=False");
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
        }
    }

    /// <summary>One citizen after another from one client: the form, then the answers, until the portal stops answering.</summary>
    private static async Task SubmitUntilFailureAsync(string baseUrl, int procedureId, ConcurrentBag<string> confirmed, ConcurrentBag<string> failures, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(20),
        };
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var html = await client.GetStringAsync($"/khao-sat/{Slug}", cancellationToken);
                var fields = SurveyClient.Answers(html, i => 1 + (i % 5), procedureId, comment: "Phiếu thử tải");
                using var response = await client.PostAsync($"/khao-sat/{Slug}", fields);
                const string Thanks = "/khao-sat/da-gui/";
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location && location.StartsWith(Thanks, StringComparison.Ordinal))
                {
                    confirmed.Add(location[Thanks.Length..]);
                }
                else
                {
                    failures.Add($"{(int)response.StatusCode} {response.Headers.Location}");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // The process is gone: a request cut off in flight has no confirmation, and may or may not be saved.
                return;
            }
        }
    }

    /// <summary>An open round over today, written straight into the file the portal uses (WAL: both may write).</summary>
    private static async Task<int> OpenRoundAsync(string dataDirectory)
    {
        await using var db = Context(dataDirectory);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var procedureId = await db.Procedures.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        db.SurveyRounds.Add(new SurveyRound
        {
            QuestionnaireId = await db.Questionnaires.OrderBy(q => q.Id).Select(q => q.Id).FirstAsync(),
            Name = "Khảo sát thử tải",
            Slug = Slug,
            OpensOn = today.AddDays(-30),
            ClosesOn = today.AddDays(30),
            IsOpen = true,
            Procedures = [new SurveyRoundProcedure { AdministrativeProcedureId = procedureId }],
        });
        await db.SaveChangesAsync();
        return procedureId;
    }

    private static async Task<HashSet<string>> ReferencesAsync(string dataDirectory)
    {
        await using var db = Context(dataDirectory);
        return (await db.SurveyResponses.Select(r => r.ReferenceNumber).ToListAsync()).ToHashSet(StringComparer.Ordinal);
    }

    private static SqliteDbContext Context(string dataDirectory) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataDirectory, "portal.db")};Pooling=False;Default Timeout=30")
            .AddInterceptors(new ConcurrencyStampInterceptor())
            .Options);
}

/// <summary>The built portal (SNgV.Portal.Web.dll beside the tests) as a process of its own, on a free port.</summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PortalProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static PortalProcess Start(string dataDirectory)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SNgV.Portal.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["DemoAccounts__Password"] = PortalFactory.DemoPassword;
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Surveys__MaxPerAddressPerHour"] = "100000000";
        return new PortalProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), baseUrl);
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(_process.HasExited, $"The portal stopped with code {(_process.HasExited ? _process.ExitCode : 0)}.\n{Output}");
            try
            {
                using var ready = await client.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The portal was not ready after {waited.Elapsed.TotalSeconds:0} s.\n{Output}");
    }

    /// <summary>SIGKILL on Linux: no shutdown, no flush, no disposal.</summary>
    public void Kill()
    {
        _process.Kill();
        Assert.True(_process.WaitForExit(10_000), "The portal did not die.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
