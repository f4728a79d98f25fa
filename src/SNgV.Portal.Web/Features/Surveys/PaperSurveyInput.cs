using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>
/// A paper questionnaire typed in by the Office: per element, one digit per criterion in order
/// (1–5, 0 for "không áp dụng"), e.g. "5540" for the four criteria of element 1.
/// </summary>
public sealed class PaperSurveyInput
{
    public string? FormToken { get; set; }

    [Display(Name = "Thủ tục")]
    public int ProcedureId { get; set; }

    /// <summary>Element id → its digits.</summary>
    public Dictionary<int, string?> Digits { get; set; } = [];

    [Display(Name = "Mức hài lòng chung")]
    public int? Overall { get; set; }

    public Dictionary<int, int?> Profile { get; set; } = [];

    [Display(Name = "Ý kiến góp ý")]
    public string? Comment { get; set; }
}

public sealed class PaperSurveyInputValidator : AbstractValidator<PaperSurveyInput>
{
    public PaperSurveyInputValidator()
    {
        RuleFor(x => x.ProcedureId).GreaterThan(0).WithMessage("Vui lòng chọn thủ tục ghi trên phiếu.");
        RuleFor(x => x.Digits).Custom((digits, context) =>
        {
            foreach (var (elementId, value) in digits)
            {
                if (!string.IsNullOrEmpty(value) && value.Any(c => c is < '0' or > '5'))
                {
                    context.AddFailure($"Digits[{elementId}]", "Chỉ gõ các chữ số từ 0 đến 5 (0 = không áp dụng).");
                }
            }
        });
        RuleFor(x => x.Overall).NotNull().WithMessage("Vui lòng nhập mức hài lòng chung (1–5).")
            .InclusiveBetween(1, 5).WithMessage("Mức hài lòng chung phải từ 1 đến 5.");
        RuleFor(x => x.Comment).MaximumLength(FieldLengths.SurveyComment);
    }
}
