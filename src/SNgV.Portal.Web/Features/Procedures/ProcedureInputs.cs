using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.Procedures;

/// <summary>A procedure as the Office edits it: every standard field of a procedure page.</summary>
public sealed class ProcedureInput
{
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "Mã thủ tục")]
    public string? Code { get; set; }

    [Display(Name = "Tên thủ tục")]
    public string? Name { get; set; }

    /// <summary>Address of the public page; made from the name when left empty.</summary>
    [Display(Name = "Địa chỉ trang công khai")]
    public string? Slug { get; set; }

    [Display(Name = "Lĩnh vực")]
    public int ProcedureFieldId { get; set; }

    [Display(Name = "Cơ quan thực hiện")]
    public string? ImplementingBody { get; set; }

    [Display(Name = "Nơi tiếp nhận hồ sơ")]
    public string? SubmissionPlace { get; set; }

    public bool InPerson { get; set; }

    public bool ByPost { get; set; }

    public bool Online { get; set; }

    [Display(Name = "Trình tự thực hiện")]
    public string? Steps { get; set; }

    [Display(Name = "Thành phần hồ sơ")]
    public string? RequiredDocuments { get; set; }

    [Display(Name = "Số bộ hồ sơ")]
    public int NumberOfSets { get; set; } = 1;

    [Display(Name = "Thời hạn giải quyết (ngày làm việc)")]
    public int ProcessingDays { get; set; }

    [Display(Name = "Phí, lệ phí")]
    public string? Fees { get; set; }

    [Display(Name = "Đối tượng thực hiện")]
    public string? Applicants { get; set; }

    [Display(Name = "Kết quả thực hiện")]
    public string? Result { get; set; }

    [Display(Name = "Yêu cầu, điều kiện")]
    public string? Conditions { get; set; }

    [Display(Name = "Căn cứ pháp lý")]
    public string? LegalBasis { get; set; }

    [Display(Name = "Quyết định công bố")]
    public string? AnnouncingDecision { get; set; }

    public SubmissionChannels Channels =>
        (InPerson ? SubmissionChannels.InPerson : 0) | (ByPost ? SubmissionChannels.Post : 0) | (Online ? SubmissionChannels.Online : 0);
}

public sealed class ProcedureInputValidator : AbstractValidator<ProcedureInput>
{
    public ProcedureInputValidator()
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
        RuleFor(x => x.Code).MaximumLength(FieldLengths.ProcedureCode);
        Text(x => x.Name, "tên thủ tục", FieldLengths.Title);
        RuleFor(x => x.Slug)
            .MaximumLength(FieldLengths.Slug)
            .Must(s => string.IsNullOrWhiteSpace(s) || VietnameseText.Slug(s, FieldLengths.Slug) == s)
            .WithMessage("Địa chỉ trang chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: hop-phap-hoa-lanh-su).");
        RuleFor(x => x.ProcedureFieldId).GreaterThan(0).WithMessage("Vui lòng chọn lĩnh vực.");
        Text(x => x.ImplementingBody, "cơ quan thực hiện", FieldLengths.ShortText);
        Text(x => x.SubmissionPlace, "nơi tiếp nhận hồ sơ", FieldLengths.Title);
        RuleFor(x => x.InPerson).Must((input, _) => input.Channels != SubmissionChannels.None)
            .WithMessage("Vui lòng chọn ít nhất một cách thức nộp hồ sơ.");
        Text(x => x.Steps, "trình tự thực hiện", FieldLengths.LongText);
        Text(x => x.RequiredDocuments, "thành phần hồ sơ", FieldLengths.LongText);
        RuleFor(x => x.NumberOfSets).InclusiveBetween(1, 20).WithMessage("Số bộ hồ sơ phải từ 1 đến 20.");
        RuleFor(x => x.ProcessingDays).InclusiveBetween(1, 365).WithMessage("Thời hạn giải quyết phải từ 1 đến 365 ngày làm việc.");
        Text(x => x.Fees, "phí, lệ phí (ghi \"Không\" nếu không thu)", FieldLengths.Title);
        Text(x => x.Applicants, "đối tượng thực hiện", FieldLengths.Title);
        Text(x => x.Result, "kết quả thực hiện", FieldLengths.Title);
        Text(x => x.Conditions, "yêu cầu, điều kiện (ghi \"Không\" nếu không có)", FieldLengths.LongText);
        Text(x => x.LegalBasis, "căn cứ pháp lý", FieldLengths.LongText);
        Text(x => x.AnnouncingDecision, "quyết định công bố", FieldLengths.Title);
    }

    private void Text(System.Linq.Expressions.Expression<Func<ProcedureInput, string?>> field, string label, int maxLength) =>
        RuleFor(field)
            .NotEmpty().WithMessage($"Vui lòng nhập {label}.")
            .MaximumLength(maxLength);
}

/// <summary>Publish or withdraw: only the stamp the page was opened with.</summary>
public sealed class ProcedureStatusInput
{
    public Guid ConcurrencyStamp { get; set; }
}

public sealed class ProcedureStatusInputValidator : AbstractValidator<ProcedureStatusInput>
{
    public ProcedureStatusInputValidator() =>
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
}

public sealed record ProcedureFormViewModel(int? Id, ProcedureInput Input, IReadOnlyList<SelectListItem> Fields, ProcedureStatus Status);

public sealed record ProcedureAdminRow(int Id, string? Code, string Name, string Slug, string FieldName, int ProcessingDays, ProcedureStatus Status, Guid ConcurrencyStamp);

public sealed record ProcedureListItem(string Slug, string? Code, string Name, int ProcessingDays, SubmissionChannels Channels);

public sealed record ProcedureFieldGroup(string Name, IReadOnlyList<ProcedureListItem> Procedures);

public sealed record CatalogueViewModel(string? Query, int? FieldId, IReadOnlyList<ProcedureFieldGroup> Groups, IReadOnlyList<SelectListItem> Fields, int Count);

/// <summary>One procedure in full, as the public page shows it.</summary>
public sealed record ProcedureDetails(
    int Id,
    string? Code,
    string Name,
    string Slug,
    string FieldName,
    string ImplementingBody,
    string SubmissionPlace,
    SubmissionChannels Channels,
    string Steps,
    string RequiredDocuments,
    int NumberOfSets,
    int ProcessingDays,
    string Fees,
    string Applicants,
    string Result,
    string Conditions,
    string LegalBasis,
    string AnnouncingDecision,
    DateTime UpdatedAtUtc);

public sealed record ProcedurePageViewModel(ProcedureDetails Procedure, Dossiers.TimelinessFigures Record, DateOnly From, DateOnly To);
