using System.Net.Mail;

namespace SNgV.Portal.Web.Infrastructure.Mail;

public static class MailSetup
{
    /// <summary>The one <see cref="MailSender"/> every feature uses; a malformed <c>Mail:From</c> stops start-up.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => MailAddress.TryCreate(o.From, out _), "Mail:From không phải là địa chỉ thư điện tử hợp lệ (ví dụ: \"Sở Ngoại vụ <no-reply@songoaivu.example>\").")
            .Validate(o => o.Smtp.Port is > 0 and <= 65535, "Mail:Smtp:Port phải nằm trong khoảng 1–65535.")
            .ValidateOnStart();
        services.AddSingleton<MailSender>();
        return services;
    }
}
