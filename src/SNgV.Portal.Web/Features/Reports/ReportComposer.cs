using System.Globalization;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>What the Office writes on a report, as the composer reads it.</summary>
public sealed record ReportText(
    ReportKind Kind,
    int Year,
    int? Quarter,
    string Summary,
    string GeneralAssessment,
    string Shortcomings,
    string Difficulties,
    string Proposals,
    string NextTasks,
    ReportSignature Signature,
    string Recipients,
    int? Number,
    DateOnly? IssuedOn)
{
    public static ReportText Of(Report report) => new(
        report.Kind, report.Year, report.Quarter, report.Summary, report.GeneralAssessment, report.Shortcomings, report.Difficulties,
        report.Proposals, report.NextTasks, new ReportSignature(report.SignerAuthority, report.SignerTitle, report.SignerName),
        report.Recipients, report.Number, report.IssuedOn);
}

/// <summary>
/// Lays out a report in the administrative format of Decree 30/2020/NĐ-CP (reports.md) from the assembled figures and
/// the Office's text. Pure: the same data and text always give the same document.
/// </summary>
public static class ReportComposer
{
    public const string ParentAuthority = "UBND TỈNH QUẢNG TRỊ";
    public const string Agency = "SỞ NGOẠI VỤ";
    public const string Place = "Quảng Trị";
    public const string Symbol = "BC-SNgV";
    public const string Archive = "Lưu: VT, VP";

    public const string DeputySigningFor = "KT. GIÁM ĐỐC";
    public const string DeputyTitle = "PHÓ GIÁM ĐỐC";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Misspellings found in plans' recipient lists, and how they are written.</summary>
    private static readonly (string Wrong, string Right)[] RecipientCorrections = [("Công thông tin", "Cổng thông tin")];

    private static readonly char[] ClosingPunctuation = ['.', ';', ',', ':', '!', '…', ' '];

    private static readonly char[] Bullets = ['-', '–', '•', '*', '+', ' '];

    public static ReportDocument Compose(ReportData data, ReportText text)
    {
        var header = new ReportHeader(
            ParentAuthority,
            Agency,
            NumberLine(text.Number),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            PlaceAndDate(text.IssuedOn, data.To.Year));

        var period = PeriodOf(data, text);
        var body = new List<ReportBlock>
        {
            new ReportParagraph($"Thực hiện Kế hoạch số {data.Plan.Number} ngày {Date(data.Plan.IssuedOn)} của Sở Ngoại vụ về {LowerFirst(data.Plan.Title)}, " +
                $"Sở Ngoại vụ báo cáo kết quả thực hiện {period}" +
                (text.Kind == ReportKind.AdHoc ? "" : $" (số liệu tính từ ngày {Date(data.From)} đến ngày {Date(data.To)})") + " như sau:"),
            new ReportHeading(1, "I. KẾT QUẢ THỰC HIỆN"),
            new ReportHeading(2, "1. Tình hình chung"),
        };
        body.AddRange(Overview(data));
        body.AddRange(Paragraphs(text.GeneralAssessment));
        body.Add(new ReportHeading(2, "2. Kết quả thực hiện theo từng nhóm giải pháp"));
        body.Add(new ReportParagraph("Kết quả thực hiện từng nhiệm vụ của Kế hoạch được tổng hợp tại Phụ lục kèm theo Báo cáo này; kết quả theo từng nhóm giải pháp như sau:"));
        body.AddRange(ByArea(data));
        body.Add(new ReportHeading(2, "3. Nhiệm vụ chậm tiến độ, chưa có báo cáo trong kỳ"));
        body.AddRange(LateAndSilent(data));
        body.Add(new ReportHeading(2, "4. Kết quả khảo sát sự hài lòng của người dân, tổ chức (SIPAS)"));
        body.AddRange(Survey(data.Survey));
        body.Add(new ReportHeading(2, "5. Tiếp nhận, giải quyết thủ tục hành chính"));
        body.AddRange(Dossiers(data.Dossiers));
        body.Add(Recruitment(data.Recruitment));
        body.Add(new ReportHeading(2, "6. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"));
        body.AddRange(Pci(data.Pci));
        body.Add(new ReportHeading(2, "7. Công tác theo dõi, đôn đốc"));
        body.AddRange(Chasing(data.Chasing));
        body.Add(new ReportHeading(1, "II. TỒN TẠI, HẠN CHẾ VÀ KHÓ KHĂN, VƯỚNG MẮC"));
        body.Add(new ReportHeading(2, "1. Tồn tại, hạn chế"));
        body.AddRange(Paragraphs(text.Shortcomings));
        body.Add(new ReportHeading(2, "2. Khó khăn, vướng mắc"));
        body.AddRange(Paragraphs(text.Difficulties));
        body.Add(new ReportHeading(1, "III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI"));
        body.AddRange(Paragraphs(text.NextTasks));
        body.Add(new ReportHeading(1, "IV. ĐỀ XUẤT, KIẾN NGHỊ"));
        body.AddRange(Paragraphs(text.Proposals));
        body.Add(new ReportParagraph($"Trên đây là báo cáo kết quả thực hiện Kế hoạch số {data.Plan.Number} {period} của Sở Ngoại vụ./."));

        return new ReportDocument(header, "BÁO CÁO", text.Summary, body, text.Signature, RecipientLines(text.Recipients), TaskRows(data));
    }

