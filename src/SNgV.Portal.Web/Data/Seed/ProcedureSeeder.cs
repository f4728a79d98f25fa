using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// The sample catalogue of department.md (procedure fields and procedures, published) and the working-day
/// calendar from 2019 as far as it is known (sources in calendar-days.json). Idempotent by natural key: a field
/// or procedure is added only when its code or slug is missing, a calendar year only when it has no day yet, so
/// what the Office edited or removed stays as it left it.
/// </summary>
internal static class ProcedureSeeder
{
    public static async Task SeedAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var catalogue = SeedDocuments.Procedures();
        var fieldCodes = await db.ProcedureFields.Select(f => f.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var field in catalogue.Fields)
        {
            order++;
            if (!fieldCodes.Contains(field.Code))
            {
                db.ProcedureFields.Add(new ProcedureField { Code = field.Code, Name = field.Name, SortOrder = order });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var fields = await db.ProcedureFields.ToDictionaryAsync(f => f.Code, f => f.Id, cancellationToken);
        var slugs = await db.Procedures.Select(p => p.Slug).ToListAsync(cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var seed in catalogue.Procedures.Where(p => !slugs.Contains(p.Slug)))
        {
            var procedure = new AdministrativeProcedure
            {
                Name = seed.Name,
                Slug = seed.Slug,
                ProcedureFieldId = fields[seed.Field],
                ImplementingBody = seed.ImplementingBody ?? catalogue.Common.ImplementingBody,
                SubmissionPlace = catalogue.Common.SubmissionPlace,
                Channels = seed.Channels.Aggregate(SubmissionChannels.None, (all, c) => all | c),
                Steps = catalogue.Common.Steps,
                RequiredDocuments = seed.RequiredDocuments,
                NumberOfSets = seed.NumberOfSets,
                ProcessingDays = seed.ProcessingDays,
                Fees = seed.Fees,
                Applicants = seed.Applicants,
                Result = seed.Result,
                Conditions = seed.Conditions,
                LegalBasis = seed.LegalBasis,
                AnnouncingDecision = catalogue.Common.AnnouncingDecision,
                Status = ProcedureStatus.Published,
                PublishedAtUtc = now,
                UpdatedAtUtc = now,
            };
            ProcedureSearch.Index(procedure);
            db.Procedures.Add(procedure);
        }

        // A year is seeded only while the Office has entered nothing for it, so a day it removed stays removed.
        var calendar = SeedDocuments.Calendar();
        var years = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).Select(d => d.Year).ToHashSet();
        foreach (var day in calendar.Days.Where(d => !years.Contains(d.Date.Year)))
        {
            db.CalendarDays.Add(new CalendarDay { Date = day.Date, Kind = day.Kind, Name = day.Name });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed record CatalogueSeed(IReadOnlyList<UnitSeed> Fields, CommonProcedureSeed Common, IReadOnlyList<ProcedureSeed> Procedures);

internal sealed record CommonProcedureSeed(string ImplementingBody, string SubmissionPlace, string Steps, string AnnouncingDecision);

internal sealed record ProcedureSeed(
    string Field,
    string Name,
    string Slug,
    string? ImplementingBody,
    IReadOnlyList<SubmissionChannels> Channels,
    string RequiredDocuments,
    int NumberOfSets,
    int ProcessingDays,
    string Fees,
    string Applicants,
    string Result,
    string Conditions,
    string LegalBasis);

internal sealed record CalendarSeed(IReadOnlyDictionary<string, string> Sources, IReadOnlyList<CalendarDaySeed> Days);

internal sealed record CalendarDaySeed(DateOnly Date, CalendarDayKind Kind, string Name);
