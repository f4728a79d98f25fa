using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Files;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.Procedures;

/// <summary>
/// A procedure as the Office edits it: every standard field of a procedure page, and beside the fields a foreign
/// applicant reads their English text (optional: the English page shows the Vietnamese where it is missing).
/// </summary>
public sealed class ProcedureInput
{
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "Mã thủ tục")]
    public string? Code { get; set; }

    [Display(Name = "Tên thủ tục")]
    public string? Name { get; set; }

    [Display(Name = "Tên thủ tục (tiếng Anh)")]
    public string? NameEn { get; set; }

    [Display(Name = "Tóm tắt")]
    public string? Summary { get; set; }

    [Display(Name = "Tóm tắt (tiếng Anh)")]
    public string? SummaryEn { get; set; }

    /// <summary>Address of the public page; made from the name when left empty.</summary>
    [Display(Name = "Địa chỉ trang công khai")]
    public string? Slug { get; set; }

    [Display(Name = "Lĩnh vực")]
    public int ProcedureFieldId { get; set; }

    [Display(Name = "Cơ quan thực hiện")]
    public string? ImplementingBody { get; set; }

    [Display(Name = "Cơ quan thực hiện (tiếng Anh)")]
    public string? ImplementingBodyEn { get; set; }

    [Display(Name = "Nơi tiếp nhận hồ sơ")]
    public string? SubmissionPlace { get; set; }

    [Display(Name = "Nơi tiếp nhận hồ sơ (tiếng Anh)")]
    public string? SubmissionPlaceEn { get; set; }

    public bool InPerson { get; set; }

    public bool ByPost { get; set; }

    public bool Online { get; set; }

    [Display(Name = "Mức độ dịch vụ công trực tuyến")]
    public OnlineServiceLevel ServiceLevel { get; set; }

    [Display(Name = "Đường dẫn nộp hồ sơ trực tuyến")]
    public string? OnlineSubmissionUrl { get; set; }

    [Display(Name = "Trình tự thực hiện")]
    public string? Steps { get; set; }

    [Display(Name = "Trình tự thực hiện (tiếng Anh)")]
    public string? StepsEn { get; set; }

    [Display(Name = "Thành phần hồ sơ")]
    public string? RequiredDocuments { get; set; }

    [Display(Name = "Thành phần hồ sơ (tiếng Anh)")]
    public string? RequiredDocumentsEn { get; set; }

    [Display(Name = "Số bộ hồ sơ")]
    public int NumberOfSets { get; set; } = 1;

    [Display(Name = "Thời hạn giải quyết (ngày làm việc)")]
    public int ProcessingDays { get; set; }

    [Display(Name = "Mức phí, lệ phí (đồng)")]
    public decimal? FeeAmount { get; set; }

    [Display(Name = "Phí, lệ phí")]
    public string? Fees { get; set; }

    [Display(Name = "Phí, lệ phí (tiếng Anh)")]
    public string? FeesEn { get; set; }

    [Display(Name = "Đối tượng thực hiện")]
    public string? Applicants { get; set; }

    [Display(Name = "Đối tượng thực hiện (tiếng Anh)")]
    public string? ApplicantsEn { get; set; }

    [Display(Name = "Kết quả thực hiện")]
    public string? Result { get; set; }

    [Display(Name = "Kết quả thực hiện (tiếng Anh)")]
    public string? ResultEn { get; set; }

    [Display(Name = "Yêu cầu, điều kiện")]
    public string? Conditions { get; set; }

    [Display(Name = "Yêu cầu, điều kiện (tiếng Anh)")]
    public string? ConditionsEn { get; set; }

    [Display(Name = "Căn cứ pháp lý")]
    public string? LegalBasis { get; set; }

    [Display(Name = "Căn cứ pháp lý (tiếng Anh)")]
    public string? LegalBasisEn { get; set; }

    [Display(Name = "Quyết định công bố")]
    public string? AnnouncingDecision { get; set; }

    public SubmissionChannels Channels =>
        (InPerson ? SubmissionChannels.InPerson : 0) | (ByPost ? SubmissionChannels.Post : 0) | (Online ? SubmissionChannels.Online : 0);
}

public sealed class ProcedureInputValidator : AbstractValidator<ProcedureInput>
{
    /// <summary>The largest fee the form takes, in đồng: far above any fee of the department, below a typing slip.</summary>
    public const decimal MaxFeeAmount = 100_000_000;

