using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// Periodic reports: the Office creates and edits drafts and submits them; the leadership approves (the report
/// gets its number and date, and its document is frozen) or returns them with a comment.
/// </summary>
public sealed class ReportService(PortalDbContext db, ReportAssembler assembler, ReportNotices notices, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Why an action on a report is refused: it has moved on (submitted, decided or issued) since the page was opened.</summary>
    public const string WrongState = "Báo cáo đã chuyển sang bước khác nên không thực hiện được thao tác này.";

    private static readonly JsonSerializerOptions SnapshotJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<ReportListViewModel> ListAsync(ReportListQuery query, bool seesDrafts, int page, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking();
        if (!seesDrafts)
        {
            reports = reports.Where(r => r.State == ReportState.Approved);
        }

        var years = await reports.Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        if (query.Year is { } year)
        {
            reports = reports.Where(r => r.Year == year);
        }

        if (query.Kind is { } kind)
        {
            reports = reports.Where(r => r.Kind == kind);
        }

        if (query.State is { } state)
        {
            reports = reports.Where(r => r.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var words = query.Q;
            var number = int.TryParse(words.Split('/')[0], out var n) ? n : (int?)null;
            reports = reports.Where(r => r.Summary.Contains(words) || (number != null && r.Number == number));
        }

        var total = await reports.CountAsync(cancellationToken);
        page = Paging.ClampPage(page, total, PageSize);
        var rows = await reports
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.DataTo).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new ReportListRow(r.Id, r.Number == null ? null : FormatNumber(r.Number.Value), r.Kind, r.Year, r.Quarter, r.Summary, r.State, r.IssuedOn, r.UpdatedAtUtc, r.Plan!.Number))
            .ToListAsync(cancellationToken);
        return new ReportListViewModel(query, rows, new Paging(page, PageSize, total), years, seesDrafts);
    }

    /// <summary>The new-report form with the cut-off of Decree 09/2019 proposed for the chosen kind and period.</summary>
    public async Task<ReportCreateViewModel> CreateFormAsync(ReportKind? kind, int? year, int? quarter, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Id)
            .Select(p => new PlanChoice(p.Id, p.Number, p.Year, p.Title)).ToListAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        var chosenYear = year ?? plans.FirstOrDefault()?.Year ?? today.Year;
        var chosenKind = kind ?? ReportKind.Quarterly;
        int? chosenQuarter = chosenKind == ReportKind.Quarterly ? quarter ?? 1 : null;
        var (from, to) = ReportingPeriod.CutOffOfReport(chosenKind, chosenYear, chosenQuarter);
        var plan = plans.FirstOrDefault(p => p.Year == chosenYear) ?? plans.FirstOrDefault();
        return new ReportCreateViewModel(
            new CreateReportInput
            {
                PlanId = plan?.Id ?? 0,
                Kind = chosenKind,
                Year = chosenYear,
                Quarter = chosenQuarter,
                DataFrom = from,
                DataTo = to,
                Summary = ReportPeriods.ProposedSummary(chosenKind, chosenYear, chosenQuarter),
            },
            plans);
    }

    public async Task<ReportCreateViewModel> CreateFormAsync(CreateReportInput input, CancellationToken cancellationToken) =>
        (await CreateFormAsync(input.Kind, input.Year, input.Quarter, cancellationToken)) with { Input = input };

    /// <summary>A draft whose narrative starts from what the figures say and what the units reported; null when the plan does not exist.</summary>
    public async Task<int?> CreateAsync(CreateReportInput input, CurrentUser author, CancellationToken cancellationToken)
    {
        var data = await assembler.AssembleAsync(input.PlanId, input.DataFrom!.Value, input.DataTo!.Value, cancellationToken);
        if (data is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var signature = ReportComposer.DefaultSignature(data.Plan);
        var report = new Report
        {
            PlanId = input.PlanId,
            Kind = input.Kind,
            Year = input.Year,
            Quarter = input.Kind == ReportKind.Quarterly ? input.Quarter : null,
            DataFrom = input.DataFrom.Value,
            DataTo = input.DataTo.Value,
            Summary = FittedSummary(input),
            SignerAuthority = signature.Authority,
            SignerTitle = signature.Title,
            SignerName = signature.Name,
            Recipients = ReportComposer.DefaultRecipients(data.Plan),
            CreatedById = author.Id,
            CreatedByName = author.Name,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        ReportSections.Propose(report, ReportComposer.ProposedNarrative(data), replaceEdited: true, Truncated);
        db.Reports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    public async Task<ReportDetailsViewModel?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var (report, summary, document, data) = found.Value;
        var text = new ReportTextInput
        {
            Summary = report.Summary,
            GeneralAssessment = report.GeneralAssessment,
            Shortcomings = report.Shortcomings,
            Difficulties = report.Difficulties,
            Proposals = report.Proposals,
            NextTasks = report.NextTasks,
            SignerAuthority = report.SignerAuthority,
            SignerTitle = report.SignerTitle,
            SignerName = report.SignerName,
            Recipients = report.Recipients,
            ConcurrencyStamp = report.ConcurrencyStamp,
        };
        var today = VietnamTime.Today(clock);
        var nextNumber = summary.State == ReportState.Submitted ? await NextNumberAsync(today.Year, cancellationToken) : (int?)null;
        return new ReportDetailsViewModel(summary, document)
        {
            Text = text,
            Verdict = new ReportDecisionInput { ConcurrencyStamp = summary.ConcurrencyStamp, Number = nextNumber, IssuedOn = today },
            NextNumber = nextNumber,
            TextCheck = data is null ? null : ReportTextCheck.Of(report, ReportComposer.Figures(data)),
        };
    }

    /// <summary>The number the registry would give next in <paramref name="year"/>, as far as the portal knows: the highest used + 1.</summary>
    public async Task<int> NextNumberAsync(int year, CancellationToken cancellationToken) =>
        (await db.Reports.Where(r => r.IssuedYear == year).MaxAsync(r => r.Number, cancellationToken) ?? 0) + 1;

    /// <summary>One COUNT for the navigation: the reports waiting for the leadership's decision.</summary>
    public Task<int> WaitingCountAsync(CancellationToken cancellationToken) =>
        db.Reports.CountAsync(r => r.State == ReportState.Submitted, cancellationToken);

    /// <summary>The reports waiting for the leadership's decision, the longest waiting first.</summary>
    public async Task<IReadOnlyList<WaitingReportRow>> WaitingAsync(CancellationToken cancellationToken) =>
        await db.Reports.AsNoTracking().Where(r => r.State == ReportState.Submitted)
            .OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Select(r => new WaitingReportRow(r.Id, r.Summary, r.Kind, r.Year, r.Quarter, r.SubmittedAtUtc!.Value, r.CreatedByName))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The document of a report: for an issued report, its snapshot exactly as approved; before that, assembled now
    /// from the data within the cut-off. The screen, the print view, the .docx and the .xlsx all come from here.
    /// </summary>
    public async Task<(ReportSummary Summary, ReportDocument Document)?> DocumentAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } found ? (found.Summary, found.Document) : null;

    /// <summary>
    /// Proposes the narrative again from the figures assembled now: the sections the Office has not edited are replaced,
    /// the edited ones kept unless <paramref name="replaceEdited"/>; the figures become the text's new starting point.
    /// </summary>
    public async Task<ReportReproposal> ProposeAgainAsync(int id, Guid stamp, bool replaceEdited, CancellationToken cancellationToken)
    {
        var (report, refusal) = await EditableAsync(id, cancellationToken);
        if (report is null)
        {
            return new ReportReproposal(refusal, []);
        }

        var data = await assembler.AssembleAsync(report.PlanId, report.DataFrom, report.DataTo, cancellationToken);
        var kept = ReportSections.Propose(report, ReportComposer.ProposedNarrative(data!), replaceEdited, Truncated);
        report.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        return new ReportReproposal(await db.SaveExpectingAsync(report, stamp, cancellationToken), kept);
    }

    public async Task<SaveResult> SaveTextAsync(int id, ReportTextInput input, CancellationToken cancellationToken)
    {
        var (report, refusal) = await EditableAsync(id, cancellationToken);
        if (report is null)
        {
            return refusal;
        }

        report.Summary = input.Summary ?? "";
        report.GeneralAssessment = input.GeneralAssessment ?? "";
        report.Shortcomings = input.Shortcomings ?? "";
        report.Difficulties = input.Difficulties ?? "";
        report.Proposals = input.Proposals ?? "";
        report.NextTasks = input.NextTasks ?? "";
        report.SignerAuthority = input.SignerAuthority ?? "";
        report.SignerTitle = input.SignerTitle ?? "";
        report.SignerName = input.SignerName ?? "";
        report.Recipients = input.Recipients ?? "";
        report.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        return await db.SaveExpectingAsync(report, input.ConcurrencyStamp, cancellationToken);
    }

    public async Task<SaveResult> SubmitAsync(int id, Guid stamp, CurrentUser author, CancellationToken cancellationToken)
    {
        var (report, refusal) = await EditableAsync(id, cancellationToken);
        if (report is null)
        {
            return refusal;
        }

        report.State = ReportState.Submitted;
        report.SubmittedAtUtc = report.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        var mails = await notices.AnnounceAsync(report, author.Name, cancellationToken);
        return await SaveAndSendAsync(report, stamp, mails, cancellationToken);
    }

    /// <summary>
    /// Returns the report with the comment, or approves it under the registry's number and the signing date, and
    /// freezes its document. A number already used in the year of the signing date is refused, whether it was used
    /// before the form was opened or by an approval a moment ago (the unique index on year and number).
    /// </summary>
    public async Task<SaveResult> DecideAsync(int id, ReportDecisionInput input, CurrentUser leader, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return SaveResult.NotFound;
        }

        if (report.State != ReportState.Submitted)
        {
            return SaveResult.Refused(WrongState);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        report.DecidedAtUtc = now;
        report.DecidedByName = leader.Name;
        report.UpdatedAtUtc = now;
        if (input.IsReturn)
        {
            report.State = ReportState.Returned;
            report.LeadershipComment = input.Comment ?? "";
            return await SaveAndSendAsync(report, input.ConcurrencyStamp, await notices.AnnounceAsync(report, leader.Name, cancellationToken), cancellationToken);
        }

        var issuedOn = input.IssuedOn!.Value;
        var number = input.Number!.Value;
        if (issuedOn < report.DataTo)
        {
            return SaveResult.Refused(field: nameof(ReportDecisionInput.IssuedOn), message:
                $"Ngày ký không được trước ngày chốt số liệu của báo cáo ({DateInput.Show(report.DataTo)}).");
        }

        if (await NumberTakenAsync(id, issuedOn.Year, number, cancellationToken) is { } taken)
        {
            return taken;
        }

        report.State = ReportState.Approved;
        report.LeadershipComment = null;
        report.IssuedOn = issuedOn;
        report.IssuedYear = issuedOn.Year;
        report.Number = number;

        var data = await assembler.AssembleAsync(report.PlanId, report.DataFrom, report.DataTo, cancellationToken);
        var json = JsonSerializer.Serialize(ReportComposer.Compose(data!, ReportText.Of(report)), SnapshotJson);
        db.ReportSnapshots.Add(new ReportSnapshot
        {
            ReportId = report.Id,
            Document = json,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            CreatedAtUtc = now,
        });

        var mails = await notices.AnnounceAsync(report, leader.Name, cancellationToken);
        try
        {
            return await SaveAndSendAsync(report, input.ConcurrencyStamp, mails, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another approval took the number a moment ago; if not (the same report approved twice at once), the stamp lost.
            db.ChangeTracker.Clear();
            var refusal = await NumberTakenAsync(id, issuedOn.Year, number, cancellationToken);
            return refusal ?? SaveResult.Conflict();
        }
    }

    /// <summary>Drafts, returned and submitted reports can be deleted; issued ones cannot.</summary>
    public async Task<SaveResult> DeleteAsync(int id, Guid stamp, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return SaveResult.NotFound;
        }

        if (report.State == ReportState.Approved)
        {
            return SaveResult.Refused(WrongState);
        }

        db.Reports.Remove(report);
        return await db.SaveExpectingAsync(report, stamp, cancellationToken);
    }

    public static string FormatNumber(int number) => $"{number:00}/{ReportComposer.Symbol}";

    /// <summary>A draft or returned report, the only ones the Office may change; otherwise why not.</summary>
    private async Task<(Report? Report, SaveResult Refusal)> EditableAsync(int id, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return report switch
        {
            null => (null, SaveResult.NotFound),
            { State: ReportState.Draft or ReportState.Returned } => (report, SaveResult.Saved),
            _ => (null, SaveResult.Refused(WrongState)),
        };
    }

    /// <summary>
    /// A report with its document: for an issued report, its snapshot exactly as approved; before that, assembled now
    /// from the data within the cut-off (and the assembled data, which the text is checked against). The screen, the
    /// print view, the .docx and the .xlsx all come from here.
    /// </summary>
    private async Task<(Report Report, ReportSummary Summary, ReportDocument Document, ReportData? Data)?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().Include(r => r.Plan).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var snapshot = await db.ReportSnapshots.AsNoTracking().Where(s => s.ReportId == id)
            .Select(s => new { s.Document, s.Sha256 }).SingleOrDefaultAsync(cancellationToken);
        var summary = Summarise(report, snapshot?.Sha256);
        if (snapshot is not null)
        {
            return (report, summary, JsonSerializer.Deserialize<ReportDocument>(snapshot.Document, SnapshotJson)!, null);
        }

        var data = await assembler.AssembleAsync(report.PlanId, report.DataFrom, report.DataTo, cancellationToken);
        return (report, summary, ReportComposer.Compose(data!, ReportText.Of(report)), data);
    }

    /// <summary>
    /// The summary as the Office left it; for an ad-hoc report whose proposed summary (over the proposed calendar year)
    /// was kept while the range was changed, the summary of the range it was asked for.
    /// </summary>
    private static string FittedSummary(CreateReportInput input)
    {
        var summary = input.Summary ?? "";
        return input.Kind == ReportKind.AdHoc && summary == ReportPeriods.ProposedSummary(ReportKind.AdHoc, input.Year, null)
            ? ReportPeriods.AdHocSummary(input.DataFrom!.Value, input.DataTo!.Value)
            : summary;
    }

    /// <summary>The refusal when another report holds <paramref name="number"/> in <paramref name="year"/>; null when it is free.</summary>
    private async Task<SaveResult?> NumberTakenAsync(int id, int year, int number, CancellationToken cancellationToken)
    {
        var holder = await db.Reports.AsNoTracking().Where(r => r.IssuedYear == year && r.Number == number && r.Id != id)
            .Select(r => r.Summary).FirstOrDefaultAsync(cancellationToken);
        return holder is null
            ? null
            : SaveResult.Refused(field: nameof(ReportDecisionInput.Number), message:
                $"Số {number:00} năm {year} đã được dùng cho báo cáo \"{holder}\"; vui lòng chọn số khác (số tiếp theo chưa dùng: {await NextNumberAsync(year, cancellationToken):00}).");
    }

    /// <summary>Saves only if nobody saved the report since the form was opened, then sends the e-mails announcing what was saved.</summary>
    private async Task<SaveResult> SaveAndSendAsync(Report report, Guid expected, IReadOnlyList<Infrastructure.Mail.OutgoingMail> mails, CancellationToken cancellationToken)
    {
        var outcome = await db.SaveExpectingAsync(report, expected, cancellationToken);
        if (outcome.IsSaved)
        {
            await notices.SendAsync(mails);
        }

        return outcome;
    }

    private static ReportSummary Summarise(Report r, string? sha256) => new(
        r.Id, r.PlanId, r.Kind, r.Year, r.Quarter, r.DataFrom, r.DataTo, r.State, r.Number is { } n ? FormatNumber(n) : null, r.IssuedOn, r.Plan!.Number,
        r.CreatedByName, r.CreatedAtUtc, r.UpdatedAtUtc, r.SubmittedAtUtc, r.DecidedAtUtc, r.DecidedByName, r.LeadershipComment, r.ConcurrencyStamp, sha256);

    /// <summary>The collected text of a large plan may be long: the draft keeps the whole lines that fit, for the Office to edit down.</summary>
    private static string Truncated(string text)
    {
        if (text.Length <= FieldLengths.ReportSection)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', FieldLengths.ReportSection);
        return cut > 0 ? text[..cut] : text[..FieldLengths.ReportSection];
    }
}
