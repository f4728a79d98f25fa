namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Where the portal keeps what it writes: the SQLite file, logs, mail not sent by SMTP, and (later) uploaded files.
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

    /// <summary>The default <c>Mail:PickupDirectory</c>: e-mail written as .eml files when no SMTP server takes it.</summary>
    public string MailPickupDirectory => Path.Combine(DataDirectory, "mail-pickup");

    public static PortalPaths FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Storage:DataDirectory"];
        var directory = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return new PortalPaths(Path.IsPathRooted(directory) ? directory : Path.Combine(contentRoot, directory));
    }
}