    /// <summary>The counts the proposed text is written from, from the same tasks and remarks as the tables.</summary>
    public static ReportFigures Figures(ReportData data)
    {
        var c = StatusCounts.Of(data.Tasks);
        return new ReportFigures(
            c.Total, c.UpdatedInPeriod, c.Completed, c.InProgress, c.NotStarted, c.Paused, c.Late, c.AtRisk, c.Silent,
            data.Tasks.Count(t => t.Percent < 100),
            string.Join(", ", LateOrAtRiskCodes(data)),
            MergedRemarks(data.Difficulties).Count,
            MergedRemarks(data.Proposals).Count);
    }

    /// <summary>
    /// The Office's starting text, written from <see cref="Figures"/>: what the figures say, and the difficulties and
    /// proposals the units reported, grouped by unit with near-duplicates merged.
    /// </summary>
    public static ReportNarrative ProposedNarrative(ReportData data)
    {
        var f = Figures(data);
        var reported = f.UpdatedInPeriod switch
        {
            0 => $"trong kỳ chưa có nhiệm vụ nào được báo cáo kết quả và được Văn phòng Sở xác nhận (Kế hoạch có {f.Total} nhiệm vụ)",
            _ when f.UpdatedInPeriod == f.Total && f.Total > 1 => $"trong kỳ, tất cả {f.Total} nhiệm vụ đều được báo cáo kết quả và được Văn phòng Sở xác nhận",
            _ => $"trong kỳ có {f.UpdatedInPeriod} trên tổng số {f.Total} nhiệm vụ được báo cáo kết quả và được Văn phòng Sở xác nhận",
        };
        var completed = f.Completed switch
        {
            0 => "chưa có nhiệm vụ nào hoàn thành",
            _ when f.Completed == f.Total && f.Total > 1 => $"tất cả {f.Completed} nhiệm vụ đã hoàn thành",
            _ => $"{f.Completed} nhiệm vụ đã hoàn thành",
        };
        var schedule = (f.Late == 0 ? "không còn nhiệm vụ chậm tiến độ" : $"còn {f.Late} nhiệm vụ chậm tiến độ") +
            (f.AtRisk == 0 ? "" : $", {f.AtRisk} nhiệm vụ có nguy cơ chậm");
        var general = $"Các phòng, đơn vị thuộc Sở đã triển khai các nhiệm vụ được giao tại Kế hoạch số {data.Plan.Number}; {reported}. " +
            $"Tính đến ngày {Date(data.To)}, {completed}; {schedule}.";

        var shortcomings = new List<string>();
        if (f.Late > 0)
        {
            var late = data.Tasks.Where(t => t.ScheduleStatus == ScheduleStatus.Late).Select(t => t.Code).ToList();
            shortcomings.Add($"- Còn {f.Late} nhiệm vụ chậm tiến độ: {CodeList(late)}.");
        }

        if (f.Silent > 0)
        {
            shortcomings.Add($"- Có {f.Silent} nhiệm vụ chưa hoàn thành nhưng chưa có báo cáo kết quả trong kỳ (chi tiết tại mục I.3).");
        }

        var lateCodes = LateOrAtRiskCodes(data);
        var nextTasks = f.Unfinished == 0
            ? "- Duy trì, phát huy kết quả các nhiệm vụ đã hoàn thành của Kế hoạch."
            : $"- Tiếp tục triển khai {f.Unfinished} nhiệm vụ chưa hoàn thành" + lateCodes.Count switch
            {
                0 => ".",
                1 => $", tập trung vào nhiệm vụ chậm hoặc có nguy cơ chậm tiến độ: {lateCodes[0]}.",
                _ => $", tập trung vào các nhiệm vụ chậm hoặc có nguy cơ chậm tiến độ: {CodeList(lateCodes)}.",
            };
        return new ReportNarrative(
            general,
            string.Join("\n", shortcomings),
            string.Join("\n", MergedRemarks(data.Difficulties)),
            string.Join("\n", MergedRemarks(data.Proposals)),
            nextTasks,
            f);
    }

