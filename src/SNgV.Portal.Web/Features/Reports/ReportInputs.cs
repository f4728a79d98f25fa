using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>A new report: which plan, which period, and the data cut-off (proposed, then possibly changed).</summary>
public sealed class CreateReportInput
{
    [Display(Name = "Kế hoạch được báo cáo")]
    public int PlanId { get; set; }

    [Display(Name = "Loại báo cáo")]
    public ReportKind Kind { get; set; } = ReportKind.Quarterly;

    [Display(Name = "Năm")]
    public int Year { get; set; }

    [Display(Name = "Quý")]
    public int? Quarter { get; set; }

    [Display(Name = "Số liệu tính từ ngày")]
    public DateOnly? DataFrom { get; set; }

    [Display(Name = "Ngày chốt số liệu")]
    public DateOnly? DataTo { get; set; }

    [Display(Name = "Trích yếu")]
    public string? Summary { get; set; }
}

public sealed class CreateReportInputValidator : AbstractValidator<CreateReportInput>
{
    public CreateReportInputValidator()
    {
        RuleFor(x => x.PlanId).GreaterThan(0).WithMessage("Vui lòng chọn kế hoạch được báo cáo.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Vui lòng chọn loại báo cáo.");
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("Năm báo cáo phải từ 2000 đến 2100.");
        RuleFor(x => x.Quarter).NotNull().InclusiveBetween(1, 4).When(x => x.Kind == ReportKind.Quarterly)
            .WithMessage("Vui lòng chọn quý (I đến IV).");
        RuleFor(x => x.DataFrom).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu tính số liệu.");
        RuleFor(x => x.DataTo).NotNull().WithMessage("Vui lòng nhập ngày chốt số liệu.");
        RuleFor(x => x.DataTo).GreaterThanOrEqualTo(x => x.DataFrom).When(x => x.DataFrom is not null && x.DataTo is not null)
            .WithMessage("Ngày chốt số liệu không được trước ngày bắt đầu.");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Vui lòng nhập trích yếu của báo cáo.")
            .MaximumLength(FieldLengths.Title);
    }
}

/// <summary>What the Office writes on a draft: the summary line, the narrative sections, the signer and the recipients.</summary>
public sealed class ReportTextInput
{
    [Display(Name = "Trích yếu")]
    public string? Summary { get; set; }

    [Display(Name = "Đánh giá chung")]
    public string? GeneralAssessment { get; set; }

    [Display(Name = "Tồn tại, hạn chế")]
    public string? Shortcomings { get; set; }

    [Display(Name = "Khó khăn, vướng mắc")]
    public string? Difficulties { get; set; }

    [Display(Name = "Đề xuất, kiến nghị")]
    public string? Proposals { get; set; }

    [Display(Name = "Nhiệm vụ trọng tâm kỳ tới")]
    public string? NextTasks { get; set; }

    [Display(Name = "Thẩm quyền ký")]
    public string? SignerAuthority { get; set; }

    [Display(Name = "Chức vụ")]
    public string? SignerTitle { get; set; }

    [Display(Name = "Họ và tên")]
    public string? SignerName { get; set; }

    [Display(Name = "Nơi nhận")]
    public string? Recipients { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

public sealed class ReportTextInputValidator : AbstractValidator<ReportTextInput>
{
    public ReportTextInputValidator()
    {
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Vui lòng nhập trích yếu của báo cáo.")
            .MaximumLength(FieldLengths.Title);
        RuleFor(x => x.GeneralAssessment).NotEmpty().WithMessage("Vui lòng viết phần đánh giá chung.");
        RuleFor(x => x.GeneralAssessment).MaximumLength(FieldLengths.ReportSection);
        RuleFor(x => x.Shortcomings).MaximumLength(FieldLengths.ReportSection);
        RuleFor(x => x.Difficulties).MaximumLength(FieldLengths.ReportSection);
        RuleFor(x => x.Proposals).MaximumLength(FieldLengths.ReportSection);
        RuleFor(x => x.NextTasks).MaximumLength(FieldLengths.ReportSection);

        RuleFor(x => x.SignerAuthority).MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.SignerTitle).NotEmpty().WithMessage("Vui lòng nhập chức vụ người ký.")
            .MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.SignerName).NotEmpty().WithMessage("Vui lòng nhập họ và tên người ký.")
            .MaximumLength(FieldLengths.PersonName);
        RuleFor(x => x.Recipients).NotEmpty().WithMessage("Vui lòng ghi nơi nhận, mỗi nơi một dòng.")
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
    }
}

/// <summary>
/// The leadership's decision on a submitted report. Approving gives it the number the registry (Văn thư) registers
/// it under and the date it is signed.
/// </summary>
public sealed class ReportDecisionInput
{
    /// <summary>"approve" (Phê duyệt) or "return" (Trả lại).</summary>
    public string Decision { get; set; } = "";

    [Display(Name = "Ý kiến")]
    public string? Comment { get; set; }

    /// <summary>The number in the registry's book for the year of <see cref="IssuedOn"/>; the next free one is proposed.</summary>
    [Display(Name = "Số văn bản")]
    public int? Number { get; set; }

    /// <summary>The date of signing (ngày ban hành).</summary>
    [Display(Name = "Ngày ký ban hành")]
    public DateOnly? IssuedOn { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public bool IsReturn => Decision == ReportDecision.Return;
}

public static class ReportDecision
{
    public const string Approve = "approve";
    public const string Return = "return";
}

public sealed class ReportDecisionInputValidator : AbstractValidator<ReportDecisionInput>
{
    public const int MaxNumber = 9999;

    public ReportDecisionInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Decision).Must(d => d is ReportDecision.Approve or ReportDecision.Return).WithMessage("Vui lòng chọn Phê duyệt hoặc Trả lại.");
        RuleFor(x => x.Comment).Must(c => !string.IsNullOrWhiteSpace(c)).When(x => x.IsReturn)
            .WithMessage("Vui lòng ghi ý kiến khi trả lại, để Văn phòng biết cần chỉnh sửa gì.");
        When(x => x.Decision == ReportDecision.Approve, () =>
        {
            RuleFor(x => x.Number).NotNull().WithMessage("Vui lòng nhập số văn bản do Văn thư cấp.")
                .InclusiveBetween(1, MaxNumber).WithMessage($"Số văn bản phải từ 1 đến {MaxNumber}.");
            RuleFor(x => x.IssuedOn).NotNull().WithMessage("Vui lòng nhập ngày ký ban hành.")
                .Must(d => d is null || d <= VietnamTime.Today(clock)).WithMessage("Ngày ký không được sau ngày hôm nay.");
        });
        RuleFor(x => x.Comment).MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
    }
}
