using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace SNgV.Portal.Web.Infrastructure.Identity;

/// <summary>The account rules of the portal, in one place for Identity, the validators and the docs.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 10;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}

public static class PasswordValidationRules
{
    /// <summary>The length and character rules of <see cref="PasswordRules"/>, checked before Identity sees the password.</summary>
    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilderInitial<T, string> rule) => rule
        .Cascade(CascadeMode.Stop)
        .NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
        .MinimumLength(PasswordRules.MinimumLength).WithMessage($"Mật khẩu phải có ít nhất {PasswordRules.MinimumLength} ký tự.")
        .MaximumLength(128).WithMessage("Mật khẩu không được dài quá 128 ký tự.")
        .Matches("[0-9]").WithMessage("Mật khẩu phải có ít nhất một chữ số (0–9).")
        .Matches("[a-z]").WithMessage("Mật khẩu phải có ít nhất một chữ thường (a–z).");
}