    /// <summary>
    /// The units' remarks, one line per unit and remark, the tasks it concerns in brackets: "- Phòng X (II.1.2, II.3.1): …";
    /// the units in the department's order, each unit's remarks in the order of the tasks they first concern.
    /// Remarks of one unit that differ only in spacing, case or closing punctuation are one remark.
    /// </summary>
    public static IReadOnlyList<string> MergedRemarks(IEnumerable<UnitRemark> remarks) =>
        remarks.Where(r => RemarkKey(r.Text).Length > 0)
            .GroupBy(r => r.Unit, StringComparer.Ordinal)
            .OrderBy(unit => unit.Min(r => r.UnitOrder))
            .SelectMany(unit => unit.GroupBy(r => RemarkKey(r.Text), StringComparer.Ordinal)
                .Select(same => $"- {unit.Key} ({string.Join(", ", same.Select(r => r.TaskCode).Distinct(StringComparer.Ordinal))}): {Sentence(same.First().Text)}"))
            .ToList();

    /// <summary>
    /// The signer as the plan names it, in the form of Decree 30/2020, art. 13: a deputy (in charge or not) signs for
    /// the director, "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC".
    /// </summary>
    public static ReportSignature DefaultSignature(ReportPlan plan)
    {
        var title = plan.SignerTitle.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return title.ToUpper(Vietnamese).StartsWith(DeputyTitle, StringComparison.Ordinal)
            ? new ReportSignature(DeputySigningFor, DeputyTitle, plan.SignerName)
            : new ReportSignature("", title, plan.SignerName);
    }

    /// <summary>Nơi nhận as set by default: the plan's own recipients, the archive last.</summary>
    public static string DefaultRecipients(ReportPlan plan) =>
        string.Join("\n", plan.Recipients.Where(r => !r.StartsWith("Lưu", StringComparison.Ordinal)).Select(CorrectedRecipient).Append(Archive));

    /// <summary>A recipient copied from the plan, without its known typos and with a capital first letter.</summary>
    public static string CorrectedRecipient(string recipient)
    {
        var corrected = recipient.Trim();
        foreach (var (wrong, right) in RecipientCorrections)
        {
            corrected = corrected.Replace(wrong, right, StringComparison.OrdinalIgnoreCase);
        }

        return corrected.Length == 0 ? corrected : char.ToUpper(corrected[0], Vietnamese) + corrected[1..];
    }

    public static string NumberLine(int? number) => number is { } n ? $"Số: {n:00}/{Symbol}" : $"Số:        /{Symbol}";

