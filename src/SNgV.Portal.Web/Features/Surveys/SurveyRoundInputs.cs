using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>A survey round as the Office sets it up.</summary>
public sealed class SurveyRoundInput
{
    [Display(Name = "Tên đợt")]
    public string? Name { get; set; }

    [Display(Name = "Tên đợt (tiếng Anh)")]
    public string? NameEn { get; set; }

    [Display(Name = "Địa chỉ ngắn")]
    public string? Slug { get; set; }

    [Display(Name = "Mẫu phiếu")]
    public int QuestionnaireId { get; set; }

    [Display(Name = "Từ ngày")]
    public DateOnly? OpensOn { get; set; }

    [Display(Name = "Đến ngày")]
    public DateOnly? ClosesOn { get; set; }

    public bool IsOpen { get; set; }

    public List<int> ProcedureIds { get; set; } = [];

    public Guid? ConcurrencyStamp { get; set; }
}

public sealed class SurveyRoundInputValidator : AbstractValidator<SurveyRoundInput>
{
    public SurveyRoundInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập tên đợt khảo sát.")
            .MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.NameEn).MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.Slug).NotEmpty().WithMessage("Vui lòng nhập địa chỉ ngắn, ví dụ 2019-q2.")
            .MaximumLength(40)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Địa chỉ ngắn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ 2019-q2.")
            .Must(s => s is not ("moi" or "da-gui")).WithMessage("Địa chỉ ngắn này được dành riêng; vui lòng chọn địa chỉ khác.");
        RuleFor(x => x.QuestionnaireId).GreaterThan(0).WithMessage("Vui lòng chọn mẫu phiếu.");
        RuleFor(x => x.OpensOn).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu.");
        RuleFor(x => x.ClosesOn).NotNull().WithMessage("Vui lòng nhập ngày kết thúc.");
        RuleFor(x => x.ClosesOn).GreaterThanOrEqualTo(x => x.OpensOn).When(x => x.OpensOn is not null && x.ClosesOn is not null)
            .WithMessage("Ngày kết thúc không được trước ngày bắt đầu.");
        RuleFor(x => x.ProcedureIds).NotEmpty().WithMessage("Vui lòng chọn ít nhất một thủ tục được khảo sát.");
    }
}
