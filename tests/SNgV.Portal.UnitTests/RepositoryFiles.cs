namespace SNgV.Portal.UnitTests;

/// <summary>The repository's files, for tests that read the source itself (documents, views, the icon sprite).</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The files under a folder of the repository with the extension, outside bin/ and obj/.</summary>
    public static IEnumerable<string> Under(string folder, string extension) =>
        Directory.EnumerateFiles(PathOf(folder), "*" + extension, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SNgV.Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SNgV.Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
