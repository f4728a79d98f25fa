namespace SNgV.Portal.Web.Infrastructure.Mail;

/// <summary>One plain-text message to one person.</summary>
public sealed record OutgoingMail(string To, string ToName, string Subject, string Body);
