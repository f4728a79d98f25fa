using System.Security.Cryptography;

namespace SNgV.Portal.Web.Infrastructure.Codes;

/// <summary>
/// Random codes read or typed by people (receipt codes, survey tokens and references): characters from an alphabet
/// without look-alikes (no 0/O, 1/I/L), drawn from a cryptographic generator so one code says nothing about the next (ADR 0006).
/// </summary>
public static class RandomCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Long enough (about 99 bits) that a survey invitation or form token cannot be guessed.</summary>
    public const int TokenLength = 20;

    public static string New(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>A single-use token: a survey invitation, a paper form.</summary>
    public static string NewToken() => New(TokenLength);
}
