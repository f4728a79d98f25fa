using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Forms;
using SNgV.Portal.Web.Features.Contact;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>A dossier as the desk records it on reception.</summary>
public sealed class RegisterDossierInput
{
    [Display(Name = "Thủ tục")]
    public int AdministrativeProcedureId { get; set; }

    [Display(Name = "Tên người nộp hoặc tên tổ chức")]
    public string? ApplicantName { get; set; }

    [Display(Name = "Người nộp là")]
    public ApplicantKind ApplicantKind { get; set; } = ApplicantKind.Person;

    [Display(Name = "Thông tin liên hệ")]
    public string? Contact { get; set; }

    [Display(Name = "Hình thức nộp")]
    public DossierChannel Channel { get; set; } = DossierChannel.InPerson;

    /// <summary>Vietnam time, as on the desk's clock.</summary>
    [Display(Name = "Thời điểm tiếp nhận")]
    public DateTime? ReceivedAt { get; set; }
}

public sealed class RegisterDossierInputValidator : AbstractValidator<RegisterDossierInput>
{
    public RegisterDossierInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.AdministrativeProcedureId).GreaterThan(0).WithMessage("Vui lòng chọn thủ tục.");
        RuleFor(x => x.ApplicantName).NotEmpty().WithMessage("Vui lòng nhập tên người nộp hoặc tên tổ chức.")
            .MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.ApplicantKind).IsInEnum().WithMessage("Vui lòng chọn cá nhân hoặc tổ chức.");
        RuleFor(x => x.Contact).MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.Channel).IsInEnum().WithMessage("Vui lòng chọn hình thức nộp hồ sơ.");
        RuleFor(x => x.ReceivedAt).NotNull().WithMessage("Vui lòng nhập thời điểm tiếp nhận.");
        RuleFor(x => x.ReceivedAt)
            .Must(at => at!.Value <= VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).AddMinutes(5))
            .When(x => x.ReceivedAt is not null)
            .WithMessage("Thời điểm tiếp nhận không được sau thời điểm hiện tại.");
        RuleFor(x => x.ReceivedAt)
            .Must(at => at!.Value >= VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).AddDays(-30))
            .When(x => x.ReceivedAt is not null)
            .WithMessage("Chỉ ghi sổ hồ sơ tiếp nhận trong vòng 30 ngày trở lại.");
    }
}

/// <summary>A move of the dossier to another status, with the note or reason.</summary>
public sealed class MoveDossierInput
{
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "Bước xử lý")]
    public DossierStatus ToStatus { get; set; }

    [Display(Name = "Ghi chú")]
    public string? Note { get; set; }
}

public sealed class MoveDossierInputValidator : AbstractValidator<MoveDossierInput>
{
    public MoveDossierInputValidator()
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
        RuleFor(x => x.ToStatus).IsInEnum().WithMessage("Vui lòng chọn bước xử lý.");
        RuleFor(x => x.Note).NotEmpty().When(x => x.ToStatus == DossierStatus.Refused)
            .WithMessage("Vui lòng ghi rõ lý do từ chối giải quyết; lý do được thông báo cho người nộp.");
        RuleFor(x => x.Note).NotEmpty().When(x => x.ToStatus == DossierStatus.AdditionalDocumentsRequested)
            .WithMessage("Vui lòng ghi rõ giấy tờ cần bổ sung (hướng dẫn một lần, đầy đủ).");
        RuleFor(x => x.Note).MaximumLength(FieldLengths.LongText);
    }
}

public sealed record RegisterViewModel(RegisterDossierInput Input, IReadOnlyList<SelectListItem> Procedures);

public sealed record DossierRow(int Id, string ReceiptCode, string ProcedureName, string ApplicantName, DateOnly ReceivedOn, DateOnly DueOn, DossierStatus Status, DateOnly? CompletedOn)
{
    public DeadlineState? Deadline { get; init; }
}


public sealed record DossierStep(DossierStatus? From, DossierStatus To, DateTime AtUtc, string UserName, string? Note);

public sealed record DossierDetails(
    int Id,
    string ReceiptCode,
    string ProcedureName,
    string ProcedureSlug,
    int ProcessingDays,
    string ApplicantName,
    ApplicantKind ApplicantKind,
    string? Contact,
    DossierChannel Channel,
    DateTime ReceivedAtUtc,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    DossierStatus Status,
    DateOnly? CompletedOn,
    DateTime? ReturnedAtUtc,
    Guid ConcurrencyStamp)
{
    public IReadOnlyList<DossierStep> Steps { get; init; } = [];

    public DeadlineState? Deadline { get; init; }
}

public sealed record DossierViewModel(DossierDetails Dossier, IReadOnlyList<DossierStatus> Next)
{
    public MoveDossierInput Input { get; init; } = new();
}

/// <summary>The appointment slip: what the applicant takes home.</summary>
public sealed record SlipViewModel(DossierDetails Dossier, string LookupUrl, string QrSvg);

/// <summary>
/// What anyone holding the code may see: no name, no contact, and of the desk's notes only what it asked the applicant
/// to supplement while the dossier waits for it. The reception is when the desk received the dossier (the history's first
/// step); <paramref name="CountsFrom"/> is the working day the time limit counts from.
/// </summary>
public sealed record PublicDossierView(string ReceiptCode, string ProcedureName, DateTime ReceivedAtUtc, DateOnly CountsFrom, DateOnly DueOn, DossierStatus Status,
    DateOnly? CompletedOn, DateTime? ReturnedAtUtc, IReadOnlyList<(DossierStatus Status, DateTime AtUtc)> Steps)
{
    public LookupVerdict? Verdict { get; init; }

    /// <summary>The documents the desk asked for, while the dossier waits for them.</summary>
    public string? ToSupplement { get; init; }

    /// <summary>The survey invitation of a returned dossier, while unused.</summary>
    public string? SurveyToken { get; init; }

    /// <summary>The dossier was returned and its invitation has been answered.</summary>
    public bool Rated { get; init; }
}

public sealed record LookupViewModel(string? Code, PublicDossierView? Dossier, bool NotFound, int? WaitMinutes)
{
    /// <summary>How to reach the one-stop desk; empty fields when the administrator has not set them.</summary>
    public ContactView Desk { get; init; } = ContactView.None;

    /// <summary>What was typed cannot be a receipt code (wrong length or characters).</summary>
    public bool Malformed { get; init; }
}

public sealed record StatisticsRow(string ProcedureName, TimelinessFigures Figures);

public sealed record StatisticsViewModel(DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<StatisticsRow> Rows, TimelinessFigures Total);
