using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Mail;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class MailTests : IDisposable
{
    private const string Subject = "Đôn đốc thực hiện nhiệm vụ II.3.2";
    private const string Body = "Kính gửi Phòng Lãnh sự,\nđề nghị cập nhật tiến độ quý IV/2019.";

    private readonly TempDataDirectory _data = new("mail");
    private readonly ListLogger<MailSender> _log = new();

    public void Dispose() => _data.Dispose();

    private MailSender Sender(MailOptions options) =>
        new(Options.Create(options), new PortalPaths(_data.Path), TimeProvider.System, _log);

    private string Pickup => Path.Combine(_data.Path, "mail-pickup");

    [Fact]
    public async Task Without_an_SMTP_server_the_message_goes_to_the_pickup_folder_and_the_log_says_where()
    {
        await Sender(new MailOptions()).SendAsync([new OutgoingMail("canbo.ls@sngv.demo", "Phạm Thị Lan", Subject, Body)]);

        var mail = Assert.Single(PickupMail.ReadAll(Pickup));
        Assert.Equal(Subject, mail.Subject);
        Assert.Contains("canbo.ls@sngv.demo", mail.To, StringComparison.Ordinal);
        Assert.Contains("đề nghị cập nhật tiến độ quý IV/2019", mail.Body, StringComparison.Ordinal);
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Information && l.Message.Contains(mail.File, StringComparison.Ordinal));
        // Only finished files are left in the pickup folder itself.
        Assert.Empty(Directory.GetDirectories(Path.Combine(Pickup, ".staging")));
    }

    [Fact]
    public async Task A_configured_pickup_folder_relative_to_the_data_folder_is_used()
    {
        await Sender(new MailOptions { PickupDirectory = "thu-cho-gui" }).SendAsync([new OutgoingMail("a@sngv.test", "A", Subject, Body)]);

        Assert.Single(PickupMail.ReadAll(Path.Combine(_data.Path, "thu-cho-gui")));
    }

    [Fact]
    public async Task When_the_SMTP_server_cannot_be_reached_every_message_falls_back_to_the_pickup_folder_and_no_password_is_logged()
    {
        var options = new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = ClosedPort(), UserName = "portal", Password = "mat-khau-smtp-bi-mat" },
        };

        await Sender(options).SendAsync(
        [
            new OutgoingMail("a@sngv.test", "A", Subject, Body),
            new OutgoingMail("b@sngv.test", "B", Subject, Body),
        ]);

        var mails = PickupMail.ReadAll(Pickup);
        Assert.Equal(2, mails.Count);
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.Equal(2, _log.Lines.Count(l => l.Level == LogLevel.Warning && l.Message.Contains(".eml", StringComparison.Ordinal)));
        Assert.DoesNotContain(_log.Lines, l => l.Message.Contains("mat-khau-smtp-bi-mat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_SMTP_server_the_message_is_sent_in_UTF8_and_nothing_is_left_in_the_pickup_folder()
    {
        using var server = new FakeSmtpServer();
        var options = new MailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port } };

        await Sender(options).SendAsync([new OutgoingMail("canbo.ls@sngv.demo", "Phạm Thị Lan", Subject, Body)]);

        var (envelope, data) = await server.ReceivedAsync();
        Assert.Contains("RCPT TO:<canbo.ls@sngv.demo>", envelope, StringComparison.Ordinal);
        var eml = Path.Combine(_data.Path, "received.eml");
        await File.WriteAllTextAsync(eml, data);
        var mail = PickupMail.Read(eml);
        Assert.Equal(Subject, mail.Subject);
        Assert.Contains("Phòng Lãnh sự", mail.Body, StringComparison.Ordinal);
        Assert.Empty(PickupMail.ReadAll(Pickup));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Just enough SMTP for one message: records the commands and the message.</summary>
    private sealed class FakeSmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task<(string Envelope, string Data)> _conversation;

        public FakeSmtpServer()
        {
            _listener.Start();
            _conversation = Task.Run(ServeOneAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public Task<(string Envelope, string Data)> ReceivedAsync() => _conversation.WaitAsync(TimeSpan.FromSeconds(20));

        private async Task<(string Envelope, string Data)> ServeOneAsync()
        {
            using var client = await _listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            var received = new StringBuilder();
            var data = new StringBuilder();
            await writer.WriteLineAsync("220 localhost ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                received.Append(line).Append("\r\n");
                if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase))
                {
                    await writer.WriteLineAsync("250-localhost");
                    await writer.WriteLineAsync("250 8BITMIME");
                }
                else if (line.Equals("DATA", StringComparison.OrdinalIgnoreCase))
                {
                    await writer.WriteLineAsync("354 go ahead");
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine).Append("\r\n");
                    }

                    await writer.WriteLineAsync("250 queued");
                }
                else if (line.StartsWith("QUIT", StringComparison.OrdinalIgnoreCase))
                {
                    await writer.WriteLineAsync("221 bye");
                    break;
                }
                else
                {
                    await writer.WriteLineAsync("250 ok");
                }
            }

            return (received.ToString(), data.ToString());
        }

        public void Dispose() => _listener.Stop();
    }
}
