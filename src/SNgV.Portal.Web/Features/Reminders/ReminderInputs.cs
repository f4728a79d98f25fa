using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>What the Office fills in to chase a unit.</summary>
public sealed class ReminderInput
{
    [Display(Name = "Đơn vị được đôn đốc")]
    public int? UnitId { get; set; }

    [Display(Name = "Nhiệm vụ cần đôn đốc")]
    public List<int> TaskIds { get; set; } = [];

    [Display(Name = "Nội dung đôn đốc")]
    public string Message { get; set; } = "";
}

public sealed class ReminderInputValidator : AbstractValidator<ReminderInput>
{
    public ReminderInputValidator(ReminderService reminders)
    {
        RuleFor(x => x.UnitId)
            .NotNull().WithMessage("Vui lòng chọn đơn vị được đôn đốc.");
        RuleFor(x => x.UnitId)
            .MustAsync((id, ct) => reminders.UnitExistsAsync(id!.Value, ct))
            .When(x => x.UnitId is not null)
            .WithMessage("Đơn vị đã chọn không tồn tại.");
        RuleFor(x => x.TaskIds)
            .NotEmpty().WithMessage("Vui lòng chọn ít nhất một nhiệm vụ cần đôn đốc.");
        RuleFor(x => x.TaskIds)
            .MustAsync((input, ids, ct) => reminders.TasksBelongToUnitAsync(input.UnitId!.Value, ids, ct))
            .When(x => x.UnitId is not null && x.TaskIds.Count > 0)
            .WithMessage("Có nhiệm vụ đã chọn không thuộc đơn vị này trong kế hoạch hiện hành.");
        RuleFor(x => x.Message)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập nội dung đôn đốc.")
            .MaximumLength(FieldLengths.LongText);
    }
}

/// <summary>The chasing page: the unit chooser and, once a unit is chosen, its tasks and the message.</summary>
public sealed record ReminderFormViewModel(
    ReminderInput Input,
    IReadOnlyList<SelectListItem> Units,
    string? UnitName,
    string? PlanNumber,
    IReadOnlyList<UnitTaskChoice> Tasks)
{
    /// <summary>The area the task list is narrowed to, and the unit's areas to choose from.</summary>
    public int? AreaId { get; init; }

    public IReadOnlyList<SelectListItem> Areas { get; init; } = [];

    /// <summary>The quarter whose missing reports are pre-ticked (the tracking page's "chưa báo cáo").</summary>
    public ReportingPeriod? Period { get; init; }
}

public sealed record UnitTaskChoice(
    int Id,
    int AreaNumber,
    int Number,
    string Title,
    bool IsLead,
    TaskSchedule Schedule,
    DateOnly EffectiveDueOn,
    int CurrentPercent,
    ScheduleStatus Status)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);

    /// <summary>No report submitted or accepted for the period the form pre-ticks by.</summary>
    public bool Unreported { get; init; }
}

/// <summary>The history's filters (query string): the unit, by hand or automatic (<c>kind=manual|auto</c>), the days sent.</summary>
public sealed class ReminderHistoryQuery : Infrastructure.Lists.ListQuery
{
    public const string Manual = "manual";
    public const string Automatic = "auto";

    public int? UnitId { get; set; }

    public string? Kind { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed class ReminderHistoryQueryValidator : AbstractValidator<ReminderHistoryQuery>
{
    public ReminderHistoryQueryValidator()
    {
        Include(new Infrastructure.Lists.ListQueryRules());
        RuleFor(x => x.Kind).Must(k => k is null or "" or ReminderHistoryQuery.Manual or ReminderHistoryQuery.Automatic).WithMessage("Loại đôn đốc không hợp lệ.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage("Đến ngày phải sau hoặc bằng từ ngày.");
    }
}

public sealed record ReminderHistoryViewModel(ReminderHistoryQuery Query, IReadOnlyList<ReminderHistoryRow> Reminders, Infrastructure.Paging Paging, IReadOnlyList<SelectListItem> Units);

public sealed record ReminderHistoryRow(
    int Id,
    DateTime CreatedAtUtc,
    string UnitName,
    ReminderKind Kind,
    string? SentByName,
    string Message,
    IReadOnlyList<ReminderTaskLine> Tasks,
    int RecipientCount)
{
    public static readonly IReadOnlyList<Infrastructure.Lists.ListColumn<ReminderHistoryRow>> Columns =
    [
        new("Thời gian", r => Infrastructure.VietnamTime.ToLocal(r.CreatedAtUtc).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), 17),
        new("Đơn vị", r => r.UnitName, 26),
        new("Loại", r => DisplayNames.Of(r.Kind), 24),
        new("Cách gửi", r => r.Kind == ReminderKind.Manual ? "Gửi thủ công" : "Tự động", 12),
        new("Người gửi", r => r.SentByName ?? "Hệ thống", 22),
        new("Nhiệm vụ", r => string.Join(", ", r.Tasks.Select(t => t.Code)), 24),
        new("Người nhận", r => r.RecipientCount, 10),
        new("Nội dung", r => r.Message, 60),
    ];
}
