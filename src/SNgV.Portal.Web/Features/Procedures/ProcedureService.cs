using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Dossiers;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Procedures;

/// <summary>The catalogue of procedures: the Office's editing, and the public list and pages.</summary>
public sealed class ProcedureService(PortalDbContext db, TimeProvider clock)
{
    private static readonly SaveResult DuplicateSlug =
        SaveResult.Refused("Địa chỉ trang này đã được dùng cho thủ tục khác. Vui lòng nhập địa chỉ khác.", nameof(ProcedureInput.Slug));

    public async Task<CatalogueViewModel> CatalogueAsync(string? query, int? fieldId, CancellationToken cancellationToken = default)
    {
        var published = db.Procedures.Where(p => p.Status == ProcedureStatus.Published);
        var folded = VietnameseText.Fold(query);
        if (folded.Length > 0)
        {
            // The stored column is already folded, so the search runs in SQL on both providers.
            published = published.Where(p => p.SearchText.Contains(folded));
        }

        if (fieldId is not null)
        {
            published = published.Where(p => p.ProcedureFieldId == fieldId);
        }

        var rows = await published
            .OrderBy(p => p.Field!.SortOrder).ThenBy(p => p.Name)
            .Select(p => new { FieldName = p.Field!.Name, Item = new ProcedureListItem(p.Slug, p.Code, p.Name, p.ProcessingDays, p.Channels) })
            .ToListAsync(cancellationToken);
        var groups = rows.GroupBy(r => r.FieldName).Select(g => new ProcedureFieldGroup(g.Key, g.Select(r => r.Item).ToList())).ToList();
        return new CatalogueViewModel(query, fieldId, groups, await FieldOptionsAsync(cancellationToken), rows.Count);
    }

    /// <summary>A published procedure and its record over the twelve months to today.</summary>
    public async Task<ProcedurePageViewModel?> PageAsync(string slug, CancellationToken cancellationToken = default)
    {
        var procedure = await Details(db.Procedures.Where(p => p.Slug == slug && p.Status == ProcedureStatus.Published)).SingleOrDefaultAsync(cancellationToken);
        if (procedure is null)
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var from = today.AddMonths(-12).AddDays(1);
        var figures = await DossierFigures.ByProcedureAsync(
            db.Dossiers.Where(d => d.AdministrativeProcedureId == procedure.Id).ReceivedBetween(from, today), today, cancellationToken);
        return new ProcedurePageViewModel(procedure, figures.GetValueOrDefault(procedure.Id, TimelinessFigures.Empty), from, today);
    }

    public Task<List<ProcedureAdminRow>> AdminListAsync(CancellationToken cancellationToken = default) =>
        db.Procedures.OrderBy(p => p.Field!.SortOrder).ThenBy(p => p.Name)
            .Select(p => new ProcedureAdminRow(p.Id, p.Code, p.Name, p.Slug, p.Field!.Name, p.ProcessingDays, p.Status, p.ConcurrencyStamp))
            .ToListAsync(cancellationToken);

    public async Task<ProcedureFormViewModel> NewFormAsync(CancellationToken cancellationToken = default) =>
        new(null, new ProcedureInput { ConcurrencyStamp = Guid.NewGuid(), InPerson = true, ImplementingBody = "Sở Ngoại vụ tỉnh Quảng Trị" },
            await FieldOptionsAsync(cancellationToken), ProcedureStatus.Draft);

    public async Task<ProcedureFormViewModel?> EditFormAsync(int id, CancellationToken cancellationToken = default)
    {
        var p = await db.Procedures.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var input = new ProcedureInput
        {
            ConcurrencyStamp = p.ConcurrencyStamp,
            Code = p.Code,
            Name = p.Name,
            Slug = p.Slug,
            ProcedureFieldId = p.ProcedureFieldId,
            ImplementingBody = p.ImplementingBody,
            SubmissionPlace = p.SubmissionPlace,
            InPerson = p.Channels.HasFlag(SubmissionChannels.InPerson),
            ByPost = p.Channels.HasFlag(SubmissionChannels.Post),
            Online = p.Channels.HasFlag(SubmissionChannels.Online),
            Steps = p.Steps,
            RequiredDocuments = p.RequiredDocuments,
            NumberOfSets = p.NumberOfSets,
            ProcessingDays = p.ProcessingDays,
            Fees = p.Fees,
            Applicants = p.Applicants,
            Result = p.Result,
            Conditions = p.Conditions,
            LegalBasis = p.LegalBasis,
            AnnouncingDecision = p.AnnouncingDecision,
        };
        return new ProcedureFormViewModel(id, input, await FieldOptionsAsync(cancellationToken), p.Status);
    }

