using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Progress;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.Review;

/// <summary>The Office's decision on a submitted update.</summary>
public sealed class ReviewInput
{
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>"accept" (Duyệt) or "return" (Trả lại).</summary>
    public string Decision { get; set; } = "";

    [Display(Name = "Ý kiến của Văn phòng")]
    public string? Comment { get; set; }

    public bool IsReturn => Decision == ReviewDecision.Return;
}

public static class ReviewDecision
{
    public const string Accept = "accept";
    public const string Return = "return";
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(x => x.Decision)
            .Must(d => d is ReviewDecision.Accept or ReviewDecision.Return).WithMessage("Vui lòng chọn Duyệt hoặc Trả lại.");
        RuleFor(x => x.Comment)
            .Must(c => !string.IsNullOrWhiteSpace(c)).When(x => x.IsReturn)
            .WithMessage("Vui lòng ghi ý kiến khi trả lại báo cáo, để đơn vị biết cần bổ sung, chỉnh sửa gì.");
        RuleFor(x => x.Comment)
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
    }
}

public sealed record ReviewViewModel(TaskSummary Task, UpdateView Update, bool IsLeadUnit, Guid ConcurrencyStamp, DateOnly Today)
{
    public ReviewInput Input { get; init; } = new();

    /// <summary>The return this resubmission answers, if the update was returned before.</summary>
    public EarlierReturn? EarlierReturn { get; init; }
}

/// <summary>The Office's last return of an update, and the figures and results the unit had sent before it.</summary>
public sealed record EarlierReturn(DateTime AtUtc, string ReviewerName, string Comment, int? SentPercent, TaskProgressStatus? SentStatus, string? SentWorkDone);