    /// <summary>"Quảng Trị, ngày 05 tháng 4 năm 2019": the day with two digits, months 1 and 2 with a leading 0.</summary>
    public static string PlaceAndDate(DateOnly? date, int draftYear) => date is { } d
        ? $"{Place}, ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}"
        : $"{Place}, ngày      tháng      năm {draftYear}";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.00", Vietnamese) + " %" : "—";

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static IEnumerable<ReportBlock> Overview(ReportData data)
    {
        var c = StatusCounts.Of(data.Tasks);
        if (c.Total == 0)
        {
            yield return new ReportParagraph("Kế hoạch chưa có nhiệm vụ.");
        }
        else
        {
            var statuses = new[] { (c.Completed, "hoàn thành"), (c.InProgress, "đang thực hiện"), (c.NotStarted, "chưa triển khai"), (c.Paused, "tạm dừng") }
                .Where(s => s.Item1 > 0).Select(s => $"{s.Item1} nhiệm vụ {s.Item2}");
            var schedule = c.Late + c.AtRisk == 0
                ? "không có nhiệm vụ chậm hoặc có nguy cơ chậm tiến độ"
                : string.Join(", ", new[] { (c.Late, "chậm tiến độ"), (c.AtRisk, "có nguy cơ chậm") }.Where(s => s.Item1 > 0).Select(s => $"{s.Item1} nhiệm vụ {s.Item2}"));
            yield return new ReportParagraph(
                $"Kế hoạch có {c.Total} nhiệm vụ thuộc {data.Areas.Count} nhóm giải pháp. Tính đến ngày {Date(data.To)}: {string.Join(", ", statuses)}; {schedule}" +
                (c.Silent == 0 ? "." : $"; {c.Silent} nhiệm vụ chưa hoàn thành nhưng chưa có báo cáo kết quả trong kỳ."));
        }

        var rows = data.Areas.Select(a =>
        {
            var area = StatusCounts.Of(data.Tasks.Where(t => t.AreaNumber == a.Number).ToList());
            return (IReadOnlyList<string>)[a.Code, Count(area.Total), Count(area.Completed), Count(area.InProgress), Count(area.NotStarted + area.Paused), Count(area.Late), Mean(area.MeanPercent)];
        }).ToList();
        rows.Add(["Tổng cộng", Count(c.Total), Count(c.Completed), Count(c.InProgress), Count(c.NotStarted + c.Paused), Count(c.Late), Mean(c.MeanPercent)]);
        yield return new ReportTable(
            ["Nhóm giải pháp", "Số nhiệm vụ", "Hoàn thành", "Đang thực hiện", "Chưa triển khai, tạm dừng", "Chậm tiến độ", "Tỷ lệ hoàn thành bình quân"],
            [16, 12, 12, 14, 16, 12, 18],
            rows);
    }

    private static IEnumerable<ReportBlock> ByArea(ReportData data)
    {
        var support = data.SupportingResults.ToLookup(r => r.TaskCode, StringComparer.Ordinal);
        var letter = 'a';
        foreach (var area in data.Areas)
        {
            yield return new ReportHeading(3, $"{letter++}) {area.Title} (mục {area.Code})");
            var tasks = data.Tasks.Where(t => t.AreaNumber == area.Number).ToList();
            if (tasks.Count == 0)
            {
                yield return new ReportParagraph("Nhóm giải pháp chưa có nhiệm vụ.");
                continue;
            }

            yield return new ReportTable(
                ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả thực hiện", "Tiến độ"],
                [7, 33, 15, 30, 15],
                tasks.Select(t => (IReadOnlyList<string>)[t.Code, t.Title, t.LeadUnit, Result(t, support), Progress(t)]).ToList());
        }
    }

    private static IEnumerable<ReportBlock> LateAndSilent(ReportData data)
    {
        var late = data.Tasks.Where(t => t.ScheduleStatus == ScheduleStatus.Late).ToList();
        var silent = data.Tasks.Where(t => !t.UpdatedInPeriod && t.Percent < 100).ToList();
        yield return new ReportParagraph(late.Count == 0
            ? "Không có nhiệm vụ chậm tiến độ."
            : $"Nhiệm vụ chậm tiến độ ({late.Count}): " + string.Join("; ", late.Select(t => $"{t.Code} ({t.LeadUnit}, hạn {Date(t.EffectiveDueOn)}, đạt {t.Percent}%)")) + ".");
        yield return new ReportParagraph(silent.Count == 0
            ? "Tất cả nhiệm vụ chưa hoàn thành đều có báo cáo kết quả trong kỳ."
            : $"Nhiệm vụ chưa hoàn thành và chưa có báo cáo kết quả trong kỳ ({silent.Count}): " + string.Join("; ", silent.Select(t => $"{t.Code} ({t.LeadUnit})")) + ".");
    }

    private static IEnumerable<ReportBlock> Survey(ReportSurvey? survey)
    {
        if (survey is null || survey.Responses == 0)
        {
            yield return new ReportParagraph("Trong kỳ chưa có phiếu khảo sát sự hài lòng nào được tính vào kết quả.");
            yield break;
        }

        yield return new ReportParagraph(
            $"Trong kỳ có {Count(survey.Responses)} phiếu khảo sát được tính vào kết quả. Chỉ số hài lòng chung (SIPAS) đạt {Percent(survey.Sipas)}; " +
            "chỉ số của từng yếu tố như sau (tỷ lệ câu trả lời \"hài lòng\" và \"rất hài lòng\" trên số câu trả lời hợp lệ):");
        yield return new ReportTable(
            ["Yếu tố", "Chỉ số"],
            [75, 25],
            survey.Elements.Select(e => (IReadOnlyList<string>)[$"{e.Number}. {e.Name}", Percent(e.Index)])
                .Append(["Chỉ số hài lòng chung (SIPAS)", Percent(survey.Sipas)]).ToList());
        if (survey.Small)
        {
            yield return new ReportParagraph($"Lưu ý: số phiếu (n = {Count(survey.Responses)}) còn ít, các chỉ số chưa đủ tin cậy để so sánh.", Italic: true);
        }
    }

