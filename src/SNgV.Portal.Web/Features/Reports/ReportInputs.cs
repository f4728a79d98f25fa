using FluentValidation;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>A new report: which plan, which period, and the data cut-off (proposed, then possibly changed).</summary>
public sealed class CreateReportInput
{
    public int PlanId { get; set; }

    public ReportKind Kind { get; set; } = ReportKind.Quarterly;

    public int Year { get; set; }

    public int? Quarter { get; set; }

    public DateOnly? DataFrom { get; set; }

    public DateOnly? DataTo { get; set; }

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
            .MaximumLength(FieldLengths.Title).WithMessage($"Trích yếu không được dài quá {FieldLengths.Title} ký tự.");
    }
}

/// <summary>What the Office writes on a draft: the summary line, the narrative sections, the signer and the recipients.</summary>
public sealed class ReportTextInput
{
    public string? Summary { get; set; }

    public string? GeneralAssessment { get; set; }

    public string? Shortcomings { get; set; }

    public string? Difficulties { get; set; }

    public string? Proposals { get; set; }

    public string? NextTasks { get; set; }

    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    public string? Recipients { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

public sealed class ReportTextInputValidator : AbstractValidator<ReportTextInput>
{
    public ReportTextInputValidator()
    {
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Vui lòng nhập trích yếu của báo cáo.")
            .MaximumLength(FieldLengths.Title).WithMessage($"Trích yếu không được dài quá {FieldLengths.Title} ký tự.");
        RuleFor(x => x.GeneralAssessment).NotEmpty().WithMessage("Vui lòng viết phần đánh giá chung.");
        foreach (var (section, name) in new (System.Linq.Expressions.Expression<Func<ReportTextInput, string?>>, string)[]
                 {
                     (x => x.GeneralAssessment, "Đánh giá chung"), (x => x.Shortcomings, "Tồn tại, hạn chế"), (x => x.Difficulties, "Khó khăn, vướng mắc"),
                     (x => x.Proposals, "Đề xuất, kiến nghị"), (x => x.NextTasks, "Nhiệm vụ trọng tâm kỳ tới"),
                 })
        {
            RuleFor(section).MaximumLength(FieldLengths.ReportSection).WithMessage($"Phần \"{name}\" không được dài quá {FieldLengths.ReportSection:N0} ký tự.");
        }

        RuleFor(x => x.SignerAuthority).MaximumLength(FieldLengths.ShortText).WithMessage($"Thẩm quyền ký không được dài quá {FieldLengths.ShortText} ký tự.");
        RuleFor(x => x.SignerTitle).NotEmpty().WithMessage("Vui lòng nhập chức vụ người ký.")
            .MaximumLength(FieldLengths.ShortText).WithMessage($"Chức vụ không được dài quá {FieldLengths.ShortText} ký tự.");
        RuleFor(x => x.SignerName).NotEmpty().WithMessage("Vui lòng nhập họ và tên người ký.")
            .MaximumLength(FieldLengths.PersonName).WithMessage($"Họ và tên không được dài quá {FieldLengths.PersonName} ký tự.");
        RuleFor(x => x.Recipients).NotEmpty().WithMessage("Vui lòng ghi nơi nhận, mỗi nơi một dòng.")
            .MaximumLength(FieldLengths.LongText).WithMessage($"Nơi nhận không được dài quá {FieldLengths.LongText} ký tự.");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Biểu mẫu không hợp lệ. Vui lòng tải lại trang.");
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

    public string? Comment { get; set; }

    /// <summary>The number in the registry's book for the year of <see cref="IssuedOn"/>; the next free one is proposed.</summary>
    public int? Number { get; set; }

    /// <summary>The date of signing (ngày ban hành).</summary>
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
        RuleFor(x => x.Comment).MaximumLength(FieldLengths.LongText).WithMessage($"Ý kiến không được dài quá {FieldLengths.LongText} ký tự.");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Biểu mẫu không hợp lệ. Vui lòng tải lại trang.");
    }
}
