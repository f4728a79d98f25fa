using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Infrastructure.Lists;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.Admin;

/// <summary>The fields an administrator sets on an account; a new account also gets a first password.</summary>
public class UserInput
{
    [Display(Name = "Địa chỉ thư điện tử")]
    public string Email { get; set; } = "";

    [Display(Name = "Họ và tên")]
    public string FullName { get; set; } = "";

    [Display(Name = "Chức vụ")]
    public string? JobTitle { get; set; }

    [Display(Name = "Đơn vị")]
    public int? UnitId { get; set; }

    [Display(Name = "Vai trò")]
    public string Role { get; set; } = Roles.Staff;
}

public sealed class UserCreateInput : UserInput
{
    [Display(Name = "Mật khẩu"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Nhập lại mật khẩu"), DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class UserEditInput : UserInput
{
    /// <summary>Identity's stamp when the form was opened: a concurrent change by someone else is detected.</summary>
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class ResetPasswordInput
{
    [Display(Name = "Mật khẩu mới"), DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Display(Name = "Nhập lại mật khẩu"), DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>The account form: the input plus the choices the selects offer.</summary>
public sealed class UserFormViewModel<TInput>(TInput input, IReadOnlyList<SelectListItem> units)
    where TInput : UserInput
{
    public TInput Input { get; } = input;

    [ValidateNever]
    public IReadOnlyList<SelectListItem> Units { get; } = units;

    public string? UserId { get; init; }

    public bool IsDisabled { get; init; }
}

internal static class UserInputRules
{
    public static void ApplyCommonRules<T>(AbstractValidator<T> validator, PortalDbContext db)
        where T : UserInput
    {
        validator.RuleFor(x => x.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập địa chỉ thư điện tử.")
            .MaximumLength(FieldLengths.Email)
            .EmailAddress().WithMessage("Địa chỉ thư điện tử không hợp lệ.");
        validator.RuleFor(x => x.FullName)
            .NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
            .MaximumLength(FieldLengths.PersonName);
        validator.RuleFor(x => x.JobTitle)
            .MaximumLength(FieldLengths.ShortText);
        validator.RuleFor(x => x.UnitId)
            .NotNull().WithMessage("Vui lòng chọn đơn vị.");
        validator.RuleFor(x => x.UnitId)
            .MustAsync(async (id, ct) => await db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct))
            .When(x => x.UnitId is not null)
            .WithMessage("Đơn vị đã chọn không tồn tại.");
        validator.RuleFor(x => x.Role)
            .Must(role => Roles.All.Contains(role)).WithMessage("Vui lòng chọn một vai trò hợp lệ.");
    }
}

public sealed class UserCreateInputValidator : AbstractValidator<UserCreateInput>
{
    public UserCreateInputValidator(PortalDbContext db)
    {
        UserInputRules.ApplyCommonRules(this, db);
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("Mật khẩu nhập lại không khớp.");
    }
}

public sealed class UserEditInputValidator : AbstractValidator<UserEditInput>
{
    public UserEditInputValidator(PortalDbContext db)
    {
        UserInputRules.ApplyCommonRules(this, db);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
    }
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(x => x.NewPassword).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("Mật khẩu nhập lại không khớp.");
    }
}

public sealed class UserListQuery : ListQuery
{
    public const string Active = "active";
    public const string Disabled = "disabled";

    public string? Search { get; set; }

    public int? UnitId { get; set; }

    public string? Role { get; set; }

    /// <summary><see cref="Active"/> or <see cref="Disabled"/>; every account when empty.</summary>
    public string? State { get; set; }
}

public sealed class UserListQueryValidator : AbstractValidator<UserListQuery>
{
    public UserListQueryValidator()
    {
        RuleFor(x => x.Search).MaximumLength(FieldLengths.ShortText).WithMessage("Từ khóa tìm kiếm quá dài.");
        Include(new ListQueryRules());
        RuleFor(x => x.Role).Must(r => r is null || Roles.All.Contains(r)).WithMessage("Vai trò không hợp lệ.");
        RuleFor(x => x.State).Must(s => s is null or "" or UserListQuery.Active or UserListQuery.Disabled).WithMessage("Trạng thái không hợp lệ.");
    }
}
