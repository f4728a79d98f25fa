using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.PlanManagement;

/// <summary>The heading of a plan as the document shows it: number, date, title, signer.</summary>
public class PlanHeaderInput
{
    [Display(Name = "Số, ký hiệu")]
    public string Number { get; set; } = "";

    /// <summary>Ngày ban hành, typed as dd/MM/yyyy.</summary>
    [Display(Name = "Ngày ban hành")]
    public string IssuedOn { get; set; } = "";

    [Display(Name = "Trích yếu")]
    public string Title { get; set; } = "";

    [Display(Name = "Chức vụ người ký")]
    public string? SignerTitle { get; set; }

    [Display(Name = "Họ tên người ký")]
    public string? SignerName { get; set; }
}

/// <summary>A new year's plan made from a previous plan's areas and tasks.</summary>
public sealed class PlanCopyInput : PlanHeaderInput
{
    [Display(Name = "Sao chép từ kế hoạch")]
    public int? SourcePlanId { get; set; }

    [Display(Name = "Năm của kế hoạch mới")]
    public int? Year { get; set; }
}

public sealed class PlanEditInput : PlanHeaderInput
{
    [Display(Name = "Địa danh ban hành")]
    public string? IssuedAt { get; set; }

    [Display(Name = "Căn cứ ban hành")]
    public string? LegalBasis { get; set; }

    [Display(Name = "Đoạn kết")]
    public string? ClosingText { get; set; }

    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class AreaInput
{
    [Display(Name = "Số thứ tự trong mục II")]
    public int? Number { get; set; }

    [Display(Name = "Tên nội dung – giải pháp")]
    public string Title { get; set; } = "";

    public string? ConcurrencyStamp { get; set; }
}

public sealed class TaskInput
{
    /// <summary>The area (nội dung – giải pháp) the task belongs to; changing it moves the task within the plan.</summary>
    [Display(Name = "Thuộc nội dung – giải pháp")]
    public int? AreaId { get; set; }

    [Display(Name = "Nội dung nhiệm vụ")]
    public string Title { get; set; } = "";

    [Display(Name = "Mô tả, hướng dẫn thực hiện")]
    public string? Description { get; set; }

    [Display(Name = "Đơn vị chủ trì")]
    public int? LeadUnitId { get; set; }

    [Display(Name = "Đơn vị phối hợp")]
    public List<int> SupportingUnitIds { get; set; } = [];

    [Display(Name = "Loại nhiệm vụ")]
    public TaskSchedule? Schedule { get; set; }

    /// <summary>Thời hạn of a one-off task, typed as dd/MM/yyyy.</summary>
    [Display(Name = "Thời hạn")]
    public string? DueOn { get; set; }

    [Display(Name = "Kỳ báo cáo")]
    public ReportingFrequency? ReportingFrequency { get; set; }

