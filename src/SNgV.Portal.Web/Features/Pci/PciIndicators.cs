using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>An indicator (chỉ tiêu) the Office tracks under a sub-index for one province and year.</summary>
public sealed class PciIndicatorInput
{
    [Display(Name = "Chỉ số thành phần")]
    public int SubIndexNumber { get; set; }

    [Display(Name = "Tỉnh, thành phố")]
    public int ProvinceId { get; set; }

    [Display(Name = "Năm")]
    public int? Year { get; set; }

    [Display(Name = "Tên chỉ tiêu")]
    public string? Name { get; set; }

    [Display(Name = "Giá trị")]
    public string? RawValue { get; set; }

    [Display(Name = "Đơn vị")]
    public string? Unit { get; set; }

    [Display(Name = "Chiều")]
    public PciDirection Direction { get; set; } = PciDirection.HigherIsBetter;

    /// <summary>The 1–10 score, when VCCI published it.</summary>
    [Display(Name = "Điểm 1–10")]
    public string? Score { get; set; }
}

public sealed class PciIndicatorInputValidator : AbstractValidator<PciIndicatorInput>
{
    public PciIndicatorInputValidator()
    {
        RuleFor(x => x.SubIndexNumber).InclusiveBetween(1, 10).WithMessage("Vui lòng chọn chỉ số thành phần.");
        RuleFor(x => x.ProvinceId).GreaterThan(0).WithMessage("Vui lòng chọn tỉnh.");
        RuleFor(x => x.Year).NotNull().WithMessage("Vui lòng nhập năm.")
            .InclusiveBetween(PciYears.First, PciYears.Last).WithMessage($"Năm phải từ {PciYears.First} đến {PciYears.Last}.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập tên chỉ tiêu.")
            .MaximumLength(FieldLengths.Title);
        RuleFor(x => x.RawValue).Must(v => PciNumber.RangeError(v, 0m, 99_999_999m, 4, "Giá trị", "42,5") is null)
            .WithMessage(x => PciNumber.RangeError(x.RawValue, 0m, 99_999_999m, 4, "Giá trị", "42,5")!);
        RuleFor(x => x.Unit).NotEmpty().WithMessage("Vui lòng nhập đơn vị (ví dụ: %, điểm, lần).")
            .MaximumLength(FieldLengths.Unit);
        RuleFor(x => x.Direction).IsInEnum().WithMessage("Vui lòng chọn chiều của chỉ tiêu.");
        RuleFor(x => x.Score).Must(s => string.IsNullOrWhiteSpace(s) || PciNumber.ScoreError(s) is null)
            .WithMessage(x => PciNumber.ScoreError(x.Score)!);
    }
}

public sealed record PciIndicatorRow(int Id, int SubIndexNumber, string SubIndex, string Province, int Year, string Name, decimal RawValue, string Unit, PciDirection Direction, decimal? Score);

public sealed record PciIndicatorsViewModel(
    int? Year,
    IReadOnlyList<PciIndicatorRow> Rows,
    PciIndicatorInput Input,
    IReadOnlyList<PciSubIndexOption> SubIndices,
    IReadOnlyList<SelectListItem> Provinces);

/// <summary>The indicators under the sub-indices: recorded, listed by year, removed.</summary>
public sealed class PciIndicatorService(PortalDbContext db)
{
    public static string DirectionName(PciDirection direction) => DisplayNames.Of(direction);

    public async Task<PciIndicatorsViewModel> PageAsync(int? year, PciIndicatorInput? input, CancellationToken cancellationToken)
    {
        var homeId = await db.PciProvinces.Where(p => p.IsHome).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        var rows = await ListAsync(year, null, null, cancellationToken);
        var subIndices = await db.PciSubIndices.OrderBy(s => s.Number).Select(s => new PciSubIndexOption(s.Number, s.Name)).ToListAsync(cancellationToken);
        var provinces = await db.PciProvinces.OrderByDescending(p => p.IsHome).ThenBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(cancellationToken);
        return new PciIndicatorsViewModel(year, rows, input ?? new PciIndicatorInput { ProvinceId = homeId, Year = year, SubIndexNumber = 1 }, subIndices, provinces);
    }

    /// <summary>Indicators, optionally of one year, one sub-index and one province, in sub-index order.</summary>
    public Task<List<PciIndicatorRow>> ListAsync(int? year, int? subIndexNumber, int? provinceId, CancellationToken cancellationToken) =>
        db.PciIndicators
            .Where(i => year == null || i.Year == year)
            .Where(i => subIndexNumber == null || i.SubIndex!.Number == subIndexNumber)
            .Where(i => provinceId == null || i.PciProvinceId == provinceId)
            .OrderByDescending(i => i.Year).ThenBy(i => i.SubIndex!.Number).ThenBy(i => i.Province!.Name).ThenBy(i => i.Name)
            .Select(i => new PciIndicatorRow(i.Id, i.SubIndex!.Number, i.SubIndex.Name, i.Province!.Name, i.Year, i.Name, i.RawValue, i.Unit, i.Direction, i.Score))
            .ToListAsync(cancellationToken);

    public async Task<bool> AddAsync(PciIndicatorInput input, CancellationToken cancellationToken)
    {
        var subIndexId = await db.PciSubIndices.Where(s => s.Number == input.SubIndexNumber).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (subIndexId is null || !await db.PciProvinces.AnyAsync(p => p.Id == input.ProvinceId, cancellationToken))
        {
            return false;
        }

        db.PciIndicators.Add(new PciIndicator
        {
            PciSubIndexId = subIndexId.Value,
            PciProvinceId = input.ProvinceId,
            Year = input.Year!.Value,
            Name = input.Name!,
            RawValue = PciNumber.Parse(input.RawValue!),
            Unit = input.Unit!,
            Direction = input.Direction,
            Score = string.IsNullOrWhiteSpace(input.Score) ? null : PciNumber.Parse(input.Score),
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var indicator = await db.PciIndicators.FindAsync([id], cancellationToken);
        if (indicator is null)
        {
            return false;
        }

        db.PciIndicators.Remove(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
