using System.Globalization;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Surveys;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// The period a report covers and the data cut-off the portal proposes for it (Decree 09/2019/NĐ-CP, Art. 12):
/// a quarter from the 15th of the month before it to the 14th of its last month; 6 months, 9 months and the year
/// from 15 December of the previous year to 14 June, 14 September and 14 December. An ad-hoc report proposes the
/// calendar year; the Office sets the range it was asked for.
/// </summary>
public static class ReportPeriods
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static (DateOnly From, DateOnly To) ProposedCutOff(ReportKind kind, int year, int? quarter)
    {
        var previousDecember = new DateOnly(year - 1, 12, 15);
        return kind switch
        {
            ReportKind.Quarterly => (new ReportingQuarter(year, QuarterOf(quarter)).Start, new ReportingQuarter(year, QuarterOf(quarter)).End),
            ReportKind.HalfYear => (previousDecember, new DateOnly(year, 6, 14)),
            ReportKind.NineMonths => (previousDecember, new DateOnly(year, 9, 14)),
            ReportKind.Annual => (previousDecember, new DateOnly(year, 12, 14)),
            _ => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        };
    }

    /// <summary>How the period reads in a sentence: "quý I năm 2019", "6 tháng đầu năm 2019", "năm 2019".</summary>
    public static string PeriodPhrase(ReportKind kind, int year, int? quarter) => kind switch
    {
        ReportKind.Quarterly => $"quý {Roman[QuarterOf(quarter) - 1]} năm {year}",
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
        ReportKind.Quarterly => $"Quý {Roman[QuarterOf(quarter) - 1]}/{year}",
        ReportKind.HalfYear => $"6 tháng/{year}",
        ReportKind.NineMonths => $"9 tháng/{year}",
        ReportKind.Annual => $"Năm {year}",
        _ => $"Đột xuất/{year}",
    };

    private static int QuarterOf(int? quarter) => quarter is >= 1 and <= 4 ? quarter.Value : 1;
}