    [Display(Name = "Sản phẩm dự kiến")]
    public string? ExpectedOutput { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

internal static class PlanInputRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static void ApplyHeaderRules<T>(AbstractValidator<T> validator)
        where T : PlanHeaderInput
    {
        validator.RuleFor(x => x.Number)
            .NotEmpty().WithMessage("Vui lòng nhập số, ký hiệu kế hoạch (ví dụ 12/KH-SNgV).")
            .MaximumLength(FieldLengths.PlanNumber);
        validator.RuleFor(x => x.IssuedOn)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập ngày ban hành.")
            .Must(d => DateInput.TryParse(d, out _)).WithMessage("Ngày ban hành phải có dạng ngày/tháng/năm, ví dụ 20/01/2020.");
        validator.RuleFor(x => x.Title)
            .NotEmpty().WithMessage("Vui lòng nhập trích yếu (tên) của kế hoạch.")
            .MaximumLength(FieldLengths.Title);
        validator.RuleFor(x => x.SignerTitle)
            .MaximumLength(FieldLengths.ShortText);
        validator.RuleFor(x => x.SignerName)
            .MaximumLength(FieldLengths.PersonName);
    }
}

public sealed class PlanCopyInputValidator : AbstractValidator<PlanCopyInput>
{
    public PlanCopyInputValidator(PortalDbContext db)
    {
        PlanInputRules.ApplyHeaderRules(this);
        RuleFor(x => x.Number)
            .MustAsync(async (number, ct) => !await db.Plans.AnyAsync(p => p.Number == number, ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Number))
            .WithMessage("Số, ký hiệu này đã được dùng cho một kế hoạch khác.");
        RuleFor(x => x.SourcePlanId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn kế hoạch để sao chép.")
            .MustAsync(async (id, ct) => await db.Plans.AnyAsync(p => p.Id == id, ct)).WithMessage("Kế hoạch được chọn để sao chép không tồn tại.");
        RuleFor(x => x.Year)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng nhập năm của kế hoạch mới.")
            .InclusiveBetween(PlanInputRules.MinYear, PlanInputRules.MaxYear).WithMessage($"Năm phải từ {PlanInputRules.MinYear} đến {PlanInputRules.MaxYear}.")
            .MustAsync(async (input, year, ct) =>
            {
                var sourceYear = await db.Plans.Where(p => p.Id == input.SourcePlanId).Select(p => (int?)p.Year).SingleOrDefaultAsync(ct);
                return sourceYear is null || year > sourceYear;
            })
            .WithMessage("Năm của kế hoạch mới phải sau năm của kế hoạch được sao chép.");
    }
}

public sealed class PlanEditInputValidator : AbstractValidator<PlanEditInput>
{
    public PlanEditInputValidator()
    {
        PlanInputRules.ApplyHeaderRules(this);
        RuleFor(x => x.IssuedAt)
            .MaximumLength(FieldLengths.ShortText);
        RuleFor(x => x.LegalBasis)
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.ClosingText)
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(VietnameseValidationMessages.StaleForm);
    }
}

public sealed class AreaInputValidator : AbstractValidator<AreaInput>
{
    public AreaInputValidator()
    {
        RuleFor(x => x.Number)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng nhập số thứ tự của nội dung (ví dụ 1 cho mục II.1).")
            .InclusiveBetween(1, 99).WithMessage("Số thứ tự phải từ 1 đến 99.");
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage("Vui lòng nhập tên nội dung – giải pháp.")
            .MaximumLength(FieldLengths.Title);
    }
}

public sealed class TaskInputValidator : AbstractValidator<TaskInput>
{
    public TaskInputValidator(PortalDbContext db)
    {
        RuleFor(x => x.AreaId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn nội dung – giải pháp.")
            .MustAsync(async (id, ct) => await db.SolutionAreas.AnyAsync(a => a.Id == id, ct)).WithMessage("Nội dung – giải pháp đã chọn không tồn tại.");
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage("Vui lòng nhập nội dung nhiệm vụ.")
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.Description)
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.ExpectedOutput)
            .MaximumLength(FieldLengths.Title);
        RuleFor(x => x.LeadUnitId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn đơn vị chủ trì.")
            .MustAsync(async (id, ct) => await db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct)).WithMessage("Đơn vị chủ trì đã chọn không tồn tại.");
        RuleFor(x => x.SupportingUnitIds)
            .Must((input, ids) => input.LeadUnitId is not { } lead || !ids.Contains(lead))
            .WithMessage("Đơn vị chủ trì không đồng thời là đơn vị phối hợp; vui lòng bỏ chọn đơn vị đó ở phần phối hợp.")
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids.Distinct().ToList();
                return await db.Units.CountAsync(u => distinct.Contains(u.Id), ct) == distinct.Count;
            })
            .WithMessage("Có đơn vị phối hợp không tồn tại.");
        RuleFor(x => x.Schedule)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn loại nhiệm vụ: có thời hạn hay thường xuyên.")
            .IsInEnum().WithMessage("Loại nhiệm vụ không hợp lệ.");

        When(x => x.Schedule == TaskSchedule.OneOff, () =>
            RuleFor(x => x.DueOn)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Nhiệm vụ có thời hạn phải có ngày hết hạn.")
                .Must(d => DateInput.TryParse(d, out _)).WithMessage("Thời hạn phải có dạng ngày/tháng/năm, ví dụ 30/06/2020.")
                .MustAsync(async (input, text, ct) =>
                {
                    // Found (not queried) so that the save after this check takes the plan from the change tracker.
                    var planId = await db.SolutionAreas.Where(a => a.Id == input.AreaId).Select(a => (int?)a.PlanId).SingleOrDefaultAsync(ct);
                    var plan = planId is null ? null : await db.Plans.FindAsync([planId.Value], ct);
                    return plan is null || DateInput.Parse(text)!.Value.Year >= plan.Year;
                })
                .WithMessage("Thời hạn phải nằm trong năm của kế hoạch hoặc sau đó."));

        When(x => x.Schedule == TaskSchedule.Recurring, () =>
            RuleFor(x => x.ReportingFrequency)
                .Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Nhiệm vụ thường xuyên phải có kỳ báo cáo.")
                .IsInEnum().WithMessage("Kỳ báo cáo không hợp lệ."));
    }
}

/// <summary>Messages shared by the plan-management screens.</summary>
public static class PlanMessages
{
    public const string PlanClosed = "Kế hoạch đã kết thúc nên không thể sửa.";
}
