using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Progress;

/// <summary>What a unit reports on a task for one reporting period.</summary>
public sealed class ProgressInput
{
    /// <summary>The first day of the period reported on; the proposed period when absent.</summary>
    [Display(Name = "Kỳ báo cáo")]
    public DateOnly? PeriodStart { get; set; }

    [Display(Name = "Tỷ lệ hoàn thành")]
    public int? Percent { get; set; }

    [Display(Name = "Tình trạng thực hiện")]
    public TaskProgressStatus? Status { get; set; }

    [Display(Name = "Kết quả đã thực hiện")]
    public string WorkDone { get; set; } = "";

    [Display(Name = "Khó khăn, vướng mắc")]
    public string? Difficulties { get; set; }

    [Display(Name = "Đề xuất, kiến nghị")]
    public string? Proposals { get; set; }

    [Display(Name = "Tệp minh chứng")]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Files already attached that the user chose to remove.</summary>
    public List<int> RemoveFileIds { get; set; } = [];

    /// <summary>The update's stamp when the form was opened; empty for a new update.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    /// <summary>"draft" (Lưu nháp) or "submit" (Gửi Văn phòng duyệt).</summary>
    public string Intent { get; set; } = ProgressIntent.Draft;

    public bool IsSubmit => Intent == ProgressIntent.Submit;
}

public static class ProgressIntent
{
    public const string Draft = "draft";
    public const string Submit = "submit";
}

public sealed class ProgressInputValidator : AbstractValidator<ProgressInput>
{
    public ProgressInputValidator(IOptions<EvidenceOptions> evidenceOptions)
    {
        var evidence = evidenceOptions.Value;

        RuleFor(x => x.Percent)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng nhập tỷ lệ hoàn thành (0–100%).")
            .InclusiveBetween(0, 100).WithMessage("Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        RuleFor(x => x.Status)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn tình trạng thực hiện.")
            .IsInEnum().WithMessage("Tình trạng thực hiện không hợp lệ.");
        RuleFor(x => x.Status)
            .Must((x, status) => status != TaskProgressStatus.Completed || x.Percent == 100)
            .WithMessage("Nhiệm vụ hoàn thành phải có tỷ lệ 100%.")
            .Must((x, status) => status != TaskProgressStatus.NotStarted || x.Percent == 0)
            .WithMessage("Nhiệm vụ chưa triển khai phải có tỷ lệ 0%.")
            .When(x => x.Percent is >= 0 and <= 100 && x.Status is not null);
        RuleFor(x => x.WorkDone)
            .Cascade(CascadeMode.Stop)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Vui lòng nêu kết quả đã thực hiện.")
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.Difficulties)
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.Proposals)
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.Intent)
            .Must(i => i is ProgressIntent.Draft or ProgressIntent.Submit).WithMessage("Thao tác không hợp lệ.");
        RuleFor(x => x.Files)
            .Must(files => files.Count <= evidence.MaxFilesPerUpdate)
            .WithMessage($"Mỗi báo cáo đính kèm tối đa {evidence.MaxFilesPerUpdate} tệp.");
        RuleForEach(x => x.Files).Custom((file, context) =>
        {
            if (EvidenceFileCheck.ProblemWith(file, evidence) is { } problem)
            {
                context.AddFailure(nameof(ProgressInput.Files), problem);
            }
        });
    }
}