    private static IEnumerable<ReportBlock> Dossiers(IReadOnlyList<ReportProcedureFigures> dossiers)
    {
        if (dossiers.Count == 0)
        {
            yield return new ReportParagraph("Trong kỳ Bộ phận Một cửa không tiếp nhận hồ sơ thủ tục hành chính nào.");
            yield break;
        }

        var received = dossiers.Sum(d => d.Figures.Received);
        var early = dossiers.Sum(d => d.Figures.Early);
        var onTime = dossiers.Sum(d => d.Figures.OnTime);
        var late = dossiers.Sum(d => d.Figures.Late);
        var inProgress = dossiers.Sum(d => d.Figures.InProgress);
        var overdue = dossiers.Sum(d => d.Figures.OverdueNow);
        var finished = early + onTime + late;
        var share = finished == 0 ? "—" : Percent(100m * (early + onTime) / finished);
        yield return new ReportParagraph(
            $"Bộ phận Một cửa tiếp nhận {Count(received)} hồ sơ; đã giải quyết {Count(finished)} hồ sơ ({Count(early)} trước hạn, {Count(onTime)} đúng hạn, " +
            $"{Count(late)} trễ hạn; tỷ lệ đúng hạn {share}); đang giải quyết {Count(inProgress)} hồ sơ, trong đó {Count(overdue)} hồ sơ quá hạn.");
        yield return new ReportTable(
            ["Thủ tục hành chính", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Trễ hạn", "Đang giải quyết"],
            [40, 12, 12, 12, 12, 12],
            dossiers.Select(d => (IReadOnlyList<string>)[d.Procedure, Count(d.Figures.Received), Count(d.Figures.Early), Count(d.Figures.OnTime), Count(d.Figures.Late), Count(d.Figures.InProgress)])
                .Append(["Tổng cộng", Count(received), Count(early), Count(onTime), Count(late), Count(inProgress)]).ToList());
    }

    private static ReportParagraph Recruitment(ReportRecruitment recruitment) =>
        new(recruitment.Notices == 0
            ? "Tuyển dụng lao động Việt Nam làm việc cho tổ chức, dự án nước ngoài (mục II.5, II.7 của Kế hoạch): trong kỳ không đăng tin tuyển dụng nào trên Cổng thông tin."
            : $"Tuyển dụng lao động Việt Nam làm việc cho tổ chức, dự án nước ngoài (mục II.5, II.7 của Kế hoạch): trong kỳ đăng {Count(recruitment.Notices)} tin tuyển dụng " +
              $"trên Cổng thông tin với {Count(recruitment.Posts)} vị trí cần tuyển" +
              (recruitment.WithResults == 0 ? "; chưa có tin nào có kết quả tuyển chọn." : $"; {Count(recruitment.WithResults)} tin đã có kết quả, tuyển được {Count(recruitment.Filled)} người."));

    private static IEnumerable<ReportBlock> Pci(ReportPci? pci)
    {
        if (pci is null)
        {
            yield return new ReportParagraph("Chưa có kết quả PCI được công bố cho kỳ báo cáo.");
            yield break;
        }

        var latest = pci.Years[^1];
        var rank = latest.Rank is { } r ? $", xếp hạng {r}/63" : " (không công bố xếp hạng)";
        yield return new ReportParagraph($"Năm {latest.Year}, chỉ số PCI của tỉnh Quảng Trị đạt {Score(latest.Composite)} điểm{rank}. Diễn biến qua các năm:");
        yield return new ReportTable(
            ["Năm", "Điểm tổng hợp", "Xếp hạng"],
            [30, 35, 35],
            pci.Years.Select(y => (IReadOnlyList<string>)[y.Year.ToString(CultureInfo.InvariantCulture), Score(y.Composite), y.Rank is { } n ? $"{n}/63" : "không công bố"]).ToList());
        if (pci.MostLost.Count > 0)
        {
            yield return new ReportParagraph("Các chỉ số thành phần mất nhiều điểm nhất (trọng số × (10 − điểm)): " +
                string.Join("; ", pci.MostLost.Select(l => $"{l.SubIndex} ({Score(l.Score)} điểm, mất {Score(l.PointsLost)} điểm)")) + ".");
        }
    }

    /// <summary>Section I.7: the reminders sent within the cut-off, to which units, and how many of them reported afterwards.</summary>
    private static IEnumerable<ReportBlock> Chasing(ReportChasing chasing)
    {
        if (chasing.Reminders == 0)
        {
            yield return new ReportParagraph("Văn phòng Sở theo dõi tiến độ qua báo cáo của các đơn vị trên Cổng thông tin; trong kỳ không phải gửi nhắc nhở, đôn đốc đơn vị nào.");
            yield break;
        }

        var kinds = chasing.SentByOffice switch
        {
            0 => " (đều là nhắc nhở tự động khi nhiệm vụ sắp đến hạn hoặc kỳ báo cáo sắp kết thúc)",
            _ when chasing.Automatic == 0 => " (đều do Văn phòng Sở gửi)",
            _ => $" ({chasing.SentByOffice} lượt do Văn phòng Sở gửi, {chasing.Automatic} lượt nhắc nhở tự động khi nhiệm vụ sắp đến hạn hoặc kỳ báo cáo sắp kết thúc)",
        };
        var units = chasing.Units;
        var to = units.Count == 1 ? $"đến {units[0].Unit}" : $"đến {units.Count} đơn vị";
        var missing = units.Where(u => !u.ReportedAfter).Select(u => u.Unit).ToList();
        var after = (units.Count, chasing.ReportedAfter) switch
        {
            (1, 1) => "Sau khi được đôn đốc, đơn vị đã gửi báo cáo tiến độ trong kỳ.",
            (1, 0) => "Đến ngày chốt số liệu, đơn vị chưa gửi báo cáo tiến độ sau khi được đôn đốc.",
            var (all, done) when done == all => $"Sau khi được đôn đốc, cả {all} đơn vị đều đã gửi báo cáo tiến độ trong kỳ.",
            (_, 0) => "Đến ngày chốt số liệu, chưa đơn vị nào gửi báo cáo tiến độ sau khi được đôn đốc.",
            var (all, done) => $"Sau khi được đôn đốc, {done}/{all} đơn vị đã gửi báo cáo tiến độ trong kỳ; chưa gửi: {string.Join(", ", missing)}.",
        };
        yield return new ReportParagraph($"Văn phòng Sở theo dõi tiến độ qua báo cáo của các đơn vị trên Cổng thông tin và đã gửi {chasing.Reminders} lượt nhắc nhở, đôn đốc{kinds} {to}. {after}");
        yield return new ReportTable(
            ["Đơn vị", "Số lượt đôn đốc", "Lần đầu", "Lần gần nhất", "Báo cáo sau khi được đôn đốc"],
            [32, 14, 17, 17, 20],
            units.Select(u => (IReadOnlyList<string>)[u.Unit, Count(u.Reminders), Date(u.FirstOn), Date(u.LastOn), u.ReportedAfter ? "Đã gửi" : "Chưa gửi"]).ToList());
    }

    private static List<ReportTaskRow> TaskRows(ReportData data)
    {
        var areaTitles = data.Areas.ToDictionary(a => a.Number, a => a.Title);
        var support = data.SupportingResults.ToLookup(r => r.TaskCode, StringComparer.Ordinal);
        return data.Tasks.Select(t => new ReportTaskRow(
            SolutionArea.CodeOf(t.AreaNumber),
            areaTitles.GetValueOrDefault(t.AreaNumber) ?? "",
            t.Code,
            t.Title,
            t.LeadUnit,
            t.Percent,
            DisplayNames.Of(t.Status),
            DisplayNames.Of(t.ScheduleStatus),
            Result(t, support),
            t.UpdatedInPeriod)).ToList();
    }

    /// <summary>Each line of the Office's text a paragraph; an empty section says so.</summary>
    private static IEnumerable<ReportBlock> Paragraphs(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? [new ReportParagraph("Không có.")] : lines.Select(l => new ReportParagraph(l));
    }

    private static List<string> RecipientLines(string recipients)
    {
        var lines = recipients.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('-', ' ').TrimEnd(';', '.', ' ')).Where(l => l.Length > 0).ToList();
        return lines.Select((l, i) => $"- {l}{(i == lines.Count - 1 ? "." : ";")}").ToList();
    }

