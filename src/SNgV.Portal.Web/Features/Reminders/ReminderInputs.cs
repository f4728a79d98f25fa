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
    IReadOnlyList<UnitTaskChoice> Tasks);

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
}

public sealed record ReminderHistoryViewModel(IReadOnlyList<ReminderHistoryRow> Reminders, Infrastructure.Paging Paging);

public sealed record ReminderHistoryRow(
    int Id,
    DateTime CreatedAtUtc,
    string UnitName,
    ReminderKind Kind,
    string? SentByName,
    string Message,
    IReadOnlyList<ReminderTaskLine> Tasks,
    int RecipientCount);
