using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace SNgV.Portal.Web.Infrastructure.Mail;

/// <summary>
/// Sends the portal's e-mail. By SMTP when <c>Mail:Smtp:Host</c> is set; otherwise, and for every message SMTP
/// refuses, the message is written as an .eml file into the pickup folder and one log line says where. It never
/// throws: a caller's work (a saved reminder, a web request) does not fail because mail could not leave, and a
/// message that cannot even be written is logged as lost, never dropped silently.
/// </summary>
public sealed class MailSender(IOptions<MailOptions> options, PortalPaths paths, TimeProvider clock, ILogger<MailSender> logger)
{
    /// <summary>How long one SMTP exchange may take before the message goes to the pickup folder instead.</summary>
    public static readonly TimeSpan SmtpTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Delivers <paramref name="messages"/>. Deliberately not cancellable: once the caller has saved what the
    /// messages announce, they must go out (or into the pickup folder) even if the caller's request is aborted.
    /// After a server-side failure the rest of the batch goes straight to the pickup folder, so an unreachable
    /// server costs one timeout, not one per message.
    /// </summary>
    public async Task SendAsync(IReadOnlyCollection<OutgoingMail> messages)
    {
        var settings = options.Value;
        var useSmtp = !string.IsNullOrWhiteSpace(settings.Smtp.Host);
        var from = settings.FromAddress();

        foreach (var mail in messages)
        {
            using var message = Build(mail, from);
            if (message is null)
            {
                continue;
            }

            if (useSmtp)
            {
                try
                {
                    await SendBySmtpAsync(message, settings.Smtp);
                    continue;
                }
                catch (SmtpFailedRecipientException ex)
                {
                    logger.LogError(ex, "Máy chủ thư {Host} từ chối người nhận {Recipient}; thư \"{Subject}\" được lưu vào thư mục chờ gửi.",
                        settings.Smtp.Host, mail.To, mail.Subject);
                }
                catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
                {
                    logger.LogError(ex, "Không gửi được thư qua máy chủ {Host}:{Port}; thư này và các thư còn lại của lượt gửi được lưu vào thư mục chờ gửi.",
                        settings.Smtp.Host, settings.Smtp.Port);
                    useSmtp = false;
                }
            }

            await WriteToPickupAsync(message, mail, settings);
        }
    }

    private MailMessage? Build(OutgoingMail mail, MailAddress from)
    {
        MailAddress to;
        try
        {
            to = new MailAddress(mail.To, mail.ToName, Encoding.UTF8);
        }
        catch (FormatException ex)
        {
            logger.LogError(ex, "Địa chỉ thư điện tử \"{Recipient}\" không hợp lệ: thư \"{Subject}\" không được gửi.", mail.To, mail.Subject);
            return null;
        }

        var message = new MailMessage
        {
            From = from,
            Subject = mail.Subject,
            Body = mail.Body,
            IsBodyHtml = false,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        message.To.Add(to);
        return message;
    }

    private static async Task SendBySmtpAsync(MailMessage message, SmtpOptions smtp)
    {
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)SmtpTimeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        // SendMailAsync ignores Timeout; the token bounds the exchange instead.
        using var timeout = new CancellationTokenSource(SmtpTimeout);
        await client.SendMailAsync(message, timeout.Token);
    }

    /// <summary>
    /// Writes the message into a private staging folder first, then moves the finished file into the pickup
    /// folder, so that a service collecting from that folder never reads a half-written message.
    /// </summary>
    private async Task WriteToPickupAsync(MailMessage message, OutgoingMail mail, MailOptions settings)
    {
        var pickup = settings.ResolvePickupDirectory(paths);
        var staging = Path.Combine(pickup, ".staging", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
            {
                await client.SendMailAsync(message);
            }

            var written = Directory.GetFiles(staging, "*.eml").Single();
            var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var target = Path.Combine(pickup, $"{stamp}-{Path.GetFileName(written)}");
            File.Move(written, target);
            if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
            {
                logger.LogInformation("Chưa cấu hình máy chủ thư (Mail:Smtp:Host): thư \"{Subject}\" gửi {Recipient} được lưu tại {File}", mail.Subject, mail.To, target);
            }
            else
            {
                logger.LogWarning("Thư \"{Subject}\" gửi {Recipient} chưa gửi được qua máy chủ thư, được lưu tại {File}", mail.Subject, mail.To, target);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SmtpException or InvalidOperationException)
        {
            logger.LogCritical(ex, "THƯ BỊ MẤT: không gửi được và không lưu được vào thư mục {Folder}: thư \"{Subject}\" gửi {Recipient}",
                pickup, mail.Subject, mail.To);
        }
        finally
        {
            TryDelete(staging);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // An empty staging folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
