using System.Text.RegularExpressions;

namespace SNgV.Portal.UnitTests;

/// <summary>
/// Every script a view loads is deferred: fetched while the page is parsed and run after it, so no script holds up
/// a page's first paint (bench/lighthouse.sh, docs/benchmarks.md). The HTTP side is StaticFilesTests.
/// </summary>
public sealed partial class ScriptLoadingTests
{
    [Fact]
    public void Every_script_tag_of_every_view_is_deferred()
    {
        var tags = RepositoryFiles.Under(Path.Combine("src", "SNgV.Portal.Web"), ".cshtml")
            .SelectMany(f => ScriptTag().Matches(File.ReadAllText(f)).Select(m => (Where: Path.GetFileName(f), Tag: m.Value)))
            .ToList();

        Assert.True(tags.Count >= 9, $"only {tags.Count} script tags found: is the pattern still right?");
        Assert.Empty(tags.Where(t => !Deferred().IsMatch(t.Tag)).Select(t => $"{t.Where}: {t.Tag}"));
    }

    [GeneratedRegex("<script\\b[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("^<script src=\"[^\"]+\"[^>]*\\sdefer[\\s>]")]
    private static partial Regex Deferred();
}
