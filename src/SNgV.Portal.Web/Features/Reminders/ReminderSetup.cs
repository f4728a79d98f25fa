namespace SNgV.Portal.Web.Features.Reminders;

public static class ReminderSetup
{
    /// <summary>Manual and automatic reminders; a malformed <c>Reminders:*</c> value stops start-up with a clear message.</summary>
    public static IServiceCollection AddPortalReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => ReminderOptions.ParseRunAt(o.RunAtLocalTime) is not null, "Reminders:RunAtLocalTime phải có dạng HH:mm, ví dụ \"07:30\".")
            .Validate(o => o.DueSoonDays is null || o.DueSoonDays.All(d => d is >= 0 and <= 366), "Reminders:DueSoonDays chỉ gồm các số ngày từ 0 đến 366.")
            .Validate(o => o.PeriodEndDays is >= 0 and <= 31, "Reminders:PeriodEndDays phải từ 0 đến 31.")
            .ValidateOnStart();
        services.AddScoped<ReminderService>();
        services.AddScoped<ReminderDelivery>();
        services.AddScoped<AutomaticReminderJob>();
        services.AddHostedService<ReminderScheduler>();
        return services;
    }
}
