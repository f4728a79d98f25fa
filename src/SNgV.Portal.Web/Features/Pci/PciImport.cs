using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>The spreadsheet the Office uploads.</summary>
public sealed class PciImportInput
{
    public IFormFile? File { get; set; }
}

public sealed class PciImportInputValidator : AbstractValidator<PciImportInput>
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public PciImportInputValidator() =>
        RuleFor(x => x.File).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn tệp bảng tính .xlsx.")
            .Must(f => f!.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)).WithMessage("Chỉ nhận tệp bảng tính .xlsx (tải mẫu ở trên).")
            .Must(f => f!.Length is > 0 and <= MaxBytes).WithMessage("Tệp phải có nội dung và không lớn quá 2 MB.");
}

/// <summary>
/// Imports results from the template spreadsheet: every row is checked first, every invalid cell reported as
/// "Dòng 4, cột C: …", and nothing is saved unless the whole file is valid; then all rows are saved in one
/// transaction (a year already recorded for the province is corrected, a new one added).
/// </summary>
public sealed class PciImportService(PortalDbContext db)
{
    public async Task<byte[]> TemplateAsync(CancellationToken cancellationToken)
    {
        var subIndices = await db.PciSubIndices.OrderBy(s => s.Number).Select(s => new PciSubIndexOption(s.Number, s.Name)).ToListAsync(cancellationToken);
        var home = await db.PciResults.Where(r => r.Province!.IsHome).OrderBy(r => r.Year)
            .Select(r => new { Province = r.Province!.Name, r.Year, r.PublishedComposite, r.NationalRank, r.Source, Scores = r.Scores.OrderBy(s => s.SubIndex!.Number).Select(s => s.Score).ToList() })
            .ToListAsync(cancellationToken);
        var rows = home.Select(r => (IReadOnlyList<object?>)[r.Province, r.Year, r.PublishedComposite, r.NationalRank, r.Source, .. r.Scores.Cast<object?>()]);
        return PciSpreadsheet.Write(PciSpreadsheet.Headers(subIndices), rows);
    }

    /// <summary>The errors of the file, or none once its rows are saved.</summary>
    public async Task<(IReadOnlyList<PciImportError> Errors, int Saved)> ImportAsync(Stream file, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var rows = PciSpreadsheet.Read(buffer);
        if (rows is null)
        {
            return ([new PciImportError(1, "", "Tệp không phải là bảng tính .xlsx hợp lệ. Vui lòng dùng tệp mẫu.")], 0);
        }

        if (rows.Count == 0)
        {
            return ([new PciImportError(2, "", "Tệp không có dòng số liệu nào (dòng 1 là tiêu đề).")], 0);
        }

        var provinces = await db.PciProvinces.ToDictionaryAsync(p => p.Name, p => p.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var subIndexIds = await db.PciSubIndices.ToDictionaryAsync(s => s.Number, s => s.Id, cancellationToken);
        var errors = new List<PciImportError>();
        var valid = new List<(int ProvinceId, int Year, decimal Composite, int? Rank, string Source, List<(int, decimal)> Scores)>();
        var seen = new HashSet<(int, int)>();
        foreach (var (row, cells) in rows)
        {
            string? Cell(string column) => cells.TryGetValue(column, out var text) ? text : null;
            void Error(string column, string message) => errors.Add(new PciImportError(row, column, message));
            var before = errors.Count;

            var provinceName = Cell(PciSpreadsheet.Province);
            var provinceId = 0;
            if (string.IsNullOrWhiteSpace(provinceName))
            {
                Error(PciSpreadsheet.Province, "Vui lòng nhập tên tỉnh, thành phố.");
            }
            else if (!provinces.TryGetValue(provinceName, out provinceId))
            {
                Error(PciSpreadsheet.Province, $"Không có tỉnh \"{provinceName}\" trong danh sách; thêm tỉnh ở mục Tỉnh để so sánh trước khi nhập.");
            }

            int year = 0;
            if (!int.TryParse(Cell(PciSpreadsheet.Year), out year) || year < PciYears.First || year > PciYears.Last)
            {
                Error(PciSpreadsheet.Year, $"Năm phải là số từ {PciYears.First} đến {PciYears.Last}.");
            }
            else if (provinceId > 0 && !seen.Add((provinceId, year)))
            {
                Error(PciSpreadsheet.Year, $"Năm {year} của {provinceName} đã có ở dòng trên trong tệp.");
            }

            if (PciNumber.RangeError(Cell(PciSpreadsheet.Composite), 1m, 100m, 2, "Chỉ số tổng hợp", "61,26") is { } compositeError)
            {
                Error(PciSpreadsheet.Composite, compositeError);
            }

            int? rank = null;
            if (Cell(PciSpreadsheet.Rank) is { } rankText)
            {
                if (int.TryParse(rankText, out var r) && r is >= 1 and <= 63)
                {
                    rank = r;
                }
                else
                {
                    Error(PciSpreadsheet.Rank, "Xếp hạng phải là số từ 1 đến 63 (để trống nếu không công bố).");
                }
            }

            var source = Cell(PciSpreadsheet.Source) ?? $"Nhập từ bảng tính {Path.GetFileName(fileName)}";
            if (source.Length > FieldLengths.Title)
            {
                Error(PciSpreadsheet.Source, $"Nguồn không được dài quá {FieldLengths.Title} ký tự.");
            }

            var scoreTexts = Enumerable.Range(1, 10).Select(n => Cell(PciSpreadsheet.ScoreColumn(n))).ToList();
            var allEmpty = scoreTexts.All(string.IsNullOrWhiteSpace);
            for (var n = 1; n <= 10 && !allEmpty; n++)
            {
                if (PciNumber.ScoreError(scoreTexts[n - 1]) is { } scoreError)
                {
                    Error(PciSpreadsheet.ScoreColumn(n), scoreError + (string.IsNullOrWhiteSpace(scoreTexts[n - 1]) ? " Nhập đủ 10 điểm hoặc để trống cả 10 ô." : ""));
                }
            }

            if (errors.Count == before)
            {
                valid.Add((provinceId, year, PciNumber.Parse(Cell(PciSpreadsheet.Composite)!), rank, source,
                    allEmpty ? [] : scoreTexts.Select((s, i) => (subIndexIds[i + 1], PciNumber.Parse(s!))).ToList()));
            }
        }

        if (errors.Count > 0)
        {
            return (errors, 0);
        }

        var years = valid.Select(v => v.Year).Distinct().ToList();
        var existing = await db.PciResults.Include(r => r.Scores).Where(r => years.Contains(r.Year)).ToListAsync(cancellationToken);
        foreach (var v in valid)
        {
            var result = existing.FirstOrDefault(r => r.PciProvinceId == v.ProvinceId && r.Year == v.Year);
            if (result is null)
            {
                result = new PciResult { PciProvinceId = v.ProvinceId, Year = v.Year };
                db.PciResults.Add(result);
            }

            PciAdminService.Apply(result, v.Composite, v.Rank, v.Source, v.Scores);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ([], valid.Count);
    }
}
