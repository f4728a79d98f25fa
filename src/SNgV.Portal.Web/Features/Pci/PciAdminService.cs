using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>What the Office changes in the PCI record: results by province and year, editions' weights, targets, provinces.</summary>
public sealed class PciAdminService(PortalDbContext db)
{
    public async Task<PciManageViewModel> ManageAsync(PciProvinceInput? provinceInput, IReadOnlyList<PciImportError>? importErrors, CancellationToken cancellationToken)
    {
        var results = await db.PciResults
            .OrderByDescending(r => r.Province!.IsHome).ThenBy(r => r.Province!.Name).ThenByDescending(r => r.Year)
            .Select(r => new PciResultRow(r.PciProvinceId, r.Province!.Name, r.Province.IsHome, r.Year, r.PublishedComposite, r.NationalRank, r.Scores.Count))
            .ToListAsync(cancellationToken);
        var editions = await db.PciEditions.OrderByDescending(e => e.Year)
            .Select(e => new { e.Year, e.SourceNote, Weights = e.Weights.Select(w => w.Weight).ToList() })
            .ToListAsync(cancellationToken);
        var targets = await db.PciTargets.GroupBy(t => t.Year).OrderByDescending(g => g.Key)
            .Select(g => new PciTargetRow(g.Key, g.Count())).ToListAsync(cancellationToken);
        var provinces = await db.PciProvinces.OrderByDescending(p => p.IsHome).ThenBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        return new PciManageViewModel(
            results,
            editions.Select(e => new PciEditionRow(e.Year, e.SourceNote, e.Weights.Sum())).ToList(),
            targets,
            provinces,
            provinceInput ?? new PciProvinceInput(),
            importErrors ?? []);
    }

    public async Task<IReadOnlyList<PciSubIndexOption>> SubIndicesAsync(CancellationToken cancellationToken) =>
        await db.PciSubIndices.OrderBy(s => s.Number).Select(s => new PciSubIndexOption(s.Number, s.Name)).ToListAsync(cancellationToken);

