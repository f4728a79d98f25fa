using System.Globalization;

namespace SNgV.Portal.Bench;

/// <summary>The table of the run: every portal figure beside the floor's, and as a ratio to it.</summary>
internal static class Report
{
    public static void Print(IReadOnlyList<Measure> results, double portalPeakMegabytes, double floorPeakMegabytes)
    {
        var floorPage = results[0];
        var floorWrite = results[1];
        Console.WriteLine();
        Console.WriteLine("| scenario | req/s | × floor | p50 ms | p95 ms | p99 ms | p99 × floor | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var floor = r.Kind == Kind.Write ? floorWrite : floorPage;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Rate:0} | {r.Rate / floor.Rate:0.00} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.P99 / floor.P99:0.00} | {r.Errors} |"));
        }

        Console.WriteLine();
        foreach (var note in results.Where(r => r.Note is not null))
        {
            Console.WriteLine($"{note.Name}: {note.Note}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory (VmHWM): portal {portalPeakMegabytes:0} MB, floor {floorPeakMegabytes:0} MB"));
        var pages = results.Skip(2).Where(r => r.Kind == Kind.Page).Take(3).ToList();
        var write = results.Single(r => r.Kind == Kind.Write && r != floorWrite);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: public read pages ≥ 0.5 × floor page: {(pages.All(p => p.Rate >= 0.5 * floorPage.Rate) ? "met" : "NOT met")}; " +
            $"submission ≥ 0.5 × floor write, no errors, p99 ≤ 2 × floor: {(write.Rate >= 0.5 * floorWrite.Rate && write.Errors == 0 && write.P99 <= 2 * floorWrite.P99 ? "met" : "NOT met")}"));
    }
}
