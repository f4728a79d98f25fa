using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Notifications;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Mail;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// Tells the next person in a report's workflow that it is their turn: submitted, the Leadership; returned or
/// issued, the Office and whoever drafted it. Each step also marks read the notices of the step before.
/// The portal notices join the caller's unit of work; the e-mails go out once it is saved (<see cref="SendAsync"/>).
/// </summary>
public sealed class ReportNotices(NotificationWriter notifications, MailSender mail, PortalAddress address, LinkGenerator links)
{
    /// <summary>Adds the notices of the step <paramref name="report"/> has just taken (its new state) and gives the e-mails to send after saving.</summary>
    public async Task<IReadOnlyList<OutgoingMail>> AnnounceAsync(Report report, string actorName, CancellationToken cancellationToken)
    {
        await notifications.ResolveReportNoticesAsync(report.Id, cancellationToken);

        var period = ReportPeriods.ShortLabel(report.Kind, report.Year, report.Quarter);
        var (title, body) = report.State switch
        {
            ReportState.Submitted => (
                $"Báo cáo chờ phê duyệt: {period}",
                $"Văn phòng Sở trình Lãnh đạo Sở báo cáo \"{report.Summary}\" (người lập: {report.CreatedByName}; số liệu từ ngày {DateInput.Show(report.DataFrom)} đến ngày {DateInput.Show(report.DataTo)})."),
            ReportState.Returned => (
                $"Báo cáo bị trả lại: {period}",
                $"{actorName} trả lại báo cáo \"{report.Summary}\" với ý kiến: {report.LeadershipComment}"),
            ReportState.Approved => (
                $"Báo cáo đã ban hành: số {ReportService.FormatNumber(report.Number!.Value)}",
                $"{actorName} đã phê duyệt báo cáo \"{report.Summary}\". Báo cáo được ban hành với số {ReportService.FormatNumber(report.Number!.Value)} ngày {DateInput.Show(report.IssuedOn)}."),
            _ => throw new InvalidOperationException($"A report in state {report.State} announces nothing."),
        };
        title = FieldLengths.Shorten(title, FieldLengths.Title);
        body = FieldLengths.Shorten(body, FieldLengths.LongText);

        var recipients = report.State == ReportState.Submitted
            ? await notifications.ActiveRecipientsInRoleAsync(Roles.Leadership, cancellationToken: cancellationToken)
            : await notifications.ActiveRecipientsInRoleAsync(Roles.Office, report.CreatedById, cancellationToken);
        var link = links.PathTo(nameof(ReportsController.Details), "Reports", new { id = report.Id });
        notifications.ToUsers(recipients.Select(r => r.UserId), title, body, link, reportId: report.Id);

        var url = address.Of(link);
        return recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email))
            .Select(r => new OutgoingMail(r.Email!, r.FullName, title, MailBody(r, body, url)))
            .ToList();
    }

    public Task SendAsync(IReadOnlyList<OutgoingMail> mails) => mails.Count == 0 ? Task.CompletedTask : mail.SendAsync(mails);

    private static string MailBody(NotificationRecipient recipient, string body, string address) =>
        NoticeLetter.Write(recipient.FullName, [body], "Xem báo cáo", address);
}
