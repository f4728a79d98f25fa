using System.Collections.Concurrent;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>
/// Limits wrong receipt codes per client address on the public look-up, as a bucket of <see cref="Allowance"/> wrong
/// codes that refills by one every <see cref="RefillEvery"/>: a building behind one address (carrier NAT, the
/// department's Wi-Fi, the kiosk at the desk) can mistype many codes a day, while one address can try at most about
/// 1,460 codes a day — with 8.5 × 10¹¹ codes, decades per hit (ADR 0006). Only well-formed codes that match no dossier
/// count; a right code is never refused. In memory, per instance.
/// </summary>
public sealed class LookupThrottle(TimeProvider clock)
{
    /// <summary>Wrong codes an address may type in a burst.</summary>
    public const int Allowance = 20;

    /// <summary>The time after which one more wrong code is allowed again.</summary>
    public static readonly TimeSpan RefillEvery = TimeSpan.FromMinutes(1);

    private const int MaxTrackedAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();

    /// <summary>How long the address must wait before its next wrong code is answered, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string address)
    {
        if (!_buckets.TryGetValue(address, out var bucket))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var used = bucket.UsedAt(now);
        if (used <= 0)
        {
            _buckets.TryRemove(address, out _);
            return null;
        }

        // Until enough wrong codes are forgiven to leave one: the rest of the current minute, then whole minutes.
        var intoCurrentRefill = TimeSpan.FromTicks((now - bucket.Since).Ticks % RefillEvery.Ticks);
        return used >= Allowance ? (RefillEvery * (used - Allowance + 1)) - intoCurrentRefill : null;
    }

    public void RecordFailure(string address)
    {
        var now = clock.GetUtcNow();
        if (_buckets.Count >= MaxTrackedAddresses)
        {
            foreach (var empty in _buckets.Where(b => b.Value.UsedAt(now) <= 0).Select(b => b.Key).ToList())
            {
                _buckets.TryRemove(empty, out _);
            }
        }

        _buckets.AddOrUpdate(address, _ => new Bucket(now, 1), (_, old) => new Bucket(now, Math.Max(0, old.UsedAt(now)) + 1));
    }

    /// <summary>Wrong codes counted at <see cref="Since"/>; one is forgiven for each <see cref="RefillEvery"/> since.</summary>
    private sealed record Bucket(DateTimeOffset Since, int Used)
    {
        public int UsedAt(DateTimeOffset now) => Used - (int)((now - Since) / RefillEvery);
    }
}