    private static string Result(ReportTask task) => task.WorkDone is { } done
        ? (task.ReportedLate ? "(Nộp muộn) " : "") + OneLine(done)
        : "Chưa có báo cáo kết quả được duyệt.";

    /// <summary>The lead unit's result, then on a line of its own each supporting unit's: "Phòng Y (phối hợp): …".</summary>
    private static string Result(ReportTask task, ILookup<string, SupportingResult> support) =>
        string.Join("\n", support[task.Code].Select(s => $"{s.Unit} (phối hợp): {OneLine(s.WorkDone)}").Prepend(Result(task)));

    /// <summary>How the period reads in the opening and closing sentences: an ad-hoc report by its own range.</summary>
    private static string PeriodOf(ReportData data, ReportText text) => text.Kind == ReportKind.AdHoc
        ? ReportPeriods.RangePhrase(data.From, data.To)
        : ReportPeriods.PeriodPhrase(text.Kind, text.Year, text.Quarter);

    /// <summary>The unfinished tasks that are late or at risk, by code, in the plan's order.</summary>
    private static List<string> LateOrAtRiskCodes(ReportData data) =>
        data.Tasks.Where(t => t.Percent < 100 && t.ScheduleStatus is ScheduleStatus.Late or ScheduleStatus.AtRisk).Select(t => t.Code).ToList();

