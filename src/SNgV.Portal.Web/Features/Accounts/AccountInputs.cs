using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Accounts;

public sealed class LoginInput
{
    [Display(Name = "Địa chỉ thư điện tử")]
    public string Email { get; set; } = "";

    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập địa chỉ thư điện tử.")
            .MaximumLength(FieldLengths.Email).WithMessage("Địa chỉ thư điện tử quá dài.")
            .EmailAddress().WithMessage("Địa chỉ thư điện tử không hợp lệ.");
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Vui lòng nhập mật khẩu.");
    }
}

public sealed class ChangePasswordInput
{
    [Display(Name = "Mật khẩu hiện tại")]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";

    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Vui lòng nhập mật khẩu hiện tại.");
        RuleFor(x => x.NewPassword)
            .NewPassword()
            .NotEqual(x => x.CurrentPassword).WithMessage("Mật khẩu mới phải khác mật khẩu hiện tại.");
        RuleFor(x => x.ConfirmPassword)
            .Equal(x => x.NewPassword).WithMessage("Mật khẩu nhập lại không khớp với mật khẩu mới.");
    }
}

public static class PasswordValidationRules
{
    /// <summary>The length and character rules of <see cref="PasswordRules"/>, checked before Identity sees the password.</summary>
    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilderInitial<T, string> rule) => rule
        .Cascade(CascadeMode.Stop)
        .NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
        .MinimumLength(PasswordRules.MinimumLength).WithMessage($"Mật khẩu phải có ít nhất {PasswordRules.MinimumLength} ký tự.")
        .MaximumLength(128)
        .Matches("[0-9]").WithMessage("Mật khẩu phải có ít nhất một chữ số (0–9).")
        .Matches("[a-z]").WithMessage("Mật khẩu phải có ít nhất một chữ thường (a–z).");
}
