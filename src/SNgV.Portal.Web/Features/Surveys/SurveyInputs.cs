using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>
/// One filled questionnaire, online or typed in from paper. Answers are keyed by criterion id:
/// 1–5 on the scale, <see cref="NotApplicable"/> for "không áp dụng".
/// </summary>
public sealed class SurveyInput
{
    public const int NotApplicable = 0;

    /// <summary>The one-time token of the rendered form: a second submission with it records nothing new.</summary>
    public string? FormToken { get; set; }

    /// <summary>The token and the moment the form was rendered, protected so that it cannot be forged.</summary>
    public string? FormStamp { get; set; }

    public int ProcedureId { get; set; }

    public Dictionary<int, int> Answers { get; set; } = [];

    public int? Overall { get; set; }

    /// <summary>Profile question id → chosen option id; all optional.</summary>
    public Dictionary<int, int?> Profile { get; set; } = [];

    [Display(Name = "Ý kiến góp ý")]
    public string? Comment { get; set; }

    /// <summary>The honeypot: hidden from people, filled only by robots.</summary>
    public string? Website { get; set; }

    /// <summary>
    /// Set by the language switch of the form (a submit button with a formaction naming the other language): the form
    /// comes back in that language with what it holds, neither checked nor stored, its one-time token unchanged.
    /// </summary>
    public bool SwitchLanguage { get; set; }
}

public sealed class SurveyInputValidator : AbstractValidator<SurveyInput>
{
    public SurveyInputValidator()
    {
        RuleFor(x => x.ProcedureId).GreaterThan(0).WithMessage("Vui lòng chọn thủ tục Ông/Bà đã thực hiện.");
        RuleFor(x => x.Answers).Custom((answers, context) =>
        {
            foreach (var (criterionId, score) in answers)
            {
                if (score is < SurveyInput.NotApplicable or > 5)
                {
                    context.AddFailure($"Answers[{criterionId}]", "Vui lòng chọn một mức từ 1 đến 5 hoặc \"Không áp dụng\".");
                }
            }
        });
        RuleFor(x => x.Overall).NotNull().WithMessage("Vui lòng cho biết mức độ hài lòng chung.")
            .InclusiveBetween(1, 5).WithMessage("Vui lòng chọn một mức từ 1 đến 5 cho mức độ hài lòng chung.");
        RuleFor(x => x.Comment).MaximumLength(FieldLengths.SurveyComment);
        RuleFor(x => x.Website).MaximumLength(FieldLengths.ShortText).WithMessage("Trường này phải để trống.");
    }
}
