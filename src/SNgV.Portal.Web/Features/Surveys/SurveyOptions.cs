namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>The "Surveys" settings: thresholds of the abuse flags and the per-address limit.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>A form submitted sooner than this after it was shown is flagged "too fast".</summary>
    public int MinSecondsToComplete { get; set; } = 20;

    /// <summary>This many responses from one address within <see cref="BurstWindowMinutes"/> flag the latest as a burst.</summary>
    public int BurstCount { get; set; } = 3;

    public int BurstWindowMinutes { get; set; } = 10;

    /// <summary>More responses than this from one address in an hour are refused (429) with a friendly message.</summary>
    public int MaxPerAddressPerHour { get; set; } = 20;

    /// <summary>Salt of the address hashes; when empty one is generated once and kept in the database.</summary>
    public string? AddressSalt { get; set; }
}
