using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// The counts the proposed text (đánh giá chung, tồn tại, khó khăn, đề xuất, nhiệm vụ kỳ tới) is written from, taken
/// from the same assembly as the tables. A draft keeps the figures its text was proposed from, so that the portal can
/// tell when the tables have moved on and the text no longer matches them.
/// </summary>
/// <param name="LateOrAtRisk">The codes of the unfinished tasks that are late or at risk, as the next-tasks text names them.</param>
/// <param name="Difficulties">The lines of "Khó khăn, vướng mắc" proposed from the units' updates (after merging).</param>
/// <param name="Proposals">The lines of "Đề xuất, kiến nghị" proposed from the units' updates (after merging).</param>
public sealed record ReportFigures(
    int Total,
    int UpdatedInPeriod,
    int Completed,
    int InProgress,
    int NotStarted,
    int Paused,
    int Late,
    int AtRisk,
    int Silent,
    int Unfinished,
    string LateOrAtRisk,
    int Difficulties,
    int Proposals)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The figures stored on a draft; null for a draft created before the portal kept them, or unreadable.</summary>
    public static ReportFigures? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReportFigures>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What changed since <paramref name="before"/>, one line per figure: "Số nhiệm vụ hoàn thành: 2 → 4".</summary>
    public IReadOnlyList<string> ChangesSince(ReportFigures before)
    {
        var changes = new List<string>();
        void Count(string label, int then, int now)
        {
            if (then != now)
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: {then} → {now}"));
            }
        }

        Count("Tổng số nhiệm vụ", before.Total, Total);
        Count("Số nhiệm vụ được báo cáo kết quả và được xác nhận trong kỳ", before.UpdatedInPeriod, UpdatedInPeriod);
        Count("Số nhiệm vụ hoàn thành", before.Completed, Completed);
        Count("Số nhiệm vụ đang thực hiện", before.InProgress, InProgress);
        Count("Số nhiệm vụ chưa triển khai", before.NotStarted, NotStarted);
        Count("Số nhiệm vụ tạm dừng", before.Paused, Paused);
        Count("Số nhiệm vụ chậm tiến độ", before.Late, Late);
        Count("Số nhiệm vụ có nguy cơ chậm", before.AtRisk, AtRisk);
        Count("Số nhiệm vụ chưa hoàn thành nhưng chưa có báo cáo kết quả trong kỳ", before.Silent, Silent);
        Count("Số nhiệm vụ chưa hoàn thành", before.Unfinished, Unfinished);
        if (before.LateOrAtRisk != LateOrAtRisk)
        {
            var then = Codes(before.LateOrAtRisk);
            var now = Codes(LateOrAtRisk);
            var added = now.Except(then).ToList();
            var gone = then.Except(now).ToList();
            changes.Add("Nhiệm vụ chậm hoặc có nguy cơ chậm: " + string.Join("; ",
                new[] { (added, "thêm"), (gone, "không còn") }.Where(c => c.Item1.Count > 0).Select(c => $"{c.Item2} {string.Join(", ", c.Item1)}")));
        }

        Count("Số ý kiến khó khăn, vướng mắc của các đơn vị", before.Difficulties, Difficulties);
        Count("Số đề xuất, kiến nghị của các đơn vị", before.Proposals, Proposals);
        return changes;

        static string[] Codes(string codes) => codes.Split(", ", StringSplitOptions.RemoveEmptyEntries);
    }
}
