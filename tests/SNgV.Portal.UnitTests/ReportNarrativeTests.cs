using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Reports;

namespace SNgV.Portal.UnitTests;

/// <summary>The text the portal proposes for a draft: written from the figures, readable for 0 and 1, remarks merged by unit.</summary>
public sealed class ReportNarrativeTests
{
    private static readonly ReportPlan Plan = new(1, "95/KH-SNgV", new DateOnly(2019, 1, 30), "Duy trì nâng cao PCI và SIPAS năm 2019",
        "PHÓ GIÁM ĐỐC PHỤ TRÁCH", "Trần Khánh Phôi", ["UBND tỉnh", "các PGĐ", "Công thông tin điện tử Sở", "Lưu VT, VP"]);

    [Fact]
    public void Remarks_are_grouped_by_unit_near_duplicates_merged_each_with_the_tasks_it_concerns()
    {
        var lines = ReportComposer.MergedRemarks(
        [
            new UnitRemark("Phòng Hợp tác quốc tế", "II.1.2", "Kinh phí còn hạn chế", 4),
            new UnitRemark("Phòng Lãnh sự", "II.1.2", "Thiếu cán bộ tiếp nhận hồ sơ.", 3),
            new UnitRemark("Phòng Lãnh sự", "II.3.1", "  thiếu  cán bộ tiếp nhận\nhồ sơ ;", 3),
            new UnitRemark("Phòng Lãnh sự", "II.3.1", "Phần mềm một cửa đôi khi gián đoạn.", 3),
            new UnitRemark("Phòng Hợp tác quốc tế", "II.4.2", "- Kinh phí còn hạn chế.", 4),
            new UnitRemark("Phòng Lãnh sự", "II.4.2", "THIẾU CÁN BỘ TIẾP NHẬN HỒ SƠ!", 3),
            new UnitRemark("Phòng Lãnh sự", "II.5.1", "   ", 3),
        ]);

        // Phòng Lãnh sự comes before Phòng Hợp tác quốc tế in the department's order, though its first remark is on the same task.
        Assert.Equal(
        [
            "- Phòng Lãnh sự (II.1.2, II.3.1, II.4.2): Thiếu cán bộ tiếp nhận hồ sơ.",
            "- Phòng Lãnh sự (II.3.1): Phần mềm một cửa đôi khi gián đoạn.",
            "- Phòng Hợp tác quốc tế (II.1.2, II.4.2): Kinh phí còn hạn chế.",
        ], lines);
    }

