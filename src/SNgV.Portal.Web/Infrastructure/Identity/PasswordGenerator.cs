using System.Security.Cryptography;

namespace SNgV.Portal.Web.Infrastructure.Identity;

/// <summary>Random passwords that satisfy the portal's password rules, for demo accounts.</summary>
public static class PasswordGenerator
{
    // No look-alike characters (0/O, 1/l/I): the password is read off a console and typed by hand.
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string Generate(int length = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, PasswordRules.MinimumLength);
        var all = Lower + Upper + Digits;
        var chars = new char[length];
        chars[0] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[1] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 3; i < length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
