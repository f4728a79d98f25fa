using FluentValidation;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Audit;

/// <summary>The audit log's filters: record type, user, and a range of days (Vietnam time), with the page.</summary>
public sealed class AuditQuery : ListQuery
{
    /// <summary>Marks changes made by the portal itself (seed, background jobs) in the user filter.</summary>
    public const string System = "he-thong";

    public string? EntityType { get; set; }

    public string? UserId { get; set; }

    /// <summary>From this day (dd/MM/yyyy), inclusive.</summary>
    public string? From { get; set; }

    /// <summary>To this day (dd/MM/yyyy), inclusive.</summary>
    public string? To { get; set; }
}

public sealed class AuditQueryValidator : AbstractValidator<AuditQuery>
{
    public AuditQueryValidator()
    {
        RuleFor(x => x.EntityType)
            .Must(t => string.IsNullOrEmpty(t) || AuditLabels.IsKnownType(t)).WithMessage("Loại bản ghi không hợp lệ.");
        RuleFor(x => x.UserId).MaximumLength(450).WithMessage("Người dùng không hợp lệ.");
        RuleFor(x => x.From)
            .Must(DateInput.IsEmptyOrValid).WithMessage("Từ ngày phải có dạng ngày/tháng/năm, ví dụ 01/01/2020.");
        RuleFor(x => x.To)
            .Must(DateInput.IsEmptyOrValid).WithMessage("Đến ngày phải có dạng ngày/tháng/năm, ví dụ 31/12/2020.")
            .Must((q, to) => DateInput.Parse(q.From) is not { } from || DateInput.Parse(to) is not { } end || end >= from)
            .WithMessage("Đến ngày phải sau hoặc bằng từ ngày.");
        Include(new ListQueryRules());
    }
}
