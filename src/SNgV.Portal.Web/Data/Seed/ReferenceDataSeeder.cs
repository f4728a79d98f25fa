using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// Seeds what every installation needs, in every environment: the roles, the department's units and
/// plan 95/KH-SNgV. Idempotent: a record is added only when its natural key (role name, plan number) is missing, and
/// the units only into an empty table (afterwards the administrator keeps them), so a restart never duplicates and never overwrites what the Office edited. Runs under the
/// seeding lock, so two instances starting together on one database do not both add the same records.
/// </summary>
public sealed class ReferenceDataSeeder(PortalDbContext db, RoleManager<IdentityRole> roles, ILogger<ReferenceDataSeeder> logger)
{
    public Task SeedAsync(CancellationToken cancellationToken = default) =>
        db.SeedingExclusivelyAsync(() => SeedAllAsync(cancellationToken), cancellationToken);

    private async Task SeedAllAsync(CancellationToken cancellationToken)
    {
        await SeedRolesAsync();
        await SeedUnitsAsync(cancellationToken);
        await SeedPlanAsync(SeedDocuments.Plan2019(), cancellationToken);
        await ProcedureSeeder.SeedAsync(db, cancellationToken);
        await PciSeeder.SeedAsync(db, cancellationToken);
        await QuestionnaireSeeder.SeedAsync(db, cancellationToken);
        await SeedContactDetailsAsync(cancellationToken);
    }

    /// <summary>The contact record, empty: the administrator fills it in (the seed has no real address or telephone).</summary>
    private async Task SeedContactDetailsAsync(CancellationToken cancellationToken)
    {
        if (!await db.ContactDetails.AnyAsync(cancellationToken))
        {
            db.ContactDetails.Add(new ContactDetails());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task SeedUnitsAsync(CancellationToken cancellationToken)
    {
        // The first run only: from then on the administrator keeps the units (a renamed code must not come back).
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var order = 0;
        foreach (var unit in SeedDocuments.Units())
        {
            db.Units.Add(new Unit { Code = unit.Code, Name = unit.Name, NameEn = unit.NameEn, SortOrder = ++order });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedPlanAsync(PlanSeed seed, CancellationToken cancellationToken)
    {
        if (await db.Plans.AnyAsync(p => p.Number == seed.Number, cancellationToken))
        {
            return;
        }

        var unitIds = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var plan = new Plan
        {
            Number = seed.Number,
            Year = seed.Year,
            IssuedOn = seed.IssuedOn,
            IssuedAt = seed.IssuedAt,
            Title = seed.Title,
            LegalBasis = seed.LegalBasis,
            SignerTitle = seed.SignerTitle,
            SignerName = seed.SignerName,
            ClosingText = seed.ClosingText,
            Status = PlanStatus.Active,
        };

        AddProvisions(plan, PlanProvisionKind.Purpose, seed.Purposes);
        AddProvisions(plan, PlanProvisionKind.Requirement, seed.Requirements);
        AddProvisions(plan, PlanProvisionKind.Implementation, seed.Implementation);
        AddProvisions(plan, PlanProvisionKind.Recipient, seed.Recipients);

        foreach (var area in seed.Areas)
        {
            plan.Areas.Add(new SolutionArea
            {
                Number = area.Number,
                Title = area.Title,
                Tasks = area.Tasks.Select(t => new PlanTask
                {
                    Number = t.Number,
                    Title = t.Title,
                    LeadUnitId = unitIds[t.LeadUnit],
                    SupportingUnits = t.SupportingUnits.Select(code => new PlanTaskSupportingUnit { UnitId = unitIds[code] }).ToList(),
                    Schedule = t.Schedule,
                    ReportingFrequency = t.ReportingFrequency,
                    DueOn = t.DueOn,
                }).ToList(),
            });
        }

        foreach (var task in plan.Areas.SelectMany(a => a.Tasks))
        {
            TaskSchedulePolicy.Apply(task, plan.Year);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded plan {PlanNumber} with {AreaCount} areas and {TaskCount} tasks",
            plan.Number, plan.Areas.Count, plan.Areas.Sum(a => a.Tasks.Count));
    }

    private static void AddProvisions(Plan plan, PlanProvisionKind kind, IEnumerable<string> texts)
    {
        var order = 0;
        foreach (var text in texts)
        {
            plan.Provisions.Add(new PlanProvision { Kind = kind, SortOrder = ++order, Text = text });
        }
    }
}
