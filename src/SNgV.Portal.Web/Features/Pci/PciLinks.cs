using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>
/// The ticks of the links page for one plan: "areaId-number" for an area aimed at sub-index number, and the
/// same for tasks. What is not ticked is not linked.
/// </summary>
public sealed partial class PciLinksInput
{
    public int PlanId { get; set; }

    public List<string> Areas { get; set; } = [];

    public List<string> Tasks { get; set; } = [];

    internal static IEnumerable<(int Id, int Number)> Pairs(IEnumerable<string> values) =>
        values.Select(v => Pair().Match(v)).Where(m => m.Success).Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).Distinct();

    [GeneratedRegex(@"^(\d{1,9})-(\d{1,2})$")]
    internal static partial Regex Pair();
}

public sealed class PciLinksInputValidator : AbstractValidator<PciLinksInput>
{
    public PciLinksInputValidator()
    {
        RuleFor(x => x.PlanId).GreaterThan(0).WithMessage("Vui lòng chọn kế hoạch.");
        RuleFor(x => x.Areas).Must(v => v.All(s => PciLinksInput.Pair().IsMatch(s))).WithMessage(VietnameseValidationMessages.StaleForm);
        RuleFor(x => x.Tasks).Must(v => v.All(s => PciLinksInput.Pair().IsMatch(s))).WithMessage(VietnameseValidationMessages.StaleForm);
    }
}

public sealed record PciLinkRow(int Id, bool IsArea, string Code, string Title, IReadOnlySet<int> Linked);

public sealed record PciLinksViewModel(int PlanId, IReadOnlyList<SelectListItem> Plans, IReadOnlyList<PciSubIndexOption> SubIndices, IReadOnlyList<PciLinkRow> Rows);

/// <summary>Which solution areas and tasks of a plan aim at which sub-indices (the dashboard lists a task under a sub-index through either).</summary>
public sealed class PciLinkService(PortalDbContext db)
{
    public async Task<PciLinksViewModel?> FormAsync(int? planId, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.OrderByDescending(p => p.Year).ThenBy(p => p.Number)
            .Select(p => new { p.Id, p.Number, p.Year }).ToListAsync(cancellationToken);
        var id = planId ?? plans.Select(p => p.Id).FirstOrDefault();
        if (!plans.Any(p => p.Id == id))
        {
            return null;
        }

        var subIndices = await db.PciSubIndices.OrderBy(s => s.Number).Select(s => new PciSubIndexOption(s.Number, s.Name)).ToListAsync(cancellationToken);
        var areas = await db.SolutionAreas.Where(a => a.PlanId == id).OrderBy(a => a.Number)
            .Select(a => new
            {
                a.Id,
                a.Number,
                a.Title,
                Links = db.SolutionAreaPciLinks.Where(l => l.SolutionAreaId == a.Id).Select(l => l.SubIndex!.Number).ToList(),
                Tasks = a.Tasks.Where(t => !t.IsArchived).OrderBy(t => t.Number).Select(t => new
                {
                    t.Id,
                    t.Number,
                    t.Title,
                    Links = db.PlanTaskPciLinks.Where(l => l.PlanTaskId == t.Id).Select(l => l.SubIndex!.Number).ToList(),
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var rows = new List<PciLinkRow>();
        foreach (var area in areas)
        {
            rows.Add(new PciLinkRow(area.Id, true, SolutionArea.CodeOf(area.Number), area.Title, area.Links.ToHashSet()));
            rows.AddRange(area.Tasks.Select(t => new PciLinkRow(t.Id, false, PlanTask.CodeOf(area.Number, t.Number), t.Title, t.Links.ToHashSet())));
        }

        return new PciLinksViewModel(id, plans.Select(p => new SelectListItem($"{p.Number} ({p.Year})", p.Id.ToString())).ToList(), subIndices, rows);
    }

    /// <summary>Replaces the plan's links with the ticked ones; ids outside the plan are ignored.</summary>
    public async Task<bool> SaveAsync(PciLinksInput input, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == input.PlanId, cancellationToken))
        {
            return false;
        }

        var subIndexIds = await db.PciSubIndices.ToDictionaryAsync(s => s.Number, s => s.Id, cancellationToken);
        var areaIds = await db.SolutionAreas.Where(a => a.PlanId == input.PlanId).Select(a => a.Id).ToListAsync(cancellationToken);
        var taskIds = await db.PlanTasks.Where(t => areaIds.Contains(t.SolutionAreaId)).Select(t => t.Id).ToListAsync(cancellationToken);

        var wantedAreas = PciLinksInput.Pairs(input.Areas).Where(p => areaIds.Contains(p.Id) && subIndexIds.ContainsKey(p.Number))
            .Select(p => (p.Id, SubIndexId: subIndexIds[p.Number])).ToHashSet();
        var wantedTasks = PciLinksInput.Pairs(input.Tasks).Where(p => taskIds.Contains(p.Id) && subIndexIds.ContainsKey(p.Number))
            .Select(p => (p.Id, SubIndexId: subIndexIds[p.Number])).ToHashSet();

        var areaLinks = await db.SolutionAreaPciLinks.Where(l => areaIds.Contains(l.SolutionAreaId)).ToListAsync(cancellationToken);
        db.SolutionAreaPciLinks.RemoveRange(areaLinks.Where(l => !wantedAreas.Contains((l.SolutionAreaId, l.PciSubIndexId))));
        db.SolutionAreaPciLinks.AddRange(wantedAreas.Where(w => !areaLinks.Any(l => l.SolutionAreaId == w.Id && l.PciSubIndexId == w.SubIndexId))
            .Select(w => new SolutionAreaPciLink { SolutionAreaId = w.Id, PciSubIndexId = w.SubIndexId }));

        var taskLinks = await db.PlanTaskPciLinks.Where(l => taskIds.Contains(l.PlanTaskId)).ToListAsync(cancellationToken);
        db.PlanTaskPciLinks.RemoveRange(taskLinks.Where(l => !wantedTasks.Contains((l.PlanTaskId, l.PciSubIndexId))));
        db.PlanTaskPciLinks.AddRange(wantedTasks.Where(w => !taskLinks.Any(l => l.PlanTaskId == w.Id && l.PciSubIndexId == w.SubIndexId))
            .Select(w => new PlanTaskPciLink { PlanTaskId = w.Id, PciSubIndexId = w.SubIndexId }));

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
