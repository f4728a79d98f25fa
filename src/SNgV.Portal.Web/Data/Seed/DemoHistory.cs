namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// The lived-in first run of the Development environment: the 2019 plan as the year it was, and this year's plan
/// copied from it. Implemented by <c>Features/DemoHistory</c>, which plays the year through the features' own
/// services; start-up (Infrastructure) knows it only by this interface.
/// </summary>
public interface IDemoHistorySeeder
{
    /// <summary>Adds the history once, under the seeding lock; null when it was already there (or is switched off).</summary>
    Task<DemoHistorySummary?> SeedAsync(CancellationToken cancellationToken = default);
}

/// <summary>What the first start added, for the console.</summary>
public sealed record DemoHistorySummary(int Updates, int Reports, int SurveyResponses, int Dossiers, string CurrentPlanNumber, int CurrentYear, TimeSpan Elapsed);

/// <summary><c>DemoHistory:Enabled</c> (Development only; on by default, off in the tests unless they ask).</summary>
public sealed class DemoHistoryOptions
{
    public const string Section = "DemoHistory";

    public bool Enabled { get; set; } = true;
}
