using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Recruitment;

/// <summary>A recruitment notice as the Office or the service centre types it, in Vietnamese and, where given, English.</summary>
public sealed class RecruitmentNoticeInput
{
    [Display(Name = "Tổ chức tuyển dụng")]
    public string? Organisation { get; set; }

    [Display(Name = "Tổ chức (tiếng Anh)")]
    public string? OrganisationEn { get; set; }

    [Display(Name = "Dự án")]
    public string? Project { get; set; }

    [Display(Name = "Dự án (tiếng Anh)")]
    public string? ProjectEn { get; set; }

    [Display(Name = "Vị trí tuyển dụng")]
    public string? Position { get; set; }

    [Display(Name = "Vị trí (tiếng Anh)")]
    public string? PositionEn { get; set; }

    [Display(Name = "Số lượng cần tuyển")]
    public int? Posts { get; set; }

    [Display(Name = "Nơi làm việc")]
    public string? Place { get; set; }

    [Display(Name = "Nơi làm việc (tiếng Anh)")]
    public string? PlaceEn { get; set; }

    [Display(Name = "Mô tả công việc")]
    public string? Duties { get; set; }

    [Display(Name = "Mô tả công việc (tiếng Anh)")]
    public string? DutiesEn { get; set; }

    [Display(Name = "Yêu cầu")]
    public string? Requirements { get; set; }

    [Display(Name = "Yêu cầu (tiếng Anh)")]
    public string? RequirementsEn { get; set; }

    [Display(Name = "Hồ sơ ứng tuyển và nơi nộp")]
    public string? HowToApply { get; set; }

    [Display(Name = "Hồ sơ ứng tuyển và nơi nộp (tiếng Anh)")]
    public string? HowToApplyEn { get; set; }

    [Display(Name = "Hạn nộp hồ sơ")]
    public string? Deadline { get; set; }

    [Display(Name = "Thời gian phỏng vấn")]
    public string? Interviews { get; set; }

    [Display(Name = "Thời gian phỏng vấn (tiếng Anh)")]
    public string? InterviewsEn { get; set; }

    [Display(Name = "Liên hệ")]
    public string? Contact { get; set; }

    [Display(Name = "Bản mô tả công việc (PDF)")]
    public IFormFile? JobDescription { get; set; }

    [Display(Name = "Kết quả tuyển chọn")]
    public string? Results { get; set; }

    [Display(Name = "Kết quả tuyển chọn (tiếng Anh)")]
    public string? ResultsEn { get; set; }

    [Display(Name = "Số người được tuyển")]
    public int? PostsFilled { get; set; }

    public Guid? ConcurrencyStamp { get; set; }
}

