using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Dossiers;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Procedures;

/// <summary>The catalogue of procedures: the Office's editing, and the public list and pages.</summary>
public sealed class ProcedureService(PortalDbContext db, ProcedureFormService forms, TimeProvider clock)
{
    private static readonly SaveResult DuplicateSlug =
        SaveResult.Refused("Địa chỉ trang này đã được dùng cho thủ tục khác. Vui lòng nhập địa chỉ khác.", nameof(ProcedureInput.Slug));

    public async Task<CatalogueViewModel> CatalogueAsync(string? query, int? fieldId, CancellationToken cancellationToken = default)
    {
        var published = db.Procedures.Where(p => p.Status == ProcedureStatus.Published);

        // Every word must be found somewhere in the stored folded column: one LIKE per word, in SQL on both providers.
        foreach (var word in ProcedureSearch.Words(query))
        {
            published = published.Where(p => p.SearchText.Contains(word));
        }

        if (fieldId is not null)
        {
            published = published.Where(p => p.ProcedureFieldId == fieldId);
        }

        var rows = await published
            .OrderBy(p => p.Field!.SortOrder).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.ProcedureFieldId,
                FieldName = p.Field!.Name,
                FieldNameEn = p.Field.NameEn,
                p.Slug,
                p.Code,
                p.Name,
                p.NameEn,
                p.Summary,
                p.SummaryEn,
                p.ProcessingDays,
                p.Channels,
            })
            .ToListAsync(cancellationToken);
        var groups = rows.GroupBy(r => r.ProcedureFieldId)
            .Select(g => new ProcedureFieldGroup(
                g.Key,
                LocalizedText.Pick(g.First().FieldName, g.First().FieldNameEn),
                g.Select(r => new ProcedureListItem(r.Slug, r.Code, LocalizedText.Pick(r.Name, r.NameEn), LocalizedText.Pick(r.Summary, r.SummaryEn), r.ProcessingDays, r.Channels)).ToList()))
            .ToList();
        var fields = await db.ProcedureFields.OrderBy(f => f.SortOrder).Select(f => new { f.Id, f.Name, f.NameEn }).ToListAsync(cancellationToken);
        return new CatalogueViewModel(
            query,
            fieldId,
            groups,
            fields.Select(f => new SelectListItem(LocalizedText.Pick(f.Name, f.NameEn).Text, f.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
            fields.Select(f => new ProcedureFieldLink(f.Id, LocalizedText.Pick(f.Name, f.NameEn))).ToList(),
            rows.Count);
    }

    /// <summary>A published procedure and its record over the twelve months to today.</summary>
    public async Task<ProcedurePageViewModel?> PageAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await db.Procedures.AsNoTracking()
            .Where(p => p.Slug == slug && p.Status == ProcedureStatus.Published)
            .Select(p => new
            {
                Procedure = p,
                FieldName = p.Field!.Name,
                FieldNameEn = p.Field.NameEn,
                Forms = p.Forms.OrderBy(f => f.Id).Select(f => new ProcedureFormFile(f.Id, f.Title, f.TitleEn, f.FileName, f.Length)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var p = found.Procedure;
        var procedure = new ProcedureDetails(
            p.Id,
            p.Code,
            LocalizedText.Pick(p.Name, p.NameEn),
            LocalizedText.Pick(p.Summary, p.SummaryEn),
            p.Slug,
            LocalizedText.Pick(found.FieldName, found.FieldNameEn),
            LocalizedText.Pick(p.ImplementingBody, p.ImplementingBodyEn),
            LocalizedText.Pick(p.SubmissionPlace, p.SubmissionPlaceEn),
            p.Channels,
            p.ServiceLevel,
            p.OnlineSubmissionUrl,
            LocalizedText.Pick(p.Steps, p.StepsEn),
            LocalizedText.Pick(p.RequiredDocuments, p.RequiredDocumentsEn),
            p.NumberOfSets,
            p.ProcessingDays,
            p.FeeAmount,
            LocalizedText.Pick(p.Fees, p.FeesEn),
            LocalizedText.Pick(p.Applicants, p.ApplicantsEn),
            LocalizedText.Pick(p.Result, p.ResultEn),
            LocalizedText.Pick(p.Conditions, p.ConditionsEn),
            LocalizedText.Pick(p.LegalBasis, p.LegalBasisEn),
            // The decision is cited by its Vietnamese title in every language.
            LocalizedText.Pick(p.AnnouncingDecision, null),
            found.Forms,
            p.UpdatedAtUtc);

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
            await FieldOptionsAsync(cancellationToken), ProcedureStatus.Draft, []);

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
            NameEn = p.NameEn,
            Summary = NullIfEmpty(p.Summary),
            SummaryEn = p.SummaryEn,
            Slug = p.Slug,
            ProcedureFieldId = p.ProcedureFieldId,
            ImplementingBody = p.ImplementingBody,
            ImplementingBodyEn = p.ImplementingBodyEn,
            SubmissionPlace = p.SubmissionPlace,
            SubmissionPlaceEn = p.SubmissionPlaceEn,
            InPerson = p.Channels.HasFlag(SubmissionChannels.InPerson),
            ByPost = p.Channels.HasFlag(SubmissionChannels.Post),
            Online = p.Channels.HasFlag(SubmissionChannels.Online),
            ServiceLevel = p.ServiceLevel,
            OnlineSubmissionUrl = p.OnlineSubmissionUrl,
            Steps = p.Steps,
            StepsEn = p.StepsEn,
            RequiredDocuments = p.RequiredDocuments,
            RequiredDocumentsEn = p.RequiredDocumentsEn,
            NumberOfSets = p.NumberOfSets,
            ProcessingDays = p.ProcessingDays,
            FeeAmount = p.FeeAmount,
            Fees = p.Fees,
            FeesEn = p.FeesEn,
            Applicants = p.Applicants,
            ApplicantsEn = p.ApplicantsEn,
            Result = p.Result,
            ResultEn = p.ResultEn,
            Conditions = p.Conditions,
            ConditionsEn = p.ConditionsEn,
            LegalBasis = p.LegalBasis,
            LegalBasisEn = p.LegalBasisEn,
            AnnouncingDecision = NullIfEmpty(p.AnnouncingDecision),
        };
        return new ProcedureFormViewModel(id, input, await FieldOptionsAsync(cancellationToken), p.Status, await forms.ListAsync(id, cancellationToken));
    }

    public async Task<ProcedureFormViewModel> RedisplayAsync(int? id, ProcedureInput input, CancellationToken cancellationToken = default)
    {
        var status = id is null ? ProcedureStatus.Draft
            : await db.Procedures.Where(p => p.Id == id).Select(p => p.Status).SingleOrDefaultAsync(cancellationToken);
        var files = id is null ? [] : await forms.ListAsync(id.Value, cancellationToken);
        return new ProcedureFormViewModel(id, input, await FieldOptionsAsync(cancellationToken), status, files);
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

        var field = await db.ProcedureFields.SingleOrDefaultAsync(f => f.Id == input.ProcedureFieldId, cancellationToken);
        if (field is null)
        {
            return SaveResult.Refused("Vui lòng chọn lĩnh vực.", nameof(ProcedureInput.ProcedureFieldId)).With(procedure.Id);
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? VietnameseText.Slug(input.Name!, FieldLengths.Slug) : input.Slug;
        if (await db.Procedures.AnyAsync(p => p.Slug == slug && p.Id != procedure.Id, cancellationToken))
        {
            return DuplicateSlug.With(procedure.Id);
        }

        procedure.Code = input.Code;
        procedure.Name = input.Name ?? "";
        procedure.NameEn = input.NameEn;
        procedure.Summary = input.Summary ?? "";
        procedure.SummaryEn = input.SummaryEn;
        procedure.Slug = slug;
        procedure.ProcedureFieldId = input.ProcedureFieldId;
        procedure.ImplementingBody = input.ImplementingBody ?? "";
        procedure.ImplementingBodyEn = input.ImplementingBodyEn;
        procedure.SubmissionPlace = input.SubmissionPlace ?? "";
        procedure.SubmissionPlaceEn = input.SubmissionPlaceEn;
        procedure.Channels = input.Channels;
        procedure.ServiceLevel = input.ServiceLevel;
        procedure.OnlineSubmissionUrl = input.OnlineSubmissionUrl;
        procedure.Steps = input.Steps ?? "";
        procedure.StepsEn = input.StepsEn;
        procedure.RequiredDocuments = input.RequiredDocuments ?? "";
        procedure.RequiredDocumentsEn = input.RequiredDocumentsEn;
        procedure.NumberOfSets = input.NumberOfSets;
        procedure.ProcessingDays = input.ProcessingDays;
        procedure.FeeAmount = input.FeeAmount;
        procedure.Fees = input.Fees ?? "";
        procedure.FeesEn = input.FeesEn;
        procedure.Applicants = input.Applicants ?? "";
        procedure.ApplicantsEn = input.ApplicantsEn;
        procedure.Result = input.Result ?? "";
        procedure.ResultEn = input.ResultEn;
        procedure.Conditions = input.Conditions ?? "";
        procedure.ConditionsEn = input.ConditionsEn;
        procedure.LegalBasis = input.LegalBasis ?? "";
        procedure.LegalBasisEn = input.LegalBasisEn;
        procedure.AnnouncingDecision = input.AnnouncingDecision ?? "";
        procedure.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        ProcedureSearch.Index(procedure, field);

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

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
