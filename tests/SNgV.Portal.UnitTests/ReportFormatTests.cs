using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Reports;

namespace SNgV.Portal.UnitTests;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(ReportKind.Quarterly, 1, "2018-12-15", "2019-03-14")]
    [InlineData(ReportKind.Quarterly, 2, "2019-03-15", "2019-06-14")]
    [InlineData(ReportKind.Quarterly, 3, "2019-06-15", "2019-09-14")]
    [InlineData(ReportKind.Quarterly, 4, "2019-09-15", "2019-12-14")]
    [InlineData(ReportKind.HalfYear, null, "2018-12-15", "2019-06-14")]
    [InlineData(ReportKind.NineMonths, null, "2018-12-15", "2019-09-14")]
    [InlineData(ReportKind.Annual, null, "2018-12-15", "2019-12-14")]
    [InlineData(ReportKind.AdHoc, null, "2019-01-01", "2019-12-31")]
    public void The_proposed_cut_off_follows_decree_09_2019(ReportKind kind, int? quarter, string from, string to)
    {
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), ReportingPeriod.CutOffOfReport(kind, 2019, quarter));
    }

    [Theory]
    [InlineData(ReportKind.Quarterly, 1, "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý I năm 2019")]
    [InlineData(ReportKind.Quarterly, 4, "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS quý IV năm 2019")]
    [InlineData(ReportKind.HalfYear, null, "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS 6 tháng đầu năm 2019")]
    [InlineData(ReportKind.Annual, null, "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS năm 2019")]
    public void The_summary_line_names_the_period_as_reports_md_does(ReportKind kind, int? quarter, string expected)
    {
        Assert.Equal(expected, ReportPeriods.ProposedSummary(kind, 2019, quarter));
    }

    [Theory]
    [InlineData("2019-04-05", "Quảng Trị, ngày 05 tháng 4 năm 2019")]
    [InlineData("2019-02-09", "Quảng Trị, ngày 09 tháng 02 năm 2019")]
    [InlineData("2019-01-30", "Quảng Trị, ngày 30 tháng 01 năm 2019")]
    [InlineData("2019-12-14", "Quảng Trị, ngày 14 tháng 12 năm 2019")]
    public void The_date_line_pads_days_below_10_and_months_1_and_2(string date, string expected)
    {
        Assert.Equal(expected, ReportComposer.PlaceAndDate(DateOnly.Parse(date), 2019));
    }

    [Fact]
    public void A_draft_leaves_the_number_and_the_date_blank()
    {
        Assert.Equal("Số:        /BC-SNgV", ReportComposer.NumberLine(null));
        Assert.Equal("Số: 05/BC-SNgV", ReportComposer.NumberLine(5));
        Assert.Equal("Số: 12/BC-SNgV", ReportComposer.NumberLine(12));
        Assert.Equal("Quảng Trị, ngày      tháng      năm 2019", ReportComposer.PlaceAndDate(null, 2019));
    }

    [Fact]
    public void The_document_lists_every_task_collects_the_units_remarks_and_ends_the_recipients_with_the_archive()
    {
        var data = new ReportData(
            new ReportPlan(1, "95/KH-SNgV", new DateOnly(2019, 1, 30), "Duy trì nâng cao PCI và SIPAS năm 2019", "PHÓ GIÁM ĐỐC PHỤ TRÁCH", "Trần Khánh Phôi", ["UBND tỉnh", "Sở Nội vụ", "Lưu VT, VP"]),
            new DateOnly(2018, 12, 15),
            new DateOnly(2019, 3, 14),
            [new ReportArea(1, "Nâng cao nhận thức"), new ReportArea(2, "Cải cách thủ tục")],
            [
                new ReportTask(1, 1, "Quán triệt Kế hoạch", "Văn phòng Sở", TaskSchedule.Recurring, new DateOnly(2019, 12, 31), 100, TaskProgressStatus.Completed, "Đã quán triệt.", true, ScheduleStatus.Completed),
                new ReportTask(2, 1, "Rà soát thủ tục", "Phòng Lãnh sự", TaskSchedule.OneOff, new DateOnly(2019, 3, 1), 20, TaskProgressStatus.InProgress, null, false, ScheduleStatus.Late),
            ],
            [new UnitRemark("Phòng Lãnh sự", "II.2.1", "Thiếu cán bộ.")],
            [],
            null,
            [],
            null);
        var plan = data.Plan;
        var narrative = ReportComposer.ProposedNarrative(data);
        var text = new ReportText(ReportKind.Quarterly, 2019, 1, "Tóm tắt", narrative.GeneralAssessment, narrative.Shortcomings, narrative.Difficulties, narrative.Proposals,
            narrative.NextTasks, new ReportSignature("", plan.SignerTitle, plan.SignerName), ReportComposer.DefaultRecipients(plan), null, null);

        var document = ReportComposer.Compose(data, text);

        Assert.Equal(["II.1.1", "II.2.1"], document.Tasks.Select(t => t.Code));
        Assert.Equal("- Phòng Lãnh sự (II.2.1): Thiếu cán bộ.", narrative.Difficulties);
        Assert.Contains("II.2.1", narrative.NextTasks, StringComparison.Ordinal);
        Assert.Equal(["- UBND tỉnh;", "- Sở Nội vụ;", "- Lưu: VT, VP."], document.Recipients);
        var paragraphs = document.Body.OfType<ReportParagraph>().Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith("Kế hoạch có 2 nhiệm vụ thuộc 2 nhóm giải pháp. Tính đến ngày 14/03/2019: 1 nhiệm vụ hoàn thành, 1 nhiệm vụ đang thực hiện", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Nhiệm vụ chậm tiến độ (1): II.2.1 (Phòng Lãnh sự, hạn 01/03/2019, đạt 20%)", StringComparison.Ordinal));
        Assert.Contains("Trong kỳ chưa có phiếu khảo sát sự hài lòng nào được tính vào kết quả.", paragraphs);
        var blocks = document.Body.ToList();
        var areaTable = Assert.IsType<ReportTable>(blocks[blocks.FindIndex(b => b is ReportHeading h && h.Text.StartsWith("b)", StringComparison.Ordinal)) + 1]);
        Assert.Equal(["II.2.1", "Rà soát thủ tục", "Phòng Lãnh sự", "Chưa có báo cáo kết quả được duyệt.", "20% — Đang thực hiện (chậm tiến độ)"], areaTable.Rows.Single());
    }
}
