using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.UnitTests;

public sealed class TaskSchedulePolicyTests
{
    private static readonly DateOnly Start = new(2019, 1, 1);
    private static readonly DateOnly Due = new(2019, 12, 31);

    [Theory]
    [InlineData(0, "2019-04-03")]    // 25 % of 364 days = 91 days of grace: no flag before the first quarter's reports
    [InlineData(40, "2019-08-26")]   // 65 % of 364 days = 236 days of grace
    [InlineData(75, null)]           // within the tolerance up to the due date
    [InlineData(100, null)]          // done
    public void A_task_becomes_at_risk_when_time_outruns_its_percent_by_the_tolerance(int percent, string? expected)
    {
        var atRiskFrom = TaskSchedulePolicy.AtRiskFrom(Start, Due, percent);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), atRiskFrom);
    }

    [Theory]
    [InlineData(100, "2020-03-01", ScheduleStatus.Completed)]
    [InlineData(60, "2020-01-01", ScheduleStatus.Late)]
    [InlineData(40, "2019-08-26", ScheduleStatus.AtRisk)]
    [InlineData(40, "2019-08-25", ScheduleStatus.OnTrack)]
    [InlineData(0, "2019-02-26", ScheduleStatus.OnTrack)]   // eight weeks into the year
    public void Status_is_computed_from_percent_and_dates(int percent, string today, ScheduleStatus expected)
    {
        var atRiskFrom = TaskSchedulePolicy.AtRiskFrom(Start, Due, percent);

        Assert.Equal(expected, TaskSchedulePolicy.Classify(percent, Due, atRiskFrom, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Recurring_tasks_are_due_at_the_end_of_the_plan_year_and_one_off_tasks_on_their_date()
    {
        Assert.Equal(new DateOnly(2019, 12, 31), TaskSchedulePolicy.EffectiveDue(TaskSchedule.Recurring, null, 2019));
        Assert.Equal(new DateOnly(2019, 6, 30), TaskSchedulePolicy.EffectiveDue(TaskSchedule.OneOff, new DateOnly(2019, 6, 30), 2019));
    }

    [Fact]
    public void A_recurring_task_is_never_at_risk_only_late_after_the_year()
    {
        var atRiskFrom = TaskSchedulePolicy.AtRiskFrom(TaskSchedule.Recurring, Due, 2019, 0);

        Assert.Null(atRiskFrom);
        Assert.Equal(ScheduleStatus.OnTrack, TaskSchedulePolicy.Classify(0, Due, atRiskFrom, new DateOnly(2019, 11, 30)));
        Assert.Equal(ScheduleStatus.Late, TaskSchedulePolicy.Classify(0, Due, atRiskFrom, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Applying_the_policy_stores_the_dates_the_overview_counts_with()
    {
        var task = new PlanTask { Schedule = TaskSchedule.OneOff, DueOn = new DateOnly(2019, 6, 30), CurrentPercent = 50 };

        TaskSchedulePolicy.Apply(task, 2019);

        Assert.Equal(new DateOnly(2019, 6, 30), task.EffectiveDueOn);
        Assert.Equal(TaskSchedulePolicy.AtRiskFrom(Start, new DateOnly(2019, 6, 30), 50), task.AtRiskFrom);
    }
}

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2019-02-14", ReportingFrequency.Quarterly, "2018-12-15", "2019-03-14", "Quý I/2019")]
    [InlineData("2018-12-15", ReportingFrequency.Quarterly, "2018-12-15", "2019-03-14", "Quý I/2019")]
    [InlineData("2019-03-14", ReportingFrequency.Quarterly, "2018-12-15", "2019-03-14", "Quý I/2019")]
    [InlineData("2019-03-15", ReportingFrequency.Quarterly, "2019-03-15", "2019-06-14", "Quý II/2019")]
    [InlineData("2019-11-30", ReportingFrequency.Quarterly, "2019-09-15", "2019-12-14", "Quý IV/2019")]
    [InlineData("2019-12-20", ReportingFrequency.Quarterly, "2019-12-15", "2020-03-14", "Quý I/2020")]
    [InlineData("2019-02-28", ReportingFrequency.Monthly, "2019-02-15", "2019-03-14", "Tháng 3/2019")]
    [InlineData("2019-02-14", ReportingFrequency.Monthly, "2019-01-15", "2019-02-14", "Tháng 2/2019")]
    [InlineData("2019-07-01", ReportingFrequency.HalfYearly, "2019-06-15", "2019-12-14", "6 tháng cuối năm 2019")]
    [InlineData("2019-03-10", ReportingFrequency.HalfYearly, "2018-12-15", "2019-06-14", "6 tháng đầu năm 2019")]
    [InlineData("2020-02-29", ReportingFrequency.Yearly, "2019-12-15", "2020-12-14", "Năm 2020")]
    public void The_period_containing_a_date_runs_on_the_decree_09_cut_offs(string date, ReportingFrequency frequency, string start, string end, string label)
    {
        var period = ReportingPeriod.Containing(D(date), frequency);

        Assert.Equal((D(start), D(end), label), (period.Start, period.End, period.Label));
        Assert.Equal(period, ReportingPeriod.Of(period.Start, period.End));
    }

    [Fact]
    public void A_units_quarter_is_the_range_of_the_offices_report_of_that_quarter()
    {
        Assert.Equal((D("2018-12-15"), D("2019-03-14")), (ReportingPeriod.Quarter(2019, 1).Start, ReportingPeriod.Quarter(2019, 1).End));
        Assert.Equal((D("2018-12-15"), D("2019-12-14")), (ReportingPeriod.Year(2019).Start, ReportingPeriod.Year(2019).End));
    }

    [Theory]
    [InlineData("2019-03-16", false)]
    [InlineData("2019-03-18", false)]
    [InlineData("2019-03-19", true)]
    [InlineData("2019-04-25", true)]
    public void An_update_is_late_when_first_sent_after_the_due_day(string sentOn, bool late)
    {
        var q1 = ReportingPeriod.Quarter(2019, 1);

        Assert.Equal(D("2019-03-18"), q1.DueOn);
        Assert.Equal(late, q1.IsLateWhenSentOn(D(sentOn)));
    }

    [Fact]
    public void The_periods_a_unit_can_report_are_those_of_the_plan_year_begun_by_today()
    {
        var periods = ReportingPeriod.ReportableOn(D("2019-04-25"), ReportingFrequency.Quarterly, 2019);

        Assert.Equal(["Quý I/2019", "Quý II/2019"], periods.Select(p => p.Label));
        Assert.Equal(["Năm 2019", "Năm 2025"], ReportingPeriod.ReportableOn(D("2025-01-10"), ReportingFrequency.Yearly, 2019).Select(p => p.Label));
    }

    [Fact]
    public void One_off_tasks_report_quarterly()
    {
        Assert.Equal(ReportingFrequency.Quarterly, ReportingPeriod.FrequencyOf(null));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class EvidenceFileTypeTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "bao-cao.pdf", "application/pdf")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "so-lieu.XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "cu.doc", "application/msword")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "anh.png", "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "anh.jpg", "image/jpeg")]
    public void Accepted_files_are_recognised_by_content(byte[] head, string name, string contentType)
    {
        Assert.Equal(contentType, EvidenceFileTypes.Detect(head, name)?.ContentType);
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, "bao-cao.pdf")]          // a Windows executable renamed .pdf
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "bao-cao.docx")]  // a PDF named .docx
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "goi.zip")]              // a plain ZIP archive
    [InlineData(new byte[] { 0x3C, 0x73, 0x63, 0x72 }, "trang.html")]
    [InlineData(new byte[] { }, "rong.pdf")]
    public void Other_or_disguised_files_are_refused(byte[] head, string name)
    {
        Assert.Null(EvidenceFileTypes.Detect(head, name));
    }
}
