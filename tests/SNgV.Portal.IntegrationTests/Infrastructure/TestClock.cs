using System.Diagnostics;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>A clock that starts where a test puts it and then runs at real speed, so that events keep their order.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private DateTimeOffset _start = start;

    public override DateTimeOffset GetUtcNow() => _start.ToUniversalTime() + _elapsed.Elapsed;

    public void MoveTo(DateTimeOffset now)
    {
        _start = now;
        _elapsed.Restart();
    }
}