    /// <summary>Up to ten codes named; beyond that, a pointer to the annex, which gives every task's progress against its due date.</summary>
    private static string CodeList(List<string> codes) =>
        codes.Count <= 10 ? string.Join(", ", codes) : string.Join(", ", codes.Take(10)) + $" và {codes.Count - 10} nhiệm vụ khác (chi tiết tại Phụ lục kèm theo)";

    /// <summary>What makes two remarks the same: the words, whatever the spacing, case, bullet or closing punctuation.</summary>
    private static string RemarkKey(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimStart(Bullets).TrimEnd(ClosingPunctuation).ToLower(Vietnamese);

    /// <summary>A remark as one sentence: on one line, without a bullet, a capital first letter and a full stop.</summary>
    private static string Sentence(string text)
    {
        var sentence = string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimStart(Bullets).TrimEnd(ClosingPunctuation);
        return sentence.Length == 0 ? sentence : char.ToUpper(sentence[0], Vietnamese) + sentence[1..] + ".";
    }

    private static string Progress(ReportTask task) => $"{task.Percent}% — {DisplayNames.Of(task.Status)}" +
        (task.ScheduleStatus is ScheduleStatus.Late or ScheduleStatus.AtRisk ? $" ({DisplayNames.Of(task.ScheduleStatus).ToLower(Vietnamese)})" : "");

    private static string OneLine(string text) => string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], Vietnamese) + text[1..];

    private static string Count(long value) => value.ToString("N0", Vietnamese);

    private static string Score(decimal value) => value.ToString("0.00", Vietnamese);

    private static string Mean(double? value) => value is { } v ? v.ToString("0.0", Vietnamese) + "%" : "—";

    private sealed record StatusCounts(int Total, int Completed, int InProgress, int NotStarted, int Paused, int Late, int AtRisk, int Silent, int UpdatedInPeriod, double? MeanPercent)
    {
        public static StatusCounts Of(IReadOnlyCollection<ReportTask> tasks) => new(
            tasks.Count,
            tasks.Count(t => t.Status == TaskProgressStatus.Completed),
            tasks.Count(t => t.Status == TaskProgressStatus.InProgress),
            tasks.Count(t => t.Status == TaskProgressStatus.NotStarted),
            tasks.Count(t => t.Status == TaskProgressStatus.Paused),
            tasks.Count(t => t.ScheduleStatus == ScheduleStatus.Late),
            tasks.Count(t => t.ScheduleStatus == ScheduleStatus.AtRisk),
            tasks.Count(t => !t.UpdatedInPeriod && t.Percent < 100),
            tasks.Count(t => t.UpdatedInPeriod),
            tasks.Count == 0 ? null : tasks.Average(t => t.Percent));
    }
}
