using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Calendar;

/// <summary>A holiday or a make-up working day, as the Office enters it.</summary>
public sealed class CalendarDayInput
{
    [Display(Name = "Ngày")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Loại ngày")]
    public CalendarDayKind Kind { get; set; } = CalendarDayKind.Holiday;

    [Display(Name = "Tên ngày lễ hoặc lý do")]
    public string? Name { get; set; }
}

public sealed class CalendarDayInputValidator : AbstractValidator<CalendarDayInput>
{
    public CalendarDayInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Vui lòng nhập ngày.");
        RuleFor(x => x.Date)
            .Must(d => d!.Value.Year is >= 2000 and <= 2100).When(x => x.Date is not null)
            .WithMessage("Ngày phải trong khoảng năm 2000 đến 2100.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Vui lòng chọn loại ngày.");
        RuleFor(x => x.Date)
            .Must(d => d!.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .When(x => x.Date is not null && x.Kind == CalendarDayKind.MakeUpWorkingDay)
            .WithMessage("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; các ngày trong tuần vốn đã là ngày làm việc.");
        RuleFor(x => x.Date)
            .Must(d => d!.Value.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .When(x => x.Date is not null && x.Kind == CalendarDayKind.Holiday)
            .WithMessage("Ngày nghỉ rơi vào thứ Bảy, Chủ nhật không cần ghi; hãy ghi ngày nghỉ bù trong tuần.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập tên ngày lễ hoặc lý do làm bù.")
            .MaximumLength(FieldLengths.ShortText);
    }
}

public sealed record CalendarDayRow(int Id, DateOnly Date, CalendarDayKind Kind, string Name);

public sealed record CalendarYearViewModel(int Year, IReadOnlyList<CalendarDayRow> Days, IReadOnlyList<int> Years, int WorkingDayCount)
{
    public CalendarDayInput Input { get; init; } = new();
}
