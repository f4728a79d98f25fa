using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Forms;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Review;

/// <summary>The review queue's filters (query string): the reporting unit, the task's area, the period by its last day.</summary>
public sealed class ReviewQueueQuery : ListQuery
{
    public int? UnitId { get; set; }

    public int? AreaId { get; set; }

    /// <summary>The last day of the reported period (<c>period=2019-03-14</c>).</summary>
    public DateOnly? Period { get; set; }
}

public sealed class ReviewQueueQueryValidator : AbstractValidator<ReviewQueueQuery>
{
    public ReviewQueueQueryValidator() => Include(new ListQueryRules());
}

/// <summary>The ticked updates of the queue, each as "id:stamp" (the stamp the Office saw, so a changed one is refused).</summary>
public sealed class BulkAcceptInput
{
    [Display(Name = "Báo cáo đã chọn")]
    public List<string> Updates { get; set; } = [];

    public IReadOnlyList<(int Id, Guid Stamp)> Parsed() =>
        Updates.Select(Parse).OfType<(int, Guid)>().Distinct().ToList();

    public static string Format(int id, Guid stamp) => $"{id.ToString(CultureInfo.InvariantCulture)}:{stamp}";

    public static (int Id, Guid Stamp)? Parse(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && Guid.TryParse(parts[1], out var stamp) ? (id, stamp) : null;
    }
}

public sealed class BulkAcceptInputValidator : AbstractValidator<BulkAcceptInput>
{
    public BulkAcceptInputValidator()
    {
        RuleFor(x => x.Updates).NotEmpty().WithMessage("Vui lòng đánh dấu ít nhất một báo cáo cần chấp nhận.");
        RuleForEach(x => x.Updates).Must(u => BulkAcceptInput.Parse(u) is not null).WithMessage(VietnameseValidationMessages.StaleForm);
    }
}

/// <summary>What a bulk accept did: how many were accepted, and those someone had dealt with (or changed) meanwhile.</summary>
public sealed record BulkAcceptResult(int Accepted, IReadOnlyList<string> Stale);

public sealed record ReviewQueueRow(int UpdateId, Guid ConcurrencyStamp, int TaskId, int AreaNumber, int TaskNumber, string TaskTitle, string UnitName, bool IsLeadUnit,
    DateOnly PeriodStart, DateOnly PeriodEnd, int Percent, TaskProgressStatus Status, DateTime SubmittedAtUtc, int FileCount, bool SubmittedLate)
{
    public string Code => PlanTask.CodeOf(AreaNumber, TaskNumber);

    public string PeriodLabel => ReportingPeriod.Of(PeriodStart, PeriodEnd).Label;

    /// <summary>The queue's columns as the .xlsx shows them.</summary>
    public static readonly IReadOnlyList<ListColumn<ReviewQueueRow>> Columns =
    [
        new("Mục", r => r.Code, 9),
        new("Nhiệm vụ", r => r.TaskTitle, 60),
        new("Đơn vị báo cáo", r => r.UnitName, 26),
        new("Vai trò", r => r.IsLeadUnit ? "Chủ trì" : "Phối hợp", 10),
        new("Kỳ báo cáo", r => r.PeriodLabel + (r.SubmittedLate ? " (nộp muộn)" : ""), 16),
        new("Tỷ lệ hoàn thành (%)", r => r.Percent, 12),
        new("Tình trạng", r => DisplayNames.Of(r.Status), 16),
        new("Số tệp minh chứng", r => r.FileCount, 10),
        new("Gửi lúc", r => VietnamTime.ToLocal(r.SubmittedAtUtc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture), 17),
    ];
}

public sealed record ReviewQueueViewModel(
    ReviewQueueQuery Query,
    IReadOnlyList<ReviewQueueRow> Rows,
    Paging Paging,
    IReadOnlyList<SelectListItem> Units,
    IReadOnlyList<SelectListItem> Areas,
    IReadOnlyList<SelectListItem> Periods);