    public async Task<PciResultFormViewModel> ResultFormAsync(int? provinceId, int? year, CancellationToken cancellationToken)
    {
        var homeId = await db.PciProvinces.Where(p => p.IsHome).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        var input = new PciResultInput { ProvinceId = provinceId ?? homeId, Year = year, Source = "VCCI, hồ sơ PCI cấp tỉnh (pcivietnam.vn)" };
        var existing = year is null ? null : await db.PciResults
            .Where(r => r.PciProvinceId == input.ProvinceId && r.Year == year)
            .Select(r => new { r.ConcurrencyStamp, r.PublishedComposite, r.NationalRank, r.Source, Scores = r.Scores.Select(s => new { s.SubIndex!.Number, s.Score }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            input.ConcurrencyStamp = existing.ConcurrencyStamp;
            input.Composite = PciNumber.Format(existing.PublishedComposite);
            input.Rank = existing.NationalRank;
            input.Source = existing.Source;
            input.Scores = Enumerable.Range(1, 10).Select(n => existing.Scores.FirstOrDefault(s => s.Number == n) is { } s ? PciNumber.Format(s.Score) : null).ToList();
        }

        return await RedisplayResultAsync(existing is null, input, cancellationToken);
    }

    public async Task<PciResultFormViewModel> RedisplayResultAsync(bool isNew, PciResultInput input, CancellationToken cancellationToken)
    {
        var provinces = await db.PciProvinces.OrderByDescending(p => p.IsHome).ThenBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(cancellationToken);
        return new PciResultFormViewModel(isNew, input, provinces, await SubIndicesAsync(cancellationToken));
    }

    /// <summary>Enters a new year or corrects one: the published composite is stored as typed, never recomputed.</summary>
    public async Task<SaveResult> SaveResultAsync(PciResultInput input, CancellationToken cancellationToken)
    {
        if (!await db.PciProvinces.AnyAsync(p => p.Id == input.ProvinceId, cancellationToken))
        {
            return SaveResult.Refused("Vui lòng chọn tỉnh.", nameof(PciResultInput.ProvinceId));
        }

        var result = await db.PciResults.Include(r => r.Scores)
            .FirstOrDefaultAsync(r => r.PciProvinceId == input.ProvinceId && r.Year == input.Year, cancellationToken);
        if (result is null)
        {
            result = new PciResult { PciProvinceId = input.ProvinceId, Year = input.Year!.Value };
            db.PciResults.Add(result);
        }
        else if (result.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return SaveResult.Conflict(result.ConcurrencyStamp);
        }

        var subIndexIds = await db.PciSubIndices.ToDictionaryAsync(s => s.Number, s => s.Id, cancellationToken);
        Apply(result, PciNumber.Parse(input.Composite!), input.Rank, input.Source!,
            input.Scores.All(string.IsNullOrWhiteSpace) ? [] : input.Scores.Select((s, i) => (subIndexIds[i + 1], PciNumber.Parse(s!))).ToList());
        return await db.SaveExpectingAsync(result, input.ConcurrencyStamp, cancellationToken);
    }

    /// <summary>Sets a result's figures, changing only the scores that differ so the audit log shows what moved.</summary>
    internal static void Apply(PciResult result, decimal composite, int? rank, string source, IReadOnlyList<(int SubIndexId, decimal Score)> scores)
    {
        result.PublishedComposite = composite;
        result.NationalRank = rank;
        result.Source = source;
        result.ConcurrencyStamp = Guid.NewGuid();
        result.Scores.RemoveAll(s => !scores.Any(n => n.SubIndexId == s.PciSubIndexId));
        foreach (var (subIndexId, score) in scores)
        {
            if (result.Scores.FirstOrDefault(s => s.PciSubIndexId == subIndexId) is { } existing)
            {
                existing.Score = score;
            }
            else
            {
                result.Scores.Add(new PciScore { PciSubIndexId = subIndexId, Score = score });
            }
        }
    }

    public async Task<PciEditionFormViewModel> EditionFormAsync(int? year, CancellationToken cancellationToken)
    {
        var input = new PciEditionInput { Year = year };
        var existing = year is null ? null : await db.PciEditions.Where(e => e.Year == year)
            .Select(e => new { e.ConcurrencyStamp, e.SourceNote, Weights = e.Weights.Select(w => new { w.SubIndex!.Number, w.Weight }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            input.ConcurrencyStamp = existing.ConcurrencyStamp;
            input.SourceNote = existing.SourceNote;
            input.Weights = Enumerable.Range(1, 10).Select(n => existing.Weights.FirstOrDefault(w => w.Number == n) is { } w ? PciNumber.Format(w.Weight) : null).ToList();
        }

        return new PciEditionFormViewModel(existing is null, input, await SubIndicesAsync(cancellationToken));
    }

    public async Task<PciEditionFormViewModel> RedisplayEditionAsync(bool isNew, PciEditionInput input, CancellationToken cancellationToken) =>
        new(isNew, input, await SubIndicesAsync(cancellationToken));

    public async Task<SaveResult> SaveEditionAsync(PciEditionInput input, CancellationToken cancellationToken)
    {
        var edition = await db.PciEditions.Include(e => e.Weights).FirstOrDefaultAsync(e => e.Year == input.Year, cancellationToken);
        if (edition is null)
        {
            edition = new PciEdition { Year = input.Year!.Value };
            db.PciEditions.Add(edition);
        }
        else if (edition.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return SaveResult.Conflict(edition.ConcurrencyStamp);
        }

        var subIndexIds = await db.PciSubIndices.ToDictionaryAsync(s => s.Number, s => s.Id, cancellationToken);
        edition.SourceNote = input.SourceNote!;
        for (var i = 0; i < 10; i++)
        {
            var weight = PciNumber.Parse(input.Weights[i]!);
            if (edition.Weights.FirstOrDefault(w => w.PciSubIndexId == subIndexIds[i + 1]) is { } existing)
            {
                existing.Weight = weight;
            }
            else
            {
                edition.Weights.Add(new PciWeight { PciSubIndexId = subIndexIds[i + 1], Weight = weight });
            }
        }

        return await db.SaveExpectingAsync(edition, input.ConcurrencyStamp, cancellationToken);
    }

    public async Task<PciTargetsFormViewModel> TargetsFormAsync(int? year, CancellationToken cancellationToken)
    {
        var input = new PciTargetsInput { Year = year };
        if (year is not null)
        {
            var targets = await db.PciTargets.Where(t => t.Year == year).Select(t => new { t.SubIndex!.Number, t.Score }).ToListAsync(cancellationToken);
            input.Targets = Enumerable.Range(1, 10).Select(n => targets.FirstOrDefault(t => t.Number == n) is { } t ? PciNumber.Format(t.Score) : null).ToList();
        }

        return new PciTargetsFormViewModel(input, await SubIndicesAsync(cancellationToken));
    }

    public async Task<PciTargetsFormViewModel> RedisplayTargetsAsync(PciTargetsInput input, CancellationToken cancellationToken) =>
        new(input, await SubIndicesAsync(cancellationToken));

    /// <summary>Replaces the year's targets with those filled in; an emptied box removes its target.</summary>
    public async Task SaveTargetsAsync(PciTargetsInput input, CancellationToken cancellationToken)
    {
        var subIndexIds = await db.PciSubIndices.ToDictionaryAsync(s => s.Number, s => s.Id, cancellationToken);
        var existing = await db.PciTargets.Where(t => t.Year == input.Year).ToListAsync(cancellationToken);
        for (var i = 0; i < 10; i++)
        {
            var current = existing.FirstOrDefault(t => t.PciSubIndexId == subIndexIds[i + 1]);
            if (string.IsNullOrWhiteSpace(input.Targets[i]))
            {
                if (current is not null)
                {
                    db.PciTargets.Remove(current);
                }
            }
            else if (current is not null)
            {
                current.Score = PciNumber.Parse(input.Targets[i]!);
            }
            else
            {
                db.PciTargets.Add(new PciTarget { PciSubIndexId = subIndexIds[i + 1], Year = input.Year!.Value, Score = PciNumber.Parse(input.Targets[i]!) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SaveResult> AddProvinceAsync(PciProvinceInput input, CancellationToken cancellationToken)
    {
        var name = input.Name!;
        if (await db.PciProvinces.AnyAsync(p => p.Name == name, cancellationToken))
        {
            return SaveResult.Refused("Tỉnh này đã có trong danh sách.", nameof(PciProvinceInput.Name));
        }

        db.PciProvinces.Add(new PciProvince { Name = name });
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved;
    }
}