    [Fact]
    public void With_nothing_late_nothing_done_and_nothing_reported_the_text_never_says_0()
    {
        var data = Data([Task(1, 1, 0, TaskProgressStatus.NotStarted, ScheduleStatus.OnTrack, updated: false), Task(1, 2, 0, TaskProgressStatus.NotStarted, ScheduleStatus.OnTrack, updated: false)]);

        var narrative = ReportComposer.ProposedNarrative(data);
        var document = ReportComposer.Compose(data, Text(narrative));

        Assert.Contains("trong kỳ chưa có nhiệm vụ nào được báo cáo kết quả và được Văn phòng Sở xác nhận (Kế hoạch có 2 nhiệm vụ)", narrative.GeneralAssessment, StringComparison.Ordinal);
        Assert.Contains("chưa có nhiệm vụ nào hoàn thành; không còn nhiệm vụ chậm tiến độ.", narrative.GeneralAssessment, StringComparison.Ordinal);
        Assert.DoesNotContain("chậm tiến độ", narrative.Shortcomings, StringComparison.Ordinal);
        var text = string.Join("\n", document.Body.OfType<ReportParagraph>().Select(p => p.Text).Append(narrative.Shortcomings).Append(narrative.NextTasks));
        Assert.DoesNotMatch(@"(^|\D)0 nhiệm vụ", text);
        Assert.Contains("Kế hoạch có 2 nhiệm vụ thuộc 1 nhóm giải pháp. Tính đến ngày 14/03/2019: 2 nhiệm vụ chưa triển khai; không có nhiệm vụ chậm hoặc có nguy cơ chậm tiến độ; " +
            "2 nhiệm vụ chưa hoàn thành nhưng chưa có báo cáo kết quả trong kỳ.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_late_task_is_named_and_every_count_in_the_text_is_the_count_of_the_tables()
    {
        var data = Data(
        [
            Task(1, 1, 100, TaskProgressStatus.Completed, ScheduleStatus.Completed, updated: true),
            Task(1, 2, 20, TaskProgressStatus.InProgress, ScheduleStatus.Late, updated: true),
            Task(1, 3, 50, TaskProgressStatus.InProgress, ScheduleStatus.OnTrack, updated: false),
        ]);

        var narrative = ReportComposer.ProposedNarrative(data);

        Assert.Equal(new ReportFigures(3, 2, 1, 2, 0, 0, 1, 0, 1, 2, "II.1.2", 0, 0), narrative.Figures);
        Assert.Equal("Các phòng, đơn vị thuộc Sở đã triển khai các nhiệm vụ được giao tại Kế hoạch số 95/KH-SNgV; trong kỳ có 2 trên tổng số 3 nhiệm vụ được báo cáo kết quả " +
            "và được Văn phòng Sở xác nhận. Tính đến ngày 14/03/2019, 1 nhiệm vụ đã hoàn thành; còn 1 nhiệm vụ chậm tiến độ.", narrative.GeneralAssessment);
        Assert.Equal("- Còn 1 nhiệm vụ chậm tiến độ: II.1.2.\n- Có 1 nhiệm vụ chưa hoàn thành nhưng chưa có báo cáo kết quả trong kỳ (chi tiết tại mục I.3).", narrative.Shortcomings);
        Assert.Equal("- Tiếp tục triển khai 2 nhiệm vụ chưa hoàn thành, tập trung vào nhiệm vụ chậm hoặc có nguy cơ chậm tiến độ: II.1.2.", narrative.NextTasks);
        var total = Assert.IsType<ReportTable>(ReportComposer.Compose(data, Text(narrative)).Body.First(b => b is ReportTable)).Rows[^1];
        Assert.Equal(["Tổng cộng", "3", "1", "2", "0", "1"], total.Take(6));
    }

    [Fact]
    public void The_figures_say_what_changed_in_the_words_of_the_report()
    {
        var before = new ReportFigures(20, 1, 2, 5, 13, 0, 3, 1, 4, 18, "II.1.2, II.4.2", 1, 0);
        var now = before with { UpdatedInPeriod = 3, Completed = 4, LateOrAtRisk = "II.4.2, II.5.1", Difficulties = 2 };

        Assert.Equal(
        [
            "Số nhiệm vụ được báo cáo kết quả và được xác nhận trong kỳ: 1 → 3",
            "Số nhiệm vụ hoàn thành: 2 → 4",
            "Nhiệm vụ chậm hoặc có nguy cơ chậm: thêm II.5.1; không còn II.1.2",
            "Số ý kiến khó khăn, vướng mắc của các đơn vị: 1 → 2",
        ], now.ChangesSince(before));
        Assert.Equal(["Nhiệm vụ chậm hoặc có nguy cơ chậm: không còn II.1.2, II.4.2"], (before with { LateOrAtRisk = "" }).ChangesSince(before));
        Assert.Empty(now.ChangesSince(ReportFigures.FromJson(now.ToJson())!));
        Assert.Null(ReportFigures.FromJson(null));
        Assert.Null(ReportFigures.FromJson("không phải JSON"));
    }

    [Fact]
    public void A_section_counts_as_edited_only_when_its_paragraphs_differ_from_what_was_proposed()
    {
        var narrative = ReportComposer.ProposedNarrative(Data([Task(1, 1, 0, TaskProgressStatus.NotStarted, ScheduleStatus.OnTrack, updated: false)]));
        var report = new Report();
        ReportSections.Propose(report, narrative, replaceEdited: true, t => t);
        Assert.Empty(ReportSections.Edited(report));

        report.GeneralAssessment = "  " + report.GeneralAssessment + "\r\n\r\n"; // as a browser may send a textarea back
        report.Shortcomings = "- Một số đơn vị gửi báo cáo chậm.";
        Assert.Equal([ReportSection.Shortcomings], ReportSections.Edited(report));

        var kept = ReportSections.Propose(report, narrative with { Shortcomings = "" }, replaceEdited: false, t => t);
        Assert.Equal([ReportSection.Shortcomings], kept);
        Assert.Equal("- Một số đơn vị gửi báo cáo chậm.", report.Shortcomings);
        Assert.Equal([ReportSection.Shortcomings], ReportSections.Edited(report));

        Assert.Equal(ReportNarrative.Sections, ReportSections.Edited(new Report { GeneralAssessment = "Dự thảo cũ." })); // hashes never kept: nothing is replaced unasked
    }

    [Fact]
    public void A_deputy_signs_for_the_director_and_the_plans_typos_stay_out_of_the_recipients()
    {
        Assert.Equal(new ReportSignature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Khánh Phôi"), ReportComposer.DefaultSignature(Plan));
        Assert.Equal(new ReportSignature("", "GIÁM ĐỐC", "Nguyễn Văn A"), ReportComposer.DefaultSignature(Plan with { SignerTitle = "GIÁM ĐỐC", SignerName = "Nguyễn Văn A" }));
        Assert.Equal("UBND tỉnh\nCác PGĐ\nCổng thông tin điện tử Sở\nLưu: VT, VP", ReportComposer.DefaultRecipients(Plan));
    }

    [Fact]
    public void An_ad_hoc_report_reads_by_its_own_range_in_its_title_and_sentences()
    {
        var data = Data([Task(1, 1, 0, TaskProgressStatus.NotStarted, ScheduleStatus.OnTrack, updated: false)]) with { From = new DateOnly(2019, 5, 1), To = new DateOnly(2019, 5, 31) };
        var summary = ReportPeriods.AdHocSummary(data.From, data.To);
        var narrative = ReportComposer.ProposedNarrative(data);

        var document = ReportComposer.Compose(data, Text(narrative) with { Kind = ReportKind.AdHoc, Quarter = null, Summary = summary });

        Assert.Equal("Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS từ ngày 01/05/2019 đến ngày 31/05/2019", document.Summary);
        var paragraphs = document.Body.OfType<ReportParagraph>().Select(p => p.Text).ToList();
        Assert.EndsWith("Sở Ngoại vụ báo cáo kết quả thực hiện từ ngày 01/05/2019 đến ngày 31/05/2019 như sau:", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 95/KH-SNgV từ ngày 01/05/2019 đến ngày 31/05/2019 của Sở Ngoại vụ./.", paragraphs[^1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("đột xuất", StringComparison.Ordinal) || p.Contains("(số liệu", StringComparison.Ordinal));
        Assert.Equal("Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS từ ngày 01/01/2019 đến ngày 31/12/2019", ReportPeriods.ProposedSummary(ReportKind.AdHoc, 2019, null));
    }

    [Fact]
    public void Supporting_units_results_stand_under_their_tasks_and_the_chasing_section_counts_who_reported()
    {
        var data = Data([Task(1, 1, 40, TaskProgressStatus.InProgress, ScheduleStatus.OnTrack, updated: true, workDone: "Đã rà soát 12 thủ tục.")]) with
        {
            SupportingResults = [new SupportingResult("II.1.1", "Phòng Hợp tác quốc tế", "Đã cung cấp\ndanh sách đoàn ra.")],
            Chasing = new ReportChasing(3, 2,
            [
                new ChasedUnit("Phòng Lãnh sự", 2, new DateOnly(2019, 2, 1), new DateOnly(2019, 3, 1), ReportedAfter: true),
                new ChasedUnit("Phòng Biên giới", 1, new DateOnly(2019, 3, 5), new DateOnly(2019, 3, 5), ReportedAfter: false),
            ]),
        };

        var document = ReportComposer.Compose(data, Text(ReportComposer.ProposedNarrative(data)));

        Assert.Equal("Đã rà soát 12 thủ tục.\nPhòng Hợp tác quốc tế (phối hợp): Đã cung cấp danh sách đoàn ra.", document.Tasks.Single().Result);
        var blocks = document.Body.ToList();
        var chasing = blocks.FindIndex(b => b is ReportHeading { Text: "7. Công tác theo dõi, đôn đốc" });
        Assert.Equal("Văn phòng Sở theo dõi tiến độ qua báo cáo của các đơn vị trên Cổng thông tin và đã gửi 3 lượt nhắc nhở, đôn đốc (2 lượt do Văn phòng Sở gửi, " +
            "1 lượt nhắc nhở tự động khi nhiệm vụ sắp đến hạn hoặc kỳ báo cáo sắp kết thúc) đến 2 đơn vị. Sau khi được đôn đốc, 1/2 đơn vị đã gửi báo cáo tiến độ trong kỳ; " +
            "chưa gửi: Phòng Biên giới.", Assert.IsType<ReportParagraph>(blocks[chasing + 1]).Text);
        Assert.Equal(["Phòng Lãnh sự", "2", "01/02/2019", "01/03/2019", "Đã gửi"], Assert.IsType<ReportTable>(blocks[chasing + 2]).Rows[0]);

        var quiet = ReportComposer.Compose(data with { Chasing = ReportChasing.None }, Text(ReportComposer.ProposedNarrative(data))).Body.ToList();
        Assert.Equal("Văn phòng Sở theo dõi tiến độ qua báo cáo của các đơn vị trên Cổng thông tin; trong kỳ không phải gửi nhắc nhở, đôn đốc đơn vị nào.",
            Assert.IsType<ReportParagraph>(quiet[quiet.FindIndex(b => b is ReportHeading { Text: "7. Công tác theo dõi, đôn đốc" }) + 1]).Text);
    }

    private static ReportData Data(IReadOnlyList<ReportTask> tasks) => new(
        Plan, new DateOnly(2018, 12, 15), new DateOnly(2019, 3, 14), [new ReportArea(1, "Nâng cao nhận thức")], tasks, [], [], null, [], null);

    private static ReportTask Task(int area, int number, int percent, TaskProgressStatus status, ScheduleStatus schedule, bool updated, string? workDone = null) =>
        new(area, number, $"Nhiệm vụ {number}", "Phòng Lãnh sự", TaskSchedule.OneOff, new DateOnly(2019, 3, 1), percent, status,
            workDone ?? (updated ? "Đã thực hiện." : null), updated, schedule);

    private static ReportText Text(ReportNarrative narrative) => new(
        ReportKind.Quarterly, 2019, 1, "Tóm tắt", narrative.GeneralAssessment, narrative.Shortcomings, narrative.Difficulties, narrative.Proposals, narrative.NextTasks,
        ReportComposer.DefaultSignature(Plan), ReportComposer.DefaultRecipients(Plan), null, null);
}
