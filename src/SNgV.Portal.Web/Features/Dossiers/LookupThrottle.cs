using System.Collections.Concurrent;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>
/// Counts wrong receipt codes per client address on the public look-up: after <see cref="MaxFailures"/> wrong
/// codes within <see cref="Window"/>, the address must wait until the window ends. Right codes are not counted.
/// In memory, per instance: enough to make guessing codes pointless (ADR 0006).
/// </summary>
public sealed class LookupThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private const int MaxTrackedAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new();

    /// <summary>How long the address must still wait, or null when it may look up.</summary>
    public TimeSpan? RetryAfter(string address)
    {
        if (!_failures.TryGetValue(address, out var failures))
        {
            return null;
        }

        var left = failures.Since + Window - clock.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            _failures.TryRemove(address, out _);
            return null;
        }

        return failures.Count >= MaxFailures ? left : null;
    }

    public void RecordFailure(string address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= MaxTrackedAddresses)
        {
            foreach (var stale in _failures.Where(f => f.Value.Since + Window <= now).Select(f => f.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }
        }

        _failures.AddOrUpdate(address, _ => new Failures(now, 1),
            (_, old) => old.Since + Window <= now ? new Failures(now, 1) : old with { Count = old.Count + 1 });
    }

    private sealed record Failures(DateTimeOffset Since, int Count);
}