    public async Task<ProcedureFormViewModel> RedisplayAsync(int? id, ProcedureInput input, CancellationToken cancellationToken = default)
    {
        var status = id is null ? ProcedureStatus.Draft
            : await db.Procedures.Where(p => p.Id == id).Select(p => p.Status).SingleOrDefaultAsync(cancellationToken);
        return new ProcedureFormViewModel(id, input, await FieldOptionsAsync(cancellationToken), status);
    }

    /// <summary>Creates (<paramref name="id"/> null) or updates a procedure; new procedures start unpublished.</summary>
    public async Task<SaveResult<int>> SaveAsync(int? id, ProcedureInput input, CancellationToken cancellationToken = default)
    {
        AdministrativeProcedure procedure;
        if (id is null)
        {
            procedure = new AdministrativeProcedure();
            db.Procedures.Add(procedure);
        }
        else
        {
            var found = await db.Procedures.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (found is null)
            {
                return SaveResult.NotFound.With(0);
            }

            if (found.ConcurrencyStamp != input.ConcurrencyStamp)
            {
                return SaveResult.Conflict(found.ConcurrencyStamp).With(found.Id);
            }

            procedure = found;
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? VietnameseText.Slug(input.Name!, FieldLengths.Slug) : input.Slug;
        if (await db.Procedures.AnyAsync(p => p.Slug == slug && p.Id != procedure.Id, cancellationToken))
        {
            return DuplicateSlug.With(procedure.Id);
        }

        procedure.Code = input.Code;
        procedure.Name = input.Name ?? "";
        procedure.Slug = slug;
        procedure.ProcedureFieldId = input.ProcedureFieldId;
        procedure.ImplementingBody = input.ImplementingBody ?? "";
        procedure.SubmissionPlace = input.SubmissionPlace ?? "";
        procedure.Channels = input.Channels;
        procedure.Steps = input.Steps ?? "";
        procedure.RequiredDocuments = input.RequiredDocuments ?? "";
        procedure.NumberOfSets = input.NumberOfSets;
        procedure.ProcessingDays = input.ProcessingDays;
        procedure.Fees = input.Fees ?? "";
        procedure.Applicants = input.Applicants ?? "";
        procedure.Result = input.Result ?? "";
        procedure.Conditions = input.Conditions ?? "";
        procedure.LegalBasis = input.LegalBasis ?? "";
        procedure.AnnouncingDecision = input.AnnouncingDecision ?? "";
        procedure.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        ProcedureSearch.Index(procedure);

        try
        {
            return (await db.SaveExpectingAsync(procedure, input.ConcurrencyStamp, cancellationToken)).With(procedure.Id);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Another procedure took the same address at the same moment (unique index).
            return DuplicateSlug.With(procedure.Id);
        }
    }

    public async Task<SaveResult> SetStatusAsync(int id, Guid stamp, ProcedureStatus status, CancellationToken cancellationToken = default)
    {
        var procedure = await db.Procedures.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (procedure is null)
        {
            return SaveResult.NotFound;
        }

        if (procedure.ConcurrencyStamp != stamp)
        {
            return SaveResult.Conflict(procedure.ConcurrencyStamp);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        procedure.Status = status;
        procedure.UpdatedAtUtc = now;
        if (status == ProcedureStatus.Published)
        {
            procedure.PublishedAtUtc = now;
        }

        return await db.SaveExpectingAsync(procedure, stamp, cancellationToken);
    }

    public async Task<List<SelectListItem>> FieldOptionsAsync(CancellationToken cancellationToken = default) =>
        await db.ProcedureFields.OrderBy(f => f.SortOrder).Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToListAsync(cancellationToken);

    private static IQueryable<ProcedureDetails> Details(IQueryable<AdministrativeProcedure> procedures) =>
        procedures.Select(p => new ProcedureDetails(p.Id, p.Code, p.Name, p.Slug, p.Field!.Name, p.ImplementingBody, p.SubmissionPlace, p.Channels,
            p.Steps, p.RequiredDocuments, p.NumberOfSets, p.ProcessingDays, p.Fees, p.Applicants, p.Result, p.Conditions, p.LegalBasis,
            p.AnnouncingDecision, p.UpdatedAtUtc));
}
