using System.Text;
using System.Text.RegularExpressions;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>An .eml file from the mail pickup folder, with its UTF-8 headers and body decoded.</summary>
public sealed partial record PickupMail(string File, string To, string Subject, string Body)
{
    public static IReadOnlyList<PickupMail> ReadAll(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];

    public static PickupMail Read(string file)
    {
        var text = System.IO.File.ReadAllText(file);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = UnfoldPattern().Replace(text[..split], " ");
        var body = text[(split + 4)..];

        string Header(string name) =>
            headers.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)) is { } line
                ? DecodeWords(line[(name.Length + 1)..].Trim())
                : "";

        var encoding = Header("Content-Transfer-Encoding").ToLowerInvariant();
        var decoded = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n")))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
        return new PickupMail(file, Header("To"), Header("Subject"), decoded.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string DecodeWords(string value) =>
        EncodedWordPattern().Replace(WhitespaceBetweenWordsPattern().Replace(value, "?==?"), m =>
        {
            var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups[3].Value)
                : QuotedBytes(m.Groups[3].Value.Replace('_', ' '));
            return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
        });

    private static string DecodeQuotedPrintable(string body) =>
        Encoding.UTF8.GetString(QuotedBytes(body.Replace("=\r\n", "", StringComparison.Ordinal)));

    private static byte[] QuotedBytes(string value)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex UnfoldPattern();

    [GeneratedRegex(@"\?=(\s+)=\?")]
    private static partial Regex WhitespaceBetweenWordsPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();
}
