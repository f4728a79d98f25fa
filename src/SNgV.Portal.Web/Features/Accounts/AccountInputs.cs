using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Features.Accounts;

public sealed class LoginInput
{
    [Display(Name = "Địa chỉ thư điện tử")]
    public string Email { get; set; } = "";

    [Display(Name = "Mật khẩu"), DataType(DataType.Password)]
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
    [Display(Name = "Mật khẩu hiện tại"), DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = "Mật khẩu mới"), DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Display(Name = "Nhập lại mật khẩu mới"), DataType(DataType.Password)]
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
