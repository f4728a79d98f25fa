using System.Text.RegularExpressions;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>How the print layout treats a table cell: a plan code ("II.7", "II.7.4") is printed whole, never wrapped.</summary>
public static partial class ReportCellFormat
{
    public static bool IsPlanCode(string cell) => PlanCode().IsMatch(cell);

    [GeneratedRegex(@"^II\.\d+(\.\d+)?$")]
    private static partial Regex PlanCode();
}
