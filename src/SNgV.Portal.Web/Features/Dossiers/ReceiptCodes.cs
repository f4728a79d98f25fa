using System.Security.Cryptography;
using System.Text;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>
/// Receipt codes (mã hồ sơ): eight random characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// shown as XXXX-XXXX. Random, so that one code says nothing about the next (ADR 0006).
/// </summary>
public static class ReceiptCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

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
