using System.Globalization;
using System.Text.RegularExpressions;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>
/// Reads the numbers the Office types or imports. The request culture is vi-VN, where the decimal separator is a
/// comma, but figures copied from VCCI's English reports use a point: both "6,58" and "6.58" are accepted, and
/// nothing else (no thousands separators, no signs), so that "6.580" can never be read as six thousand.
/// </summary>
public static partial class PciNumber
{
    public static bool TryParse(string? text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var match = Shape().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        decimals = match.Groups[2].Value.Length;
        return decimal.TryParse(match.Groups[1].Value + (decimals > 0 ? "." + match.Groups[2].Value : ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The Vietnamese message for a 1–10 sub-index score with at most two decimals, or null when it is valid.</summary>
    public static string? ScoreError(string? text) => RangeError(text, 1m, 10m, 2, "Điểm", "6,58");

    /// <summary>The message for a number between <paramref name="min"/> and <paramref name="max"/> with at most <paramref name="maxDecimals"/> decimals.</summary>
    public static string? RangeError(string? text, decimal min, decimal max, int maxDecimals, string what, string example)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"Vui lòng nhập {what.ToLowerInvariant()}.";
        }

        if (!TryParse(text, out var value, out var decimals))
        {
            return $"{what} phải là số, ví dụ {example}.";
        }

        if (value < min || value > max)
        {
            return $"{what} phải từ {min.ToString(CultureInfo.GetCultureInfo("vi-VN"))} đến {max.ToString(CultureInfo.GetCultureInfo("vi-VN"))}.";
        }

        return decimals > maxDecimals ? $"{what} chỉ có tối đa {maxDecimals} chữ số thập phân." : null;
    }

    /// <summary>The value of text already validated by <see cref="RangeError"/>.</summary>
    public static decimal Parse(string text) => TryParse(text, out var value, out _) ? value : throw new FormatException($"Not a number: {text}");

    /// <summary>A number as the vi-VN forms show it: "6,58".</summary>
    public static string Format(decimal value) => value.ToString("0.00##", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"^(\d{1,6})(?:[.,](\d{1,8}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
