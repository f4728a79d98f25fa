using System.Globalization;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// The period a report covers and the data cut-off the portal proposes for it (Decree 09/2019/NĐ-CP, Art. 12):
/// a quarter from the 15th of the month before it to the 14th of its last month; 6 months, 9 months and the year
/// from 15 December of the previous year to 14 June, 14 September and 14 December. An ad-hoc report proposes the
/// calendar year; the Office sets the range it was asked for.
/// </summary>
public static class ReportPeriods
{
    public static (DateOnly From, DateOnly To) ProposedCutOff(ReportKind kind, int year, int? quarter)
    {
        var yearStart = ReportingPeriod.Year(year).Start;
        return kind switch
        {
            ReportKind.Quarterly => (ReportingPeriod.Quarter(year, QuarterOf(quarter)).Start, ReportingPeriod.Quarter(year, QuarterOf(quarter)).End),
            ReportKind.HalfYear => (yearStart, new DateOnly(year, 6, ReportingPeriod.CutOffDay)),
            ReportKind.NineMonths => (yearStart, new DateOnly(year, 9, ReportingPeriod.CutOffDay)),
            ReportKind.Annual => (yearStart, ReportingPeriod.Year(year).End),
            _ => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        };
    }

    /// <summary>How the period reads in a sentence: "quý I năm 2019", "6 tháng đầu năm 2019", "năm 2019".</summary>
    public static string PeriodPhrase(ReportKind kind, int year, int? quarter) => kind switch
    {
        ReportKind.Quarterly => $"quý {ReportingPeriod.RomanQuarter(QuarterOf(quarter))} năm {year}",
        ReportKind.HalfYear => $"6 tháng đầu năm {year}",
        ReportKind.NineMonths => $"9 tháng đầu năm {year}",
        ReportKind.Annual => $"năm {year}",
        _ => RangePhrase(ProposedCutOff(kind, year, quarter).From, ProposedCutOff(kind, year, quarter).To),
    };

    /// <summary>How an ad-hoc report's own range reads in its title and sentences: "từ ngày 01/05/2019 đến ngày 31/05/2019".</summary>
    public static string RangePhrase(DateOnly from, DateOnly to) =>
        $"từ ngày {from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} đến ngày {to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>The summary line of an ad-hoc report over its own range.</summary>
    public static string AdHocSummary(DateOnly from, DateOnly to) => $"{SummaryStem} {RangePhrase(from, to)}";

    /// <summary>The summary line (trích yếu) the portal proposes, in the form of reports.md.</summary>
    public static string ProposedSummary(ReportKind kind, int year, int? quarter) =>
        $"{SummaryStem} {PeriodPhrase(kind, year, quarter)}";

    private const string SummaryStem = "Kết quả thực hiện Kế hoạch duy trì nâng cao PCI và SIPAS";

    /// <summary>"Quý I/2019", "6 tháng/2019": the short label of lists.</summary>
    public static string ShortLabel(ReportKind kind, int year, int? quarter) => kind switch
    {
        ReportKind.Quarterly => $"Quý {ReportingPeriod.RomanQuarter(QuarterOf(quarter))}/{year}",
        ReportKind.HalfYear => $"6 tháng/{year}",
        ReportKind.NineMonths => $"9 tháng/{year}",
        ReportKind.Annual => $"Năm {year}",
        _ => $"Đột xuất/{year}",
    };

    private static int QuarterOf(int? quarter) => quarter is >= 1 and <= 4 ? quarter.Value : 1;
}
