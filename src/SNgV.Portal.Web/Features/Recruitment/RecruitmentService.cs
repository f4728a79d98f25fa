using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Recruitment;

/// <summary>
/// Recruitment notices for foreign organisations: the public open list and archive (a notice closes by itself after its
/// deadline, Vietnam time), a notice's page and job description, the Atom feed, and what the Office and the service
/// centre write. Job descriptions are checked and kept like evidence files.
/// </summary>
public sealed class RecruitmentService(PortalDbContext db, EvidenceStorage storage, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>The catalogue procedure by which the service centre selects and introduces candidates.</summary>
    public const string ServiceProcedureSlug = "tuyen-chon-gioi-thieu-nguoi-lao-dong-lam-viec-cho-to-chuc-nuoc-ngoai";

    private DateOnly Today => VietnamTime.Today(clock);

    public async Task<RecruitmentListViewModel> PublicListAsync(RecruitmentFilter filter, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var published = db.RecruitmentNotices.AsNoTracking().Where(n => n.PublishedOn != null);
        var notices = filter.Archive ? published.Where(n => n.Deadline < today) : published.Where(n => n.Deadline >= today);
        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            notices = notices.Where(n => n.Organisation == filter.Organisation);
        }

        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            notices = notices.Where(n => n.Place == filter.Place);
        }

        var total = await notices.CountAsync(cancellationToken);
        var page = Paging.ClampPage(filter.Page, total, PageSize);
        var ordered = filter.Archive ? notices.OrderByDescending(n => n.Deadline).ThenByDescending(n => n.Id) : notices.OrderBy(n => n.Deadline).ThenBy(n => n.Id);
        var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new { n.Id, n.Organisation, n.OrganisationEn, n.Position, n.PositionEn, n.Place, n.PlaceEn, n.Posts, n.Deadline, n.PublishedOn })
            .ToListAsync(cancellationToken);
        var organisations = await published.Select(n => n.Organisation).Distinct().OrderBy(o => o).ToListAsync(cancellationToken);
        var places = await published.Select(n => n.Place).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var procedurePublished = await db.Procedures.AnyAsync(p => p.Slug == ServiceProcedureSlug && p.Status == ProcedureStatus.Published, cancellationToken);
        return new RecruitmentListViewModel(
            filter with { Page = page },
            [.. rows.Select(n => new RecruitmentRow(
                n.Id,
                LocalizedText.Pick(n.Organisation, n.OrganisationEn),
                LocalizedText.Pick(n.Position, n.PositionEn),
                LocalizedText.Pick(n.Place, n.PlaceEn),
                n.Posts,
                n.Deadline,
                n.PublishedOn!.Value))],
            new Paging(page, PageSize, total),
            organisations,
            places,
            procedurePublished ? ServiceProcedureSlug : null);
    }

    /// <summary>A published notice, open or archived; null for a draft or an unknown id.</summary>
    public async Task<RecruitmentNoticeView?> PublicNoticeAsync(int id, CancellationToken cancellationToken = default)
    {
        var n = await db.RecruitmentNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id && n.PublishedOn != null, cancellationToken);
        return n is null ? null : View(n, Today);
    }

    /// <summary>The published notices, newest first, for the Atom feed (open ones and the archive's latest).</summary>
    public async Task<IReadOnlyList<(RecruitmentNotice Notice, bool IsOpen)>> FeedAsync(int count, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var notices = await db.RecruitmentNotices.AsNoTracking().Where(n => n.PublishedOn != null)
            .OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id).Take(count).ToListAsync(cancellationToken);
        return [.. notices.Select(n => (n, n.IsOpenOn(today)))];
    }

    public async Task<(Stream Content, string FileName)?> JobDescriptionAsync(int id, CancellationToken cancellationToken = default)
    {
        var file = await db.RecruitmentNotices.AsNoTracking()
            .Where(n => n.Id == id && n.PublishedOn != null && n.JobDescriptionStorageKey != null)
            .Select(n => new { n.JobDescriptionStorageKey, n.JobDescriptionFileName })
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? null : (storage.OpenRead(file.JobDescriptionStorageKey!), file.JobDescriptionFileName!);
    }

    public async Task<IReadOnlyList<RecruitmentAdminRow>> AdminListAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        return await db.RecruitmentNotices.AsNoTracking()
            .OrderByDescending(n => n.Deadline).ThenByDescending(n => n.Id)
            .Select(n => new RecruitmentAdminRow(n.Id, n.Organisation, n.Position, n.Posts, n.Deadline, n.PublishedOn, n.PublishedOn != null && n.Deadline >= today, n.PostsFilled, n.ConcurrencyStamp))
            .ToListAsync(cancellationToken);
    }

    public async Task<RecruitmentFormViewModel?> FormAsync(int id, CancellationToken cancellationToken = default)
    {
        var n = await db.RecruitmentNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        return n is null ? null : new RecruitmentFormViewModel(n.Id, Input(n), n.PublishedOn, n.JobDescriptionFileName);
    }

    /// <summary>Adds a notice as a draft (<paramref name="id"/> null) or saves one; a new job description replaces the old.</summary>
    public async Task<SaveResult<int>> SaveAsync(int? id, RecruitmentNoticeInput input, CancellationToken cancellationToken = default)
    {
        RecruitmentNotice notice;
        if (id is null)
        {
            notice = new RecruitmentNotice();
            db.RecruitmentNotices.Add(notice);
        }
        else if (await db.RecruitmentNotices.SingleOrDefaultAsync(n => n.Id == id, cancellationToken) is { } found)
        {
            notice = found;
        }
        else
        {
            return SaveResult.NotFound.With(0);
        }

        Apply(notice, input);
        var replaced = notice.JobDescriptionStorageKey;
        StoredFile? stored = null;
        if (input.JobDescription is { } file)
        {
            await using var content = file.OpenReadStream();
            stored = await storage.SaveAsync(content, cancellationToken);
            notice.JobDescriptionFileName = EvidenceFileCheck.SafeName(file.FileName);
            notice.JobDescriptionStorageKey = stored.StorageKey;
            notice.JobDescriptionLength = stored.Length;
            notice.JobDescriptionSha256 = stored.Sha256;
        }

        try
        {
            var result = await db.SaveExpectingAsync(notice, input.ConcurrencyStamp, cancellationToken);
            if (result.Status != SaveStatus.Saved)
            {
                DeleteQuietly(stored);
                return result.With(0);
            }
        }
        catch
        {
            // Nothing of a failed save may stay behind on disk.
            DeleteQuietly(stored);
            throw;
        }

        if (stored is not null && replaced is not null)
        {
            storage.Delete(replaced);
        }

        return SaveResult.Saved.With(notice.Id);
    }

    /// <summary>Publishes a draft from today, or takes a published notice back to draft (e.g. published by mistake).</summary>
    public async Task<SaveResult> SetPublishedAsync(int id, bool publish, Guid? postedStamp, CancellationToken cancellationToken = default)
    {
        var notice = await db.RecruitmentNotices.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return SaveResult.NotFound;
        }

        notice.PublishedOn = publish ? notice.PublishedOn ?? Today : null;
        notice.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        return await db.SaveExpectingAsync(notice, postedStamp, cancellationToken);
    }

    private void Apply(RecruitmentNotice notice, RecruitmentNoticeInput input)
    {
        notice.Organisation = input.Organisation!;
        notice.OrganisationEn = input.OrganisationEn;
        notice.Project = input.Project;
        notice.ProjectEn = input.ProjectEn;
        notice.Position = input.Position!;
        notice.PositionEn = input.PositionEn;
        notice.Posts = input.Posts!.Value;
        notice.Place = input.Place!;
        notice.PlaceEn = input.PlaceEn;
        notice.Duties = input.Duties!;
        notice.DutiesEn = input.DutiesEn;
        notice.Requirements = input.Requirements!;
        notice.RequirementsEn = input.RequirementsEn;
        notice.HowToApply = input.HowToApply!;
        notice.HowToApplyEn = input.HowToApplyEn;
        notice.Deadline = DateInput.Parse(input.Deadline)!.Value;
        notice.Interviews = input.Interviews;
        notice.InterviewsEn = input.InterviewsEn;
        notice.Contact = input.Contact;
        notice.Results = input.Results;
        notice.ResultsEn = input.ResultsEn;
        notice.PostsFilled = input.PostsFilled;
        notice.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static RecruitmentNoticeInput Input(RecruitmentNotice n) => new()
    {
        Organisation = n.Organisation,
        OrganisationEn = n.OrganisationEn,
        Project = n.Project,
        ProjectEn = n.ProjectEn,
        Position = n.Position,
        PositionEn = n.PositionEn,
        Posts = n.Posts,
        Place = n.Place,
        PlaceEn = n.PlaceEn,
        Duties = n.Duties,
        DutiesEn = n.DutiesEn,
        Requirements = n.Requirements,
        RequirementsEn = n.RequirementsEn,
        HowToApply = n.HowToApply,
        HowToApplyEn = n.HowToApplyEn,
        Deadline = DateInput.Show(n.Deadline),
        Interviews = n.Interviews,
        InterviewsEn = n.InterviewsEn,
        Contact = n.Contact,
        Results = n.Results,
        ResultsEn = n.ResultsEn,
        PostsFilled = n.PostsFilled,
        ConcurrencyStamp = n.ConcurrencyStamp,
    };

    private static RecruitmentNoticeView View(RecruitmentNotice n, DateOnly today) => new(
        n.Id,
        LocalizedText.Pick(n.Organisation, n.OrganisationEn),
        LocalizedText.Pick(n.Project ?? "", n.ProjectEn),
        LocalizedText.Pick(n.Position, n.PositionEn),
        n.Posts,
        LocalizedText.Pick(n.Place, n.PlaceEn),
        LocalizedText.Pick(n.Duties, n.DutiesEn),
        LocalizedText.Pick(n.Requirements, n.RequirementsEn),
        LocalizedText.Pick(n.HowToApply, n.HowToApplyEn),
        n.Deadline,
        LocalizedText.Pick(n.Interviews ?? "", n.InterviewsEn),
        n.Contact,
        n.PublishedOn!.Value,
        n.IsOpenOn(today),
        LocalizedText.Pick(n.Results ?? "", n.ResultsEn),
        n.PostsFilled,
        n.JobDescriptionFileName,
        n.JobDescriptionLength);

    private void DeleteQuietly(StoredFile? stored)
    {
        if (stored is not null)
        {
            storage.Delete(stored.StorageKey);
        }
    }
}
