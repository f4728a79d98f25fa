using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Units;

/// <summary>A unit's short code and name, as the administrator types them.</summary>
public sealed class UnitInput
{
    [Display(Name = "Mã đơn vị")]
    public string? Code { get; set; }

    [Display(Name = "Tên đơn vị")]
    public string? Name { get; set; }

    [Display(Name = "Tên đơn vị (tiếng Anh)")]
    public string? NameEn { get; set; }

    public Guid? ConcurrencyStamp { get; set; }
}

public sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public UnitInputValidator()
    {
        RuleFor(x => x.Code)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập mã đơn vị, ví dụ HTQT.")
            .MaximumLength(FieldLengths.Code).WithMessage($"Mã đơn vị dài tối đa {FieldLengths.Code} ký tự.")
            .Matches("^[A-Za-z0-9]+$").WithMessage("Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, không có khoảng trắng, ví dụ HTQT.");
        RuleFor(x => x.Name)
            .NotEmpty().WithMessage("Vui lòng nhập tên đơn vị.")
            .MaximumLength(FieldLengths.ShortText).WithMessage($"Tên đơn vị dài tối đa {FieldLengths.ShortText} ký tự.");
        RuleFor(x => x.NameEn)
            .MaximumLength(FieldLengths.ShortText).WithMessage($"Tên tiếng Anh của đơn vị dài tối đa {FieldLengths.ShortText} ký tự.");
    }
}

/// <summary>Merging a unit into another: the unit that receives its tasks, accounts and history, and the user's explicit yes.</summary>
public sealed class UnitMergeInput
{
    [Display(Name = "Sáp nhập vào đơn vị")]
    public int? TargetUnitId { get; set; }

    [Display(Name = "Tôi xác nhận sáp nhập: việc này không hoàn tác được")]
    public bool Confirmed { get; set; }

    public Guid? ConcurrencyStamp { get; set; }
}

public sealed class UnitMergeInputValidator : AbstractValidator<UnitMergeInput>
{
    public UnitMergeInputValidator()
    {
        RuleFor(x => x.TargetUnitId).NotNull().WithMessage("Vui lòng chọn đơn vị nhận.");
        RuleFor(x => x.Confirmed).Equal(true).WithMessage("Vui lòng đánh dấu ô xác nhận trước khi sáp nhập.");
    }
}

public sealed record UnitRow(int Id, string Code, string Name, bool IsActive, int TasksLed, int TasksSupported, int Accounts, Guid ConcurrencyStamp);

public sealed record UnitFormViewModel(int? Id, UnitInput Input, bool IsActive);

public sealed class UnitMergeViewModel(UnitRow source, UnitMergeInput input, IReadOnlyList<SelectListItem> targets)
{
    [ValidateNever]
    public UnitRow Source { get; } = source;

    public UnitMergeInput Input { get; } = input;

    [ValidateNever]
    public IReadOnlyList<SelectListItem> Targets { get; } = targets;
}
