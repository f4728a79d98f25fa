using System.Reflection;
using System.Text.RegularExpressions;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.UnitTests;

/// <summary>docs/architecture.md stays one screen-length page, and every type, member and folder it names exists.</summary>
public sealed partial class ArchitectureDocumentTests
{
    private const int MaxLines = 70;

    private static readonly string Root = RepositoryFiles.Root;
    private static readonly string Document = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));

    [Fact]
    public void The_page_fits_on_one_screen()
    {
        var lines = Document.Split('\n').Length;
        Assert.True(lines <= MaxLines, $"docs/architecture.md has {lines} lines; keep it to {MaxLines}.");
    }

    [Fact]
    public void Every_type_and_member_it_names_exists_in_the_code()
    {
        var assemblies = new[] { typeof(PortalUser).Assembly, typeof(ArchitectureDocumentTests).Assembly };
        var types = assemblies.SelectMany(a => a.GetTypes()).ToList();
        var names = types.Select(t => t.Name.Split('`')[0])
            .Concat(types.SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Select(m => m.Name))
            .ToHashSet(StringComparer.Ordinal);

        var missing = CodeNames().Where(n => !names.Contains(n)).Distinct().ToList();

        Assert.True(missing.Count == 0, "docs/architecture.md names what the code does not have: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_folder_it_names_exists()
    {
        var folders = Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories)
            .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}bin", StringComparison.Ordinal) && !d.Contains($"{Path.DirectorySeparatorChar}obj", StringComparison.Ordinal))
            .Select(d => Path.GetRelativePath(Root, d).Replace(Path.DirectorySeparatorChar, '/') + "/")
            .ToList();

        var missing = FolderNames().Where(f => !folders.Any(d => d == f || d.EndsWith("/" + f, StringComparison.Ordinal))).ToList();

        Assert.True(missing.Count == 0, "docs/architecture.md names folders that do not exist: " + string.Join(", ", missing));
    }

    /// <summary>Compound names (WebSetup, SaveExpectingAsync, ModelState.Saved's Saved) that are not configuration keys (Database:Provider).</summary>
    private static IEnumerable<string> CodeNames() =>
        CompoundName().Matches(Document).Where(m => m.Index == 0 || Document[m.Index - 1] is not (':' or '<' or '/' or '.'))
            .Select(m => m.Value)
            .Where(n => !NotCode.Contains(n));

    private static IEnumerable<string> FolderNames() =>
        FolderName().Matches(Document).Select(m => m.Groups[1].Value.Replace("<Feature>", "Progress", StringComparison.Ordinal));

    /// <summary>ASP.NET Core's own names that the page mentions beside the portal's.</summary>
    private static readonly HashSet<string> NotCode = ["ModelState", "IAuthorizationService", "AllowAnonymous"];


    [GeneratedRegex(@"\bI?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b")]
    private static partial Regex CompoundName();

    [GeneratedRegex(@"(?<![\w/<>.-])((?:[A-Za-z<>.-]+/)+)(?![\w<])")]
    private static partial Regex FolderName();
}