    public ProcedureInputValidator()
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
        RuleFor(x => x.Code).MaximumLength(FieldLengths.ProcedureCode);
        Text(x => x.Name, x => x.NameEn, "tên thủ tục", FieldLengths.Title);
        RuleFor(x => x.Summary).MaximumLength(FieldLengths.Title);
        RuleFor(x => x.SummaryEn).MaximumLength(FieldLengths.Title);
        RuleFor(x => x.Slug)
            .MaximumLength(FieldLengths.Slug)
            .Must(s => string.IsNullOrWhiteSpace(s) || VietnameseText.Slug(s, FieldLengths.Slug) == s)
            .WithMessage("Địa chỉ trang chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: hop-phap-hoa-lanh-su).");
        RuleFor(x => x.ProcedureFieldId).GreaterThan(0).WithMessage("Vui lòng chọn lĩnh vực.");
        Text(x => x.ImplementingBody, x => x.ImplementingBodyEn, "cơ quan thực hiện", FieldLengths.ShortText);
        Text(x => x.SubmissionPlace, x => x.SubmissionPlaceEn, "nơi tiếp nhận hồ sơ", FieldLengths.Title);
        RuleFor(x => x.InPerson).Must((input, _) => input.Channels != SubmissionChannels.None)
            .WithMessage("Vui lòng chọn ít nhất một cách thức nộp hồ sơ.");
        RuleFor(x => x.ServiceLevel).IsInEnum()
            .Must((input, level) => level == OnlineServiceLevel.None || input.Online)
            .WithMessage("Thủ tục cung cấp dịch vụ công trực tuyến phải có cách thức nộp \"Trực tuyến\".");
        RuleFor(x => x.OnlineSubmissionUrl)
            .MaximumLength(FieldLengths.Url)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.')))
            .WithMessage("Đường dẫn nộp hồ sơ trực tuyến phải là địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://dichvucong.quangtri.gov.vn/….")
            .Must((input, url) => url is null || input.Online)
            .WithMessage("Có đường dẫn nộp hồ sơ trực tuyến thì chọn cả cách thức \"Trực tuyến\" (hoặc để trống đường dẫn).");
        Text(x => x.Steps, x => x.StepsEn, "trình tự thực hiện", FieldLengths.LongText);
        Text(x => x.RequiredDocuments, x => x.RequiredDocumentsEn, "thành phần hồ sơ", FieldLengths.LongText);
        RuleFor(x => x.NumberOfSets).InclusiveBetween(1, 20).WithMessage("Số bộ hồ sơ phải từ 1 đến 20.");
        RuleFor(x => x.ProcessingDays).InclusiveBetween(1, 365).WithMessage("Thời hạn giải quyết phải từ 1 đến 365 ngày làm việc.");
        RuleFor(x => x.FeeAmount)
            .InclusiveBetween(0m, MaxFeeAmount).WithMessage("Mức phí, lệ phí phải từ 0 (miễn phí) đến 100.000.000 đồng.")
            .Must(amount => amount is null || amount == decimal.Truncate(amount.Value)).WithMessage("Mức phí, lệ phí tính bằng đồng, không có phần lẻ.");
        Text(x => x.Fees, x => x.FeesEn, "phí, lệ phí (ghi \"Không\" nếu không thu)", FieldLengths.Title);
        Text(x => x.Applicants, x => x.ApplicantsEn, "đối tượng thực hiện", FieldLengths.Title);
        Text(x => x.Result, x => x.ResultEn, "kết quả thực hiện", FieldLengths.Title);
        Text(x => x.Conditions, x => x.ConditionsEn, "yêu cầu, điều kiện (ghi \"Không\" nếu không có)", FieldLengths.LongText);
        Text(x => x.LegalBasis, x => x.LegalBasisEn, "căn cứ pháp lý", FieldLengths.LongText);
        RuleFor(x => x.AnnouncingDecision).MaximumLength(FieldLengths.Title);
    }

    /// <summary>A required Vietnamese field and its optional English text, of one length.</summary>
    private void Text(Expression<Func<ProcedureInput, string?>> field, Expression<Func<ProcedureInput, string?>> english, string label, int maxLength)
    {
        RuleFor(field)
            .NotEmpty().WithMessage($"Vui lòng nhập {label}.")
            .MaximumLength(maxLength);
        RuleFor(english).MaximumLength(maxLength);
    }
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

/// <summary>A form of a procedure as the editor and the public page list it.</summary>
public sealed record ProcedureFormFile(int Id, string Title, string? TitleEn, string FileName, long Length)
{
    public LocalizedText Label => LocalizedText.Pick(Title, TitleEn);
}

