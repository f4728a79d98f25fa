using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Procedures;

/// <summary>
/// The forms of a procedure (biểu mẫu, tờ khai): the Office uploads and removes them on the editor, applicants
/// download them from the public page while the procedure is published. Files are checked (<see cref="EvidenceFileCheck"/>)
/// and kept (<see cref="EvidenceStorage"/>) as evidence files are; the audit interceptor records each change.
/// </summary>
public sealed class ProcedureFormService(PortalDbContext db, EvidenceStorage storage, TimeProvider clock)
{
    public async Task<List<ProcedureFormFile>> ListAsync(int procedureId, CancellationToken cancellationToken = default) =>
        await db.ProcedureForms.Where(f => f.AdministrativeProcedureId == procedureId).OrderBy(f => f.Id)
            .Select(f => new ProcedureFormFile(f.Id, f.Title, f.TitleEn, f.FileName, f.Length))
            .ToListAsync(cancellationToken);

    /// <summary>Keeps a validated file as a form of the procedure; its title defaults to the file's name.</summary>
    public async Task<SaveResult> AddAsync(int procedureId, ProcedureFormInput input, string userId, CancellationToken cancellationToken = default)
    {
        if (!await db.Procedures.AnyAsync(p => p.Id == procedureId, cancellationToken))
        {
            return SaveResult.NotFound;
        }

        var file = input.File!;
        var name = EvidenceFileCheck.SafeName(file.FileName);
        await using var content = file.OpenReadStream();
        var type = EvidenceFileTypes.Detect(content, name)
            ?? throw new InvalidOperationException("Procedure forms are validated before they are saved.");
        var stored = await storage.SaveAsync(content, cancellationToken);
        try
        {
            db.ProcedureForms.Add(new ProcedureForm
            {
                AdministrativeProcedureId = procedureId,
                Title = input.Title ?? Path.GetFileNameWithoutExtension(name),
                TitleEn = input.TitleEn,
                FileName = name,
                ContentType = type.ContentType,
                Length = stored.Length,
                StorageKey = stored.StorageKey,
                Sha256 = stored.Sha256,
                UploadedById = userId,
                UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult.Saved;
        }
        catch
        {
            // Nothing of a failed save may stay behind on disk.
            storage.Delete(stored.StorageKey);
            throw;
        }
    }

    public async Task<SaveResult> DeleteAsync(int procedureId, int formId, CancellationToken cancellationToken = default)
    {
        var form = await db.ProcedureForms.SingleOrDefaultAsync(f => f.Id == formId && f.AdministrativeProcedureId == procedureId, cancellationToken);
        if (form is null)
        {
            return SaveResult.NotFound;
        }

        db.ProcedureForms.Remove(form);
        await db.SaveChangesAsync(cancellationToken);
        storage.Delete(form.StorageKey);
        return SaveResult.Saved;
    }

    /// <summary>A form anyone may download: only of a published procedure, found by the page's address.</summary>
    public Task<ProcedureForm?> FindPublishedAsync(string slug, int formId, CancellationToken cancellationToken = default) =>
        (from f in db.ProcedureForms
         join p in db.Procedures on f.AdministrativeProcedureId equals p.Id
         where f.Id == formId && p.Slug == slug && p.Status == ProcedureStatus.Published
         select f).AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    public Stream Open(ProcedureForm form) => storage.OpenRead(form.StorageKey);
}
