using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>The editions and results are for the years VCCI has published PCI (from 2005) and a little ahead.</summary>
public static class PciYears
{
    public const int First = 2005;
    public const int Last = 2100;
}

/// <summary>A province's result for one year, as the Office enters or corrects it. Numbers are text: "6,58" and "6.58" both count.</summary>
public sealed class PciResultInput
{
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "Tỉnh, thành phố")]
    public int ProvinceId { get; set; }

    [Display(Name = "Năm")]
    public int? Year { get; set; }

    [Display(Name = "Chỉ số tổng hợp công bố")]
    public string? Composite { get; set; }

    [Display(Name = "Xếp hạng")]
    public int? Rank { get; set; }

    [Display(Name = "Nguồn")]
    public string? Source { get; set; }

    /// <summary>The ten sub-index scores in VCCI's order; all empty when only the composite was published.</summary>
    public List<string?> Scores { get; set; } = [.. Enumerable.Repeat<string?>(null, 10)];
}

public sealed class PciResultInputValidator : AbstractValidator<PciResultInput>
{
    public PciResultInputValidator()
    {
        RuleFor(x => x.ProvinceId).GreaterThan(0).WithMessage("Vui lòng chọn tỉnh.");
        RuleFor(x => x.Year).NotNull().WithMessage("Vui lòng nhập năm.")
            .InclusiveBetween(PciYears.First, PciYears.Last).WithMessage($"Năm phải từ {PciYears.First} đến {PciYears.Last}.");
        RuleFor(x => x.Composite).Must(c => PciNumber.RangeError(c, 1m, 100m, 2, "Chỉ số tổng hợp", "61,26") is null)
            .WithMessage(x => PciNumber.RangeError(x.Composite, 1m, 100m, 2, "Chỉ số tổng hợp", "61,26")!);
        RuleFor(x => x.Rank).InclusiveBetween(1, 63).When(x => x.Rank is not null).WithMessage("Xếp hạng phải từ 1 đến 63 (để trống nếu không công bố).");
        RuleFor(x => x.Source).NotEmpty().WithMessage("Vui lòng nhập nguồn số liệu.")
            .MaximumLength(FieldLengths.Title);
        RuleFor(x => x.Scores).Must(s => s.Count == 10).WithMessage(VietnameseValidationMessages.StaleForm);
        RuleForEach(x => x.Scores)
            .Must((input, score) => AllEmpty(input) || PciNumber.ScoreError(score) is null)
            .WithMessage((input, score) => PciNumber.ScoreError(score) + (string.IsNullOrWhiteSpace(score) ? " Nhập đủ 10 điểm hoặc để trống tất cả nếu chỉ công bố chỉ số tổng hợp." : ""));
    }

    private static bool AllEmpty(PciResultInput input) => input.Scores.All(string.IsNullOrWhiteSpace);
}

/// <summary>An edition's weights, as fractions (0,05 for 5 %), in VCCI's order; they must add up to 1.</summary>
public sealed class PciEditionInput
{
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "Năm")]
    public int? Year { get; set; }

    [Display(Name = "Nguồn của bộ trọng số")]
    public string? SourceNote { get; set; }

    public List<string?> Weights { get; set; } = [.. Enumerable.Repeat<string?>(null, 10)];
}

public sealed class PciEditionInputValidator : AbstractValidator<PciEditionInput>
{
    public PciEditionInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Vui lòng nhập năm.")
            .InclusiveBetween(PciYears.First, PciYears.Last).WithMessage($"Năm phải từ {PciYears.First} đến {PciYears.Last}.");
        RuleFor(x => x.SourceNote).NotEmpty().WithMessage("Vui lòng ghi nguồn của bộ trọng số (hoặc ghi rõ là giả định).")
            .MaximumLength(FieldLengths.LongText);
        RuleFor(x => x.Weights).Must(w => w.Count == 10).WithMessage(VietnameseValidationMessages.StaleForm);
        RuleForEach(x => x.Weights)
            .Must(w => PciNumber.RangeError(w, 0m, 1m, 4, "Trọng số", "0,05") is null)
            .WithMessage((_, w) => PciNumber.RangeError(w, 0m, 1m, 4, "Trọng số", "0,05")!);
        RuleFor(x => x.Weights)
            .Must(w => !w.All(v => PciNumber.RangeError(v, 0m, 1m, 4, "Trọng số", "0,05") is null) || PciComposite.WeightsSumToOne(w.Select(v => PciNumber.Parse(v!))))
            .WithMessage(x => $"Tổng các trọng số phải bằng 1 (hiện là {PciNumber.Format(x.Weights.Sum(v => PciNumber.TryParse(v, out var d, out _) ? d : 0m))}).");
    }
}

/// <summary>The targets of one year, one per sub-index; an empty box means no target.</summary>
public sealed class PciTargetsInput
{
    [Display(Name = "Năm")]
    public int? Year { get; set; }

    public List<string?> Targets { get; set; } = [.. Enumerable.Repeat<string?>(null, 10)];
}

public sealed class PciTargetsInputValidator : AbstractValidator<PciTargetsInput>
{
    public PciTargetsInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Vui lòng nhập năm.")
            .InclusiveBetween(PciYears.First, PciYears.Last).WithMessage($"Năm phải từ {PciYears.First} đến {PciYears.Last}.");
        RuleFor(x => x.Targets).Must(t => t.Count == 10).WithMessage(VietnameseValidationMessages.StaleForm);
        RuleForEach(x => x.Targets)
            .Must(t => string.IsNullOrWhiteSpace(t) || PciNumber.ScoreError(t) is null)
            .WithMessage((_, t) => "Mục tiêu: " + PciNumber.ScoreError(t));
    }
}

/// <summary>A province recorded for comparison.</summary>
public sealed class PciProvinceInput
{
    [Display(Name = "Tên tỉnh, thành phố")]
    public string? Name { get; set; }
}

public sealed class PciProvinceInputValidator : AbstractValidator<PciProvinceInput>
{
    public PciProvinceInputValidator() =>
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập tên tỉnh, thành phố.")
            .MaximumLength(FieldLengths.ShortText);
}

public sealed record PciSubIndexOption(int Number, string Name);

public sealed record PciResultFormViewModel(bool IsNew, PciResultInput Input, IReadOnlyList<SelectListItem> Provinces, IReadOnlyList<PciSubIndexOption> SubIndices);

public sealed record PciEditionFormViewModel(bool IsNew, PciEditionInput Input, IReadOnlyList<PciSubIndexOption> SubIndices);

public sealed record PciTargetsFormViewModel(PciTargetsInput Input, IReadOnlyList<PciSubIndexOption> SubIndices);

public sealed record PciResultRow(int ProvinceId, string Province, bool IsHome, int Year, decimal Composite, int? Rank, int ScoreCount);

public sealed record PciEditionRow(int Year, string SourceNote, decimal WeightSum);

public sealed record PciTargetRow(int Year, int Count);

public sealed record PciManageViewModel(
    IReadOnlyList<PciResultRow> Results,
    IReadOnlyList<PciEditionRow> Editions,
    IReadOnlyList<PciTargetRow> Targets,
    IReadOnlyList<string> Provinces,
    PciProvinceInput ProvinceInput,
    IReadOnlyList<PciImportError> ImportErrors);

/// <summary>An invalid cell of an imported spreadsheet: "Dòng 4, cột C: …".</summary>
public sealed record PciImportError(int Row, string Column, string Message)
{
    public override string ToString() => Column.Length == 0 ? $"Dòng {Row}: {Message}" : $"Dòng {Row}, cột {Column}: {Message}";
}
