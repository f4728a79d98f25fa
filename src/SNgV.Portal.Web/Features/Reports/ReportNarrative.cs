using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>The sections of a report that the portal proposes and the Office then edits.</summary>
public enum ReportSection
{
    GeneralAssessment,
    Shortcomings,
    Difficulties,
    NextTasks,
    Proposals,
}

/// <summary>The text the portal proposes for a draft, with the figures it was written from.</summary>
public sealed record ReportNarrative(
    string GeneralAssessment,
    string Shortcomings,
    string Difficulties,
    string Proposals,
    string NextTasks,
    ReportFigures Figures)
{
    public static readonly IReadOnlyList<ReportSection> Sections = Enum.GetValues<ReportSection>();

    public string this[ReportSection section] => section switch
    {
        ReportSection.GeneralAssessment => GeneralAssessment,
        ReportSection.Shortcomings => Shortcomings,
        ReportSection.Difficulties => Difficulties,
        ReportSection.NextTasks => NextTasks,
        _ => Proposals,
    };

    public static string NameOf(ReportSection section) => section switch
    {
        ReportSection.GeneralAssessment => "Đánh giá chung",
        ReportSection.Shortcomings => "Tồn tại, hạn chế",
        ReportSection.Difficulties => "Khó khăn, vướng mắc",
        ReportSection.NextTasks => "Nhiệm vụ trọng tâm kỳ tới",
        _ => "Đề xuất, kiến nghị",
    };
}

/// <summary>
/// Reads and writes the proposed sections on a <see cref="Report"/> and remembers, as hashes, what was proposed for
/// each, so that the portal knows which sections the Office has since edited.
/// </summary>
public static class ReportSections
{
    public static string Get(Report report, ReportSection section) => section switch
    {
        ReportSection.GeneralAssessment => report.GeneralAssessment,
        ReportSection.Shortcomings => report.Shortcomings,
        ReportSection.Difficulties => report.Difficulties,
        ReportSection.NextTasks => report.NextTasks,
        _ => report.Proposals,
    };

    /// <summary>
    /// Writes the proposal into the sections the Office has not edited (into every section when
    /// <paramref name="replaceEdited"/>), and records the figures and the proposal as the text's new starting point.
    /// </summary>
    /// <returns>The sections kept as the Office wrote them.</returns>
    public static IReadOnlyList<ReportSection> Propose(Report report, ReportNarrative narrative, bool replaceEdited, Func<string, string> fit)
    {
        var edited = Edited(report);
        var kept = new List<ReportSection>();
        var hashes = new Dictionary<string, string>();
        foreach (var section in ReportNarrative.Sections)
        {
            var proposed = fit(narrative[section]);
            if (replaceEdited || !edited.Contains(section))
            {
                Set(report, section, proposed);
            }
            else
            {
                kept.Add(section);
            }

            hashes[section.ToString()] = Hash(proposed);
        }

        report.TextFigures = narrative.Figures.ToJson();
        report.ProposedTextHashes = JsonSerializer.Serialize(hashes);
        return kept;
    }

    /// <summary>
    /// The sections whose text differs from what the portal last proposed. A draft from before the portal kept the
    /// hashes counts every section as edited: nothing the Office may have written is replaced without being asked.
    /// </summary>
    public static IReadOnlyList<ReportSection> Edited(Report report)
    {
        var hashes = StoredHashes(report.ProposedTextHashes);
        return ReportNarrative.Sections
            .Where(s => hashes is null || !hashes.TryGetValue(s.ToString(), out var proposed) || proposed != Hash(Get(report, s)))
            .ToList();
    }

    /// <summary>
    /// SHA-256 of the paragraphs as the document shows them: line endings, spaces at the ends of lines and empty lines
    /// do not count (a browser sends a textarea back with CRLF).
    /// </summary>
    public static string Hash(string text)
    {
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var normalised = string.Join("\n", paragraphs).Normalize(NormalizationForm.FormC);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private static void Set(Report report, ReportSection section, string text)
    {
        switch (section)
        {
            case ReportSection.GeneralAssessment:
                report.GeneralAssessment = text;
                break;
            case ReportSection.Shortcomings:
                report.Shortcomings = text;
                break;
            case ReportSection.Difficulties:
                report.Difficulties = text;
                break;
            case ReportSection.NextTasks:
                report.NextTasks = text;
                break;
            default:
                report.Proposals = text;
                break;
        }
    }

    private static Dictionary<string, string>? StoredHashes(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
