using System.Text;
using SNgV.Portal.Web.Infrastructure.Codes;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>
/// Receipt codes (mã hồ sơ): eight <see cref="RandomCodes"/> characters, shown as XXXX-XXXX.
/// </summary>
public static class ReceiptCodes
{
    public const string Alphabet = RandomCodes.Alphabet;
    public const int Length = 8;

    public static string New() => RandomCodes.New(Length);

    /// <summary>What the applicant typed, in the stored form: upper case, without spaces or hyphens; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 32)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is ' ' or '-' or '.')
            {
                continue;
            }

            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            builder.Append(c);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    public static string Format(string code) => code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;
}
