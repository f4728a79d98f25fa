namespace SNgV.Portal.Web.Domain;

/// <summary>
/// A period a task is reported for, on the cut-offs of Decree 09/2019/NĐ-CP, Art. 12 (reports.md): a month runs
/// from the 15th of the month before to the 14th, a quarter from the 15th of the month before it to the 14th of
/// its last month, a half-year to 14 June or 14 December, the year from 15 December of the year before to
/// 14 December. A unit's "Quý I/2019" is therefore 15/12/2018 – 14/03/2019, the range of the Office's Q1 report.
/// </summary>
public readonly record struct ReportingPeriod(DateOnly Start, DateOnly End, ReportingFrequency Frequency)
{
    public const int CutOffDay = 14;

    /// <summary>
    /// Days after the cut-off within which a unit's update is on time (by the 18th): the Office then has until
    /// the 20th, Decree 09's latest date for a department's periodic report, to accept the updates and report.
    /// </summary>
    public const int DaysToReportAfterCutOff = 4;

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>The period of <paramref name="frequency"/> whose figures include <paramref name="date"/>.</summary>
    public static ReportingPeriod Containing(DateOnly date, ReportingFrequency frequency)
    {
        // From the 15th on, a day counts towards the next month's figures.
        var reportingMonth = date.Day > CutOffDay ? date.AddMonths(1) : date;
        var months = (int)frequency;
        var lastMonth = ((reportingMonth.Month - 1) / months * months) + months;
        return Ending(reportingMonth.Year, lastMonth, frequency);
    }

    /// <summary>The period that ends on the 14th of <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static ReportingPeriod Ending(int year, int month, ReportingFrequency frequency)
    {
        var end = new DateOnly(year, month, CutOffDay);
        return new ReportingPeriod(end.AddMonths(-(int)frequency).AddDays(1), end, frequency);
    }

    public static ReportingPeriod Quarter(int year, int quarter) => Ending(year, quarter * 3, ReportingFrequency.Quarterly);

    public static ReportingPeriod Year(int year) => Ending(year, 12, ReportingFrequency.Yearly);

    /// <summary>
    /// The data cut-off the portal proposes for the Office's report of <paramref name="kind"/>: a quarter as above;
    /// 6 months, 9 months and the year from 15 December of the previous year to 14 June, 14 September and
    /// 14 December. An ad-hoc report proposes the calendar year; the Office sets the range it was asked for.
    /// </summary>
    public static (DateOnly From, DateOnly To) CutOffOfReport(ReportKind kind, int year, int? quarter)
    {
        var yearStart = Year(year).Start;
        return kind switch
        {
            ReportKind.Quarterly => (Quarter(year, QuarterOrFirst(quarter)).Start, Quarter(year, QuarterOrFirst(quarter)).End),
            ReportKind.HalfYear => (yearStart, new DateOnly(year, 6, CutOffDay)),
            ReportKind.NineMonths => (yearStart, new DateOnly(year, 9, CutOffDay)),
            ReportKind.Annual => (yearStart, Year(year).End),
            _ => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        };
    }

    /// <summary>A report's quarter (1–4), the first when it has none.</summary>
    public static int QuarterOrFirst(int? quarter) => quarter is >= 1 and <= 4 ? quarter.Value : 1;

    /// <summary>
    /// The periods of the plan year that have begun by today, and the period containing today when it is not one
    /// of them (a plan followed beyond its year, or one that starts next year).
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> ReportableOn(DateOnly today, ReportingFrequency frequency, int planYear)
    {
        var periods = new List<ReportingPeriod>();
        var period = Containing(TaskSchedulePolicy.PlanStart(planYear), frequency);
        for (; period.End.Year == planYear && period.Start <= today; period = Containing(period.End.AddDays(1), frequency))
        {
            periods.Add(period);
        }

        var current = Containing(today, frequency);
        if (!periods.Contains(current))
        {
            periods.Add(current);
        }

        return periods;
    }

    /// <summary>The period stored on an update as its first and last day.</summary>
    public static ReportingPeriod Of(DateOnly start, DateOnly end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + (start.Day > end.Day ? 0 : 1);
        return new ReportingPeriod(start, end, Enum.IsDefined((ReportingFrequency)months) ? (ReportingFrequency)months : ReportingFrequency.Quarterly);
    }

    /// <summary>One-off tasks are reported quarterly, like most recurring ones.</summary>
    public static ReportingFrequency FrequencyOf(ReportingFrequency? frequency) => frequency ?? ReportingFrequency.Quarterly;

    /// <summary>"I" … "IV".</summary>
    public static string RomanQuarter(int quarter) => Roman[quarter - 1];

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The last day a unit's update of this period is on time.</summary>
    public DateOnly DueOn => End.AddDays(DaysToReportAfterCutOff);

    /// <summary>An update first sent on <paramref name="sentOn"/> is late ("nộp muộn").</summary>
    public bool IsLateWhenSentOn(DateOnly sentOn) => sentOn > DueOn;

    /// <summary>The period before this one, of the same length.</summary>
    public ReportingPeriod Previous => Containing(Start.AddDays(-1), Frequency);

    /// <summary>The year whose figures this period counts in: 2019 for 15/12/2018 – 14/03/2019.</summary>
    public int ReportingYear => End.Year;

    /// <summary>The quarter (1–4) of the year whose figures this period's last day counts in.</summary>
    public int QuarterNumber => ((End.Month - 1) / 3) + 1;

    /// <summary>As a civil servant writes it: "Quý I/2019", "Tháng 3/2019", "6 tháng đầu năm 2019", "Năm 2019".</summary>
    public string Label => Frequency switch
    {
        ReportingFrequency.Monthly => $"Tháng {End.Month}/{End.Year}",
        ReportingFrequency.Quarterly => $"Quý {RomanQuarter(QuarterNumber)}/{End.Year}",
        ReportingFrequency.HalfYearly => End.Month == 6 ? $"6 tháng đầu năm {End.Year}" : $"6 tháng cuối năm {End.Year}",
        _ => $"Năm {End.Year}",
    };

    /// <summary>"Quý I/2019 (15/12/2018 – 14/03/2019)": the label with the range its figures cover.</summary>
    public string LabelWithRange => $"{Label} ({Start:dd/MM/yyyy} – {End:dd/MM/yyyy})";
}
