using System.Globalization;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Dates as people type them in Vietnam: dd/MM/yyyy (1/2/2020 too). Forms bind the text and validators parse it
/// here, so a date never depends on the request culture's idea of a short date.
/// </summary>
public static class DateInput
{
    public const string Format = "dd/MM/yyyy";

    /// <summary>The HTML pattern of a date box: day/month/year, with / - or . between them.</summary>
    public const string Pattern = @"\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}";

    private static readonly string[] Accepted = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    /// <summary>A moment as people type it: the day as above, then the time on a 24-hour clock (20/05/2019 08:30).</summary>
    public const string DateTimeFormat = "dd/MM/yyyy HH:mm";

    /// <summary>The HTML pattern of a date-and-time box.</summary>
    public const string DateTimePattern = @"\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}\s+\d{1,2}[:h.]\d{2}";

    private static readonly string[] AcceptedDateTimes =
        [.. Accepted.SelectMany(d => new[] { d + " H:mm", d + " H'h'mm", d + " H.mm" }), "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>Reads a typed moment, or the ISO form (yyyy-MM-ddTHH:mm) that links and older forms send.</summary>
    public static bool TryParseDateTime(string? text, out DateTime moment) =>
        DateTime.TryParseExact(string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)), AcceptedDateTimes,
            CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);

    public static bool IsEmptyOrValid(string? text) => string.IsNullOrWhiteSpace(text) || TryParse(text, out _);

    public static string Show(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string Show(DateOnly? date) => date is { } d ? Show(d) : "";

    /// <summary>The first instant (UTC) of a day in Vietnam.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTime.Zone);
}
