using System.Globalization;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// How a report's period reads in its title, summary line and lists. The period itself and its data cut-off are
/// <see cref="ReportingPeriod.CutOffOfReport"/>'s (Decree 09/2019/NĐ-CP, Art. 12).
/// </summary>
public static class ReportPeriods
{

    /// <summary>How the period reads in a sentence: "quý I năm 2019", "6 tháng đầu năm 2019", "năm 2019".</summary>
    public static string PeriodPhrase(ReportKind kind, int year, int? quarter) => kind switch
    {
        ReportKind.Quarterly => $"quý {ReportingPeriod.RomanQuarter(ReportingPeriod.QuarterOrFirst(quarter))} năm {year}",
        ReportKind.HalfYear => $"6 tháng đầu năm {year}",
        ReportKind.NineMonths => $"9 tháng đầu năm {year}",
        ReportKind.Annual => $"năm {year}",
        _ => RangePhrase(ReportingPeriod.CutOffOfReport(kind, year, quarter).From, ReportingPeriod.CutOffOfReport(kind, year, quarter).To),
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
        ReportKind.Quarterly => $"Quý {ReportingPeriod.RomanQuarter(ReportingPeriod.QuarterOrFirst(quarter))}/{year}",
        ReportKind.HalfYear => $"6 tháng/{year}",
        ReportKind.NineMonths => $"9 tháng/{year}",
        ReportKind.Annual => $"Năm {year}",
        _ => $"Đột xuất/{year}",
    };
}