public sealed class RecruitmentNoticeInputValidator : AbstractValidator<RecruitmentNoticeInput>
{
    public RecruitmentNoticeInputValidator(IOptions<EvidenceOptions> evidenceOptions)
    {
        Required(x => x.Organisation, "tên tổ chức tuyển dụng", FieldLengths.ShortText);
        Required(x => x.Position, "vị trí tuyển dụng", FieldLengths.ShortText);
        Required(x => x.Place, "nơi làm việc", FieldLengths.ShortText);
        Required(x => x.Duties, "mô tả công việc", FieldLengths.LongText);
        Required(x => x.Requirements, "yêu cầu đối với người ứng tuyển", FieldLengths.LongText);
        Required(x => x.HowToApply, "hồ sơ ứng tuyển và nơi nộp", FieldLengths.LongText);
        foreach (var field in new Expression<Func<RecruitmentNoticeInput, string?>>[]
        {
            x => x.OrganisationEn, x => x.Project, x => x.ProjectEn, x => x.PositionEn, x => x.PlaceEn,
            x => x.Interviews, x => x.InterviewsEn, x => x.Contact,
        })
        {
            RuleFor(field).MaximumLength(FieldLengths.ShortText).WithMessage($"Nội dung dài tối đa {FieldLengths.ShortText} ký tự.");
        }

        foreach (var field in new Expression<Func<RecruitmentNoticeInput, string?>>[]
        {
            x => x.DutiesEn, x => x.RequirementsEn, x => x.HowToApplyEn, x => x.Results, x => x.ResultsEn,
        })
        {
            RuleFor(field).MaximumLength(FieldLengths.LongText).WithMessage($"Nội dung dài tối đa {FieldLengths.LongText} ký tự.");
        }

        RuleFor(x => x.Posts)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng nhập số lượng cần tuyển.")
            .InclusiveBetween(1, 999).WithMessage("Số lượng cần tuyển từ 1 đến 999.");
        RuleFor(x => x.PostsFilled)
            .InclusiveBetween(0, 999).WithMessage("Số người được tuyển từ 0 đến 999.");
        RuleFor(x => x.Deadline)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập hạn nộp hồ sơ.")
            .Must(d => DateInput.TryParse(d, out _)).WithMessage("Hạn nộp hồ sơ phải có dạng ngày/tháng/năm, ví dụ 30/06/2019.");
        var options = evidenceOptions.Value;
        RuleFor(x => x.JobDescription)
            .Custom((file, context) =>
            {
                if (file is null)
                {
                    return;
                }

                if (EvidenceFileCheck.ProblemWith(file, options) is { } problem)
                {
                    context.AddFailure(nameof(RecruitmentNoticeInput.JobDescription), problem);
                }
                else if (!Path.GetExtension(file.FileName).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
                {
                    context.AddFailure(nameof(RecruitmentNoticeInput.JobDescription), $"Bản mô tả công việc phải là tệp PDF; \"{file.FileName}\" không phải tệp PDF.");
                }
            });
    }

    private void Required(Expression<Func<RecruitmentNoticeInput, string?>> field, string what, int maxLength) =>
        RuleFor(field)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"Vui lòng nhập {what}.")
            .MaximumLength(maxLength).WithMessage($"Nội dung dài tối đa {maxLength} ký tự.");
}

/// <summary>The public list's filters: organisation, place, and the open list or the archive.</summary>
public sealed record RecruitmentFilter(string? Organisation, string? Place, bool Archive, int Page);

public sealed record RecruitmentRow(int Id, LocalizedText Organisation, LocalizedText Position, LocalizedText Place, int Posts, DateOnly Deadline, DateOnly PublishedOn);

public sealed record RecruitmentListViewModel(
    RecruitmentFilter Filter,
    IReadOnlyList<RecruitmentRow> Rows,
    Paging Paging,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Places,
    string? ServiceProcedureSlug);

/// <summary>A notice as its public page shows it, in the language of the page.</summary>
public sealed record RecruitmentNoticeView(
    int Id,
    LocalizedText Organisation,
    LocalizedText Project,
    LocalizedText Position,
    int Posts,
    LocalizedText Place,
    LocalizedText Duties,
    LocalizedText Requirements,
    LocalizedText HowToApply,
    DateOnly Deadline,
    LocalizedText Interviews,
    string? Contact,
    DateOnly PublishedOn,
    bool IsOpen,
    LocalizedText Results,
    int? PostsFilled,
    string? JobDescriptionFileName,
    long? JobDescriptionLength)
{
    public bool HasVietnameseOnly =>
        new[] { Organisation, Project, Position, Place, Duties, Requirements, HowToApply, Interviews, Results }.Any(t => t.IsFallback);
}

public sealed record RecruitmentAdminRow(int Id, string Organisation, string Position, int Posts, DateOnly Deadline, DateOnly? PublishedOn, bool IsOpen, int? PostsFilled, Guid ConcurrencyStamp);

public sealed class RecruitmentFormViewModel(int? id, RecruitmentNoticeInput input, DateOnly? publishedOn, string? jobDescriptionFileName)
{
    [ValidateNever]
    public int? Id { get; } = id;

    public RecruitmentNoticeInput Input { get; } = input;

    [ValidateNever]
    public DateOnly? PublishedOn { get; } = publishedOn;

    [ValidateNever]
    public string? JobDescriptionFileName { get; } = jobDescriptionFileName;
}
