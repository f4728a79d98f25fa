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
    /// <summary>
    /// The announcing decision earlier versions of the seed wrote: a placeholder, not a decision. The real number and
    /// date are not known (department.md), so the field is emptied and the page hides the row.
    /// </summary>
    private const string PlaceholderDecision =
        "Theo Quyết định công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Ngoại vụ của Chủ tịch UBND tỉnh Quảng Trị (số và ngày của quyết định hiện hành: Văn phòng Sở cập nhật).";

    public static async Task SeedAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var catalogue = SeedDocuments.Procedures();
        var existingFields = await db.ProcedureFields.ToDictionaryAsync(f => f.Code, cancellationToken);
        var order = 0;
        foreach (var field in catalogue.Fields)
        {
            order++;
            if (existingFields.TryGetValue(field.Code, out var existing))
            {
                existing.NameEn ??= field.NameEn;
            }
            else
            {
                db.ProcedureFields.Add(new ProcedureField { Code = field.Code, Name = field.Name, NameEn = field.NameEn, SortOrder = order });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var fields = await db.ProcedureFields.ToDictionaryAsync(f => f.Code, f => f.Id, cancellationToken);
        var stored = await db.Procedures.ToDictionaryAsync(p => p.Slug, cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var seed in catalogue.Procedures)
        {
            if (stored.TryGetValue(seed.Slug, out var procedure))
            {
                // A procedure seeded before the English and structured fields existed gets them, once: only while the
                // Office has written none of them.
                if (procedure.NameEn is null && procedure.Summary.Length == 0 && procedure.FeeAmount is null)
                {
                    Complete(procedure, seed, catalogue.Common);
                }

                if (procedure.AnnouncingDecision == PlaceholderDecision)
                {
                    procedure.AnnouncingDecision = "";
                }

                continue;
            }

            procedure = new AdministrativeProcedure
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
                Status = ProcedureStatus.Published,
                PublishedAtUtc = now,
                UpdatedAtUtc = now,
            };
            Complete(procedure, seed, catalogue.Common);
            db.Procedures.Add(procedure);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ReindexAsync(db, cancellationToken);

        // A year is seeded only while the Office has entered nothing for it, so a day it removed stays removed.
        var calendar = SeedDocuments.Calendar();
        var years = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).Select(d => d.Year).ToHashSet();
        foreach (var day in calendar.Days.Where(d => !years.Contains(d.Date.Year)))
        {
            db.CalendarDays.Add(new CalendarDay { Date = day.Date, Kind = day.Kind, Name = day.Name });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Recomputes every procedure's search column: what it holds grew (English names, summaries, the field's
    /// names), and a field's name may have changed since the procedure was saved. Only changed rows are written.
    /// </summary>
    private static async Task ReindexAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var fields = await db.ProcedureFields.AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        foreach (var procedure in await db.Procedures.ToListAsync(cancellationToken))
        {
            var text = ProcedureSearch.TextOf(procedure, fields[procedure.ProcedureFieldId]);
            if (procedure.SearchText != text)
            {
                procedure.SearchText = text;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The summary, the structured fields and, for the procedures foreigners use, the English text.</summary>
    private static void Complete(AdministrativeProcedure procedure, ProcedureSeed seed, CommonProcedureSeed common)
    {
        procedure.Summary = seed.Summary ?? "";
        procedure.SummaryEn = seed.SummaryEn;
        procedure.FeeAmount = seed.FeeAmount;
        procedure.ServiceLevel = seed.ServiceLevel;
        if (seed.Fees != procedure.Fees && seed.FeeAmount is not null)
        {
            procedure.Fees = seed.Fees;
        }

        if (seed.NameEn is null)
        {
            return;
        }

        procedure.NameEn = seed.NameEn;
        procedure.ImplementingBodyEn = common.ImplementingBodyEn;
        procedure.SubmissionPlaceEn = common.SubmissionPlaceEn;
        procedure.StepsEn = common.StepsEn;
        procedure.RequiredDocumentsEn = seed.RequiredDocumentsEn;
        procedure.FeesEn = seed.FeesEn;
        procedure.ApplicantsEn = seed.ApplicantsEn;
        procedure.ResultEn = seed.ResultEn;
        procedure.ConditionsEn = seed.ConditionsEn;
        procedure.LegalBasisEn = seed.LegalBasisEn;
    }
}

internal sealed record CatalogueSeed(IReadOnlyList<UnitSeed> Fields, CommonProcedureSeed Common, IReadOnlyList<ProcedureSeed> Procedures);

internal sealed record CommonProcedureSeed(
    string ImplementingBody, string SubmissionPlace, string Steps, string? ImplementingBodyEn, string? SubmissionPlaceEn, string? StepsEn);

/// <summary>A procedure of the sample catalogue; the English fields only for the procedures foreign applicants use.</summary>
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
    string LegalBasis,
    string? NameEn = null,
    string? Summary = null,
    string? SummaryEn = null,
    string? RequiredDocumentsEn = null,
    string? FeesEn = null,
    decimal? FeeAmount = null,
    string? ApplicantsEn = null,
    string? ResultEn = null,
    string? ConditionsEn = null,
    string? LegalBasisEn = null,
    OnlineServiceLevel ServiceLevel = OnlineServiceLevel.None);

internal sealed record CalendarSeed(IReadOnlyDictionary<string, string> Sources, IReadOnlyList<CalendarDaySeed> Days);

internal sealed record CalendarDaySeed(DateOnly Date, CalendarDayKind Kind, string Name);
