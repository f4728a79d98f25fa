using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>
/// The register's filters (query string): the tab (<c>loc</c>: open, needing attention, all), a search over the receipt
/// code, the applicant and the procedure (<c>q</c>), the status, the procedure, the deadline state and the days received.
/// </summary>
public sealed class DossierListQuery : ListQuery
{
    public string? Loc { get; set; }

    public string? Q { get; set; }

    public DossierStatus? Status { get; set; }

    public int? ProcedureId { get; set; }

    public DeadlineState? Deadline { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public bool HasFilters => !string.IsNullOrWhiteSpace(Q) || Status is not null || ProcedureId is not null || Deadline is not null || From is not null || To is not null;
}

public sealed class DossierListQueryValidator : AbstractValidator<DossierListQuery>
{
    public DossierListQueryValidator()
    {
        Include(new ListQueryRules());
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Deadline).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage("Đến ngày phải sau hoặc bằng từ ngày.");
    }
}

public sealed record DossierListViewModel(
    DossierListQuery Query,
    IReadOnlyList<DossierRow> Rows,
    Paging Paging,
    string Filter,
    DateOnly Today,
    int DueSoon,
    int Overdue,
    IReadOnlyList<SelectListItem> Procedures);

public static class DossierColumns
{
    public static readonly IReadOnlyList<ListColumn<DossierRow>> All =
    [
        new("Mã hồ sơ", r => ReceiptCodes.Format(r.ReceiptCode), 12),
        new("Thủ tục", r => r.ProcedureName, 50),
        new("Người nộp", r => r.ApplicantName, 26),
        new("Ngày nhận", r => r.ReceivedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), 12),
        new("Ngày hẹn trả", r => r.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), 12),
        new("Tình trạng", r => DisplayNames.Of(r.Status), 22),
        new("Thời hạn", r => r.Deadline switch { DeadlineState.Late => "Quá hạn", DeadlineState.DueSoon => "Sắp đến hạn", DeadlineState.OnTrack => "Trong hạn", _ => "" }, 12),
        new("Ngày có kết quả", r => r.CompletedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), 12),
    ];
}
