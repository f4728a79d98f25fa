namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Where the portal keeps what it writes: the SQLite file, logs, and (later) uploaded files and mail.
/// <c>Storage:DataDirectory</c>, relative to the content root unless rooted; default <c>App_Data</c>.
/// </summary>
public sealed class PortalPaths
{
    public PortalPaths(string dataDirectory)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    public static PortalPaths FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Storage:DataDirectory"];
        var directory = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return new PortalPaths(Path.IsPathRooted(directory) ? directory : Path.Combine(contentRoot, directory));
    }
}
