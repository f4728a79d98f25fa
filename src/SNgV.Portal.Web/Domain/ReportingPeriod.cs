namespace SNgV.Portal.Web.Domain;

/// <summary>A calendar period a task is reported for: a month, quarter, half-year or year.</summary>
public readonly record struct ReportingPeriod(DateOnly Start, DateOnly End, ReportingFrequency Frequency)
{
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    /// <summary>The period of <paramref name="frequency"/> that contains <paramref name="date"/>.</summary>
    public static ReportingPeriod Containing(DateOnly date, ReportingFrequency frequency)
    {
        var months = (int)frequency;
        var firstMonth = ((date.Month - 1) / months * months) + 1;
        var start = new DateOnly(date.Year, firstMonth, 1);
        return new ReportingPeriod(start, start.AddMonths(months).AddDays(-1), frequency);
    }

    /// <summary>The period stored on an update as its first and last day.</summary>
    public static ReportingPeriod Of(DateOnly start, DateOnly end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        return new ReportingPeriod(start, end, Enum.IsDefined((ReportingFrequency)months) ? (ReportingFrequency)months : ReportingFrequency.Quarterly);
    }

    /// <summary>One-off tasks are reported quarterly, like most recurring ones.</summary>
    public static ReportingFrequency FrequencyOf(ReportingFrequency? frequency) => frequency ?? ReportingFrequency.Quarterly;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>As a civil servant writes it: "Quý I/2019", "Tháng 3/2019", "6 tháng đầu năm 2019", "Năm 2019".</summary>
    public string Label => Frequency switch
    {
        ReportingFrequency.Monthly => $"Tháng {Start.Month}/{Start.Year}",
        ReportingFrequency.Quarterly => $"Quý {Quarters[(Start.Month - 1) / 3]}/{Start.Year}",
        ReportingFrequency.HalfYearly => Start.Month == 1 ? $"6 tháng đầu năm {Start.Year}" : $"6 tháng cuối năm {Start.Year}",
        _ => $"Năm {Start.Year}",
    };
}
