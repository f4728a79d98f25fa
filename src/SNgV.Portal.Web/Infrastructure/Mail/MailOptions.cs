using System.Net.Mail;

namespace SNgV.Portal.Web.Infrastructure.Mail;

/// <summary>
/// <c>Mail:*</c>: who the portal's e-mail comes from and how it leaves. With <c>Mail:Smtp:Host</c> the
/// messages go by SMTP; without it (and whenever SMTP fails) they are written as .eml files into the pickup folder.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public const string DefaultFrom = "Sở Ngoại vụ tỉnh Quảng Trị <no-reply@localhost>";

    /// <summary>The sender, as "Name &lt;address&gt;" or a bare address.</summary>
    public string From { get; set; } = DefaultFrom;

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where messages are written when they are not sent by SMTP; relative to the data folder unless rooted.</summary>
    public string? PickupDirectory { get; set; }

    public MailAddress FromAddress()
    {
        var parsed = new MailAddress(From);
        return new MailAddress(parsed.Address, parsed.DisplayName, System.Text.Encoding.UTF8);
    }

    public string ResolvePickupDirectory(PortalPaths paths) =>
        string.IsNullOrWhiteSpace(PickupDirectory)
            ? paths.MailPickupDirectory
            : Path.GetFullPath(Path.IsPathRooted(PickupDirectory) ? PickupDirectory : Path.Combine(paths.DataDirectory, PickupDirectory));
}

public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP server, every message goes to the pickup folder.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool EnableSsl { get; set; }
}
