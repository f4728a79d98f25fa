using System.Text;
using System.Text.RegularExpressions;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// Reads the plan as the department published it (Seed/95-KH-SNgV-2019.txt, a copy of the source document),
/// independently of the portal's seed file, so the seed can be checked against the original.
/// </summary>
public static partial class PlanDocumentParser
{
    public sealed record Area(int Number, string Title, List<string> Tasks);

    public static IReadOnlyList<Area> Areas()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Seed", "95-KH-SNgV-2019.txt"), Encoding.UTF8)
            .Select(l => l.Normalize(NormalizationForm.FormC).TrimEnd())
            .ToList();
        var start = lines.FindIndex(l => l.Contains("NỘI DUNG VÀ GIẢI PHÁP", StringComparison.Ordinal));
        var end = lines.FindIndex(l => l.Contains("TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal));

        var areas = new List<Area>();
        foreach (var line in lines.Skip(start + 1).Take(end - start - 1).Where(l => l.Length > 0))
        {
            var heading = AreaHeading().Match(line);
            if (heading.Success)
            {
                areas.Add(new Area(int.Parse(heading.Groups[1].Value), Clean(heading.Groups[2].Value), []));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                areas[^1].Tasks.Add(Clean(line[2..]));
            }
            else if (areas[^1].Tasks.Count > 0 && !areas[^1].Tasks[^1].EndsWith('.') && !areas[^1].Tasks[^1].EndsWith(';'))
            {
                // A bullet broken across a page of the scanned document.
                areas[^1].Tasks[^1] += " " + Clean(line);
            }
            else
            {
                // An area written as a paragraph (II.6) is one task.
                areas[^1].Tasks.Add(Clean(line));
            }
        }

        return areas;
    }

    /// <summary>Markdown emphasis and link brackets are layout, not words.</summary>
    private static string Clean(string text) =>
        LinkBrackets().Replace(text.Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal), "$1").Trim();

    [GeneratedRegex(@"^#+ \*\*(\d)\. (.+?)\*\*$")]
    private static partial Regex AreaHeading();

    [GeneratedRegex(@"<(https?://[^>]+)>")]
    private static partial Regex LinkBrackets();
}
