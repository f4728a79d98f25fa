using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Surveys;
using SNgV.Portal.Web.Infrastructure.Exports;

namespace SNgV.Portal.Web.Features.SurveyResults;

/// <summary>The responses as a table: one row per response, one column per criterion, with the codes explained.</summary>
public sealed record ExportTable(string RoundSlug, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<(string Code, string Meaning)> Codes);

/// <summary>One query feeds both formats: the .xlsx (responses and a sheet of codes) and the .csv.</summary>
public sealed class SurveyExport(PortalDbContext db, SurveyResultsService results, SurveyService surveys)
{
    public const string NotApplicableCode = "KAD";

    public async Task<ExportTable?> TableAsync(ResultsFilter filter, CancellationToken cancellationToken)
    {
        var rounds = db.SurveyRounds.AsNoTracking();
        rounds = filter.RoundId is { } id ? rounds.Where(r => r.Id == id) : rounds.OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id);
        var round = await rounds.Select(r => new { r.Id, r.Slug, r.QuestionnaireId }).FirstOrDefaultAsync(cancellationToken);
        if (round is null)
        {
            return null;
        }

        var questionnaire = await surveys.QuestionnaireAsync(round.QuestionnaireId, cancellationToken);
        filter = filter with { RoundId = round.Id };
        var criteria = questionnaire.Criteria.ToList();
        var profile = questionnaire.ProfileQuestions;
        var options = profile.SelectMany(q => q.Options).ToDictionary(o => o.Id, o => o.Code);

        var responses = await results.Counted(filter).OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Join(db.Procedures, r => r.AdministrativeProcedureId, p => p.Id, (r, p) => new
            {
                r.ReferenceNumber,
                r.SubmittedOn,
                r.ReportingYear,
                r.ReportingQuarter,
                r.Channel,
                Procedure = p.Name,
                r.OverallScore,
                r.Comment,
                Answers = r.Answers.Select(a => new { a.CriterionId, a.Score }).ToList(),
                Profile = r.Profile.Select(a => new { a.ProfileQuestionId, a.ProfileOptionId }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var header = new List<string> { "SoThamChieu", "NgayGui", "Quy", "KenhTraLoi", "ThuTuc" };
        header.AddRange(criteria.Select(c => "TC" + c.Code));
        header.Add("HaiLongChung");
        header.AddRange(profile.Select(q => q.Code));
        header.Add("YKien");

        var rows = responses.Select(r =>
        {
            var scores = r.Answers.ToDictionary(a => a.CriterionId, a => a.Score);
            var chosen = r.Profile.ToDictionary(a => a.ProfileQuestionId, a => options.GetValueOrDefault(a.ProfileOptionId, ""));
            var row = new List<string>
            {
                r.ReferenceNumber,
                r.SubmittedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                ReportingPeriod.Quarter(r.ReportingYear, r.ReportingQuarter).Label,
                r.Channel == SurveyChannel.Paper ? "giay" : "truc-tuyen",
                r.Procedure,
            };
            row.AddRange(criteria.Select(c => scores.TryGetValue(c.Id, out var s) ? s?.ToString(CultureInfo.InvariantCulture) ?? NotApplicableCode : ""));
            row.Add(r.OverallScore?.ToString(CultureInfo.InvariantCulture) ?? "");
            row.AddRange(profile.Select(q => chosen.GetValueOrDefault(q.Id, "")));
            row.Add(r.Comment ?? "");
            return (IReadOnlyList<string>)row;
        }).ToList();

        var codes = new List<(string, string)>
        {
            ("SoThamChieu", "Số tham chiếu của phiếu"),
            ("NgayGui", "Ngày gửi phiếu (giờ Việt Nam)"),
            ("Quy", "Quý báo cáo theo Nghị định 09/2019/NĐ-CP (15 tháng trước quý – 14 tháng cuối quý)"),
            ("KenhTraLoi", "truc-tuyen = trả lời trực tuyến; giay = phiếu giấy do Văn phòng nhập"),
            ("ThuTuc", "Thủ tục người trả lời đã thực hiện"),
        };
        codes.AddRange(criteria.Select(c => ("TC" + c.Code, c.Text.Vi)));
        codes.Add(("HaiLongChung", questionnaire.OverallQuestion.Vi));
        codes.Add(("1 … 5", "1 Rất không hài lòng · 2 Không hài lòng · 3 Bình thường · 4 Hài lòng · 5 Rất hài lòng"));
        codes.Add((NotApplicableCode, "Không áp dụng (không tính vào chỉ số)"));
        codes.AddRange(profile.Select(q => (q.Code, $"{q.Text.Vi}: " + string.Join("; ", q.Options.Select(o => $"{o.Code} = {o.Text.Vi}")))));
        codes.Add(("YKien", "Ý kiến góp ý"));
        return new ExportTable(round.Slug, header, rows, codes);
    }

    /// <summary>RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read the Vietnamese letters.</summary>
    public static byte[] Csv(ExportTable table)
    {
        var text = new StringBuilder();
        foreach (var line in new[] { table.Header }.Concat(table.Rows))
        {
            text.Append(string.Join(',', line.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The responses on sheet "Phieu" (scores as numbers), the meaning of every code on sheet "Ma".</summary>
    public static byte[] Xlsx(ExportTable table) => SpreadsheetWriter.Write(
        new SpreadsheetSheet("Phieu", table.Header, table.Rows.Select(r => (IReadOnlyList<object?>)r.Select(Typed).ToList())),
        new SpreadsheetSheet("Ma", ["Mã", "Ý nghĩa"], table.Codes.Select(c => (IReadOnlyList<object?>)[c.Code, c.Meaning])));

    /// <summary>Scores and small codes (one or two digits) as numbers, everything else as text.</summary>
    private static object Typed(string value) =>
        value.Length < 3 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : value;

    /// <summary>Quoted when needed; a free text starting like a formula is prefixed so that no spreadsheet runs it.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '-' && !decimal.TryParse(value, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
