using System.Text.RegularExpressions;
using System.Xml.Linq;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

/// <summary>The icon sprite holds every icon the views and the menu name, and only those the list asks for.</summary>
public sealed partial class IconSpriteTests
{
    private static readonly string SpriteFile = RepositoryFiles.PathOf("src", "SNgV.Portal.Web", "wwwroot", "lib", "bootstrap-icons", "icons.svg");

    [Fact]
    public void Every_icon_a_view_or_the_menu_names_is_in_the_sprite()
    {
        var inSprite = SymbolIds();
        var named = RepositoryFiles.Under(Path.Combine("src", "SNgV.Portal.Web"), ".cshtml")
            .SelectMany(f => IconName().Matches(File.ReadAllText(f)).Select(m => (Where: Path.GetFileName(f), Name: m.Groups[1].Value)))
            .Concat(NavigationMenu.Public.Concat(NavigationMenu.SignedIn)
                .SelectMany(i => i.Group is null ? [i.Icon] : new[] { i.Icon, i.Group.Icon })
                .Select(name => (Where: nameof(NavigationMenu), Name: name)))
            .ToList();

        Assert.True(named.Count > 50, $"only {named.Count} icons found: is the pattern still right?");
        Assert.Empty(named.Where(n => !inSprite.Contains(n.Name)).Select(n => $"{n.Where}: {n.Name}").Distinct());
    }

    [Fact]
    public void The_sprite_is_built_from_the_list_of_icon_names_and_uses_no_font()
    {
        var listed = File.ReadAllLines(RepositoryFiles.PathOf("scripts", "icon-names.txt")).Where(l => l.Length > 0).ToHashSet();

        Assert.Equal(listed.Order(), SymbolIds().Order());
        Assert.False(Directory.Exists(RepositoryFiles.PathOf("src", "SNgV.Portal.Web", "wwwroot", "lib", "bootstrap-icons", "fonts")));
        Assert.Empty(RepositoryFiles.Under(Path.Combine("src", "SNgV.Portal.Web"), ".cshtml")
            .Where(f => OldIconTag().IsMatch(File.ReadAllText(f))).Select(Path.GetFileName));
    }

    private static HashSet<string> SymbolIds()
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        var symbols = XDocument.Load(SpriteFile).Root!.Elements(svg + "symbol").ToList();
        Assert.All(symbols, s => Assert.NotNull(s.Attribute("viewBox")));
        return symbols.Select(s => (string)s.Attribute("id")!).ToHashSet();
    }

    [GeneratedRegex("<icon name=\"([a-z0-9-]+)\"")]
    private static partial Regex IconName();

    [GeneratedRegex("<i class=\"bi\\b")]
    private static partial Regex OldIconTag();
}