public sealed record ProcedureFormViewModel(
    int? Id, ProcedureInput Input, IReadOnlyList<SelectListItem> Fields, ProcedureStatus Status, IReadOnlyList<ProcedureFormFile> Forms)
{
    /// <summary>The form-upload box, with what was typed when an upload was refused.</summary>
    public ProcedureFormInput Upload { get; init; } = new();
}

public sealed record ProcedureAdminRow(int Id, string? Code, string Name, string Slug, string FieldName, int ProcessingDays, ProcedureStatus Status, Guid ConcurrencyStamp);

public sealed record ProcedureListItem(string Slug, string? Code, LocalizedText Name, LocalizedText Summary, int ProcessingDays, SubmissionChannels Channels);

public sealed record ProcedureFieldGroup(int Id, LocalizedText Name, IReadOnlyList<ProcedureListItem> Procedures);

/// <summary>A field (lĩnh vực) as the empty result offers it: a link to its procedures.</summary>
public sealed record ProcedureFieldLink(int Id, LocalizedText Name);

public sealed record CatalogueViewModel(
    string? Query,
    int? FieldId,
    IReadOnlyList<ProcedureFieldGroup> Groups,
    IReadOnlyList<SelectListItem> Fields,
    IReadOnlyList<ProcedureFieldLink> FieldLinks,
    int Count)
{
    public bool HasVietnameseOnly => Groups.Any(g => g.Name.IsFallback || g.Procedures.Any(p => p.Name.IsFallback || p.Summary.IsFallback));
}

/// <summary>One procedure in full, as the public page shows it, each text in the page's language where the Office wrote it.</summary>
public sealed record ProcedureDetails(
    int Id,
    string? Code,
    LocalizedText Name,
    LocalizedText Summary,
    string Slug,
    LocalizedText FieldName,
    LocalizedText ImplementingBody,
    LocalizedText SubmissionPlace,
    SubmissionChannels Channels,
    OnlineServiceLevel ServiceLevel,
    string? OnlineSubmissionUrl,
    LocalizedText Steps,
    LocalizedText RequiredDocuments,
    int NumberOfSets,
    int ProcessingDays,
    decimal? FeeAmount,
    LocalizedText Fees,
    LocalizedText Applicants,
    LocalizedText Result,
    LocalizedText Conditions,
    LocalizedText LegalBasis,
    LocalizedText AnnouncingDecision,
    IReadOnlyList<ProcedureFormFile> Forms,
    DateTime UpdatedAtUtc)
{
    /// <summary>The online-submission button is shown only when there is an address and the Online channel.</summary>
    public string? SubmitOnlineUrl => Channels.HasFlag(SubmissionChannels.Online) ? OnlineSubmissionUrl : null;

    /// <summary>True when some text shown is Vietnamese on an English page: the page says so once.</summary>
    public bool HasVietnameseOnly =>
        new[] { Name, Summary, FieldName, ImplementingBody, SubmissionPlace, Steps, RequiredDocuments, Fees, Applicants, Result, Conditions, LegalBasis, AnnouncingDecision }
            .Concat(Forms.Select(f => f.Label))
            .Any(t => t.IsFallback);
}

public sealed record ProcedurePageViewModel(ProcedureDetails Procedure, Dossiers.TimelinessFigures Record, DateOnly From, DateOnly To);

/// <summary>A form (biểu mẫu, tờ khai) the Office adds to a procedure: the file and what it is called.</summary>
public sealed class ProcedureFormInput
{
    [Display(Name = "Tên biểu mẫu")]
    public string? Title { get; set; }

    [Display(Name = "Tên biểu mẫu (tiếng Anh)")]
    public string? TitleEn { get; set; }

    [Display(Name = "Tệp biểu mẫu")]
    public IFormFile? File { get; set; }
}

public sealed class ProcedureFormInputValidator : AbstractValidator<ProcedureFormInput>
{
    public ProcedureFormInputValidator(IOptions<EvidenceOptions> evidenceOptions)
    {
        var options = evidenceOptions.Value;
        RuleFor(x => x.Title).MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.TitleEn).MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.File)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage($"Vui lòng chọn tệp biểu mẫu ({EvidenceFileTypes.Description}).")
            .Custom((file, context) =>
            {
                if (EvidenceFileCheck.ProblemWith(file!, options) is { } problem)
                {
                    context.AddFailure(nameof(ProcedureFormInput.File), problem);
                }
            });
    }
}
