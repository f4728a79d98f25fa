namespace SNgV.Portal.Web.Features.DemoHistory;

/// <summary>The clock the history's services read: set to each moment of the year being played.</summary>
public sealed class HistoryClock : TimeProvider
{
    private DateTimeOffset _now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTime utc) => _now = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
