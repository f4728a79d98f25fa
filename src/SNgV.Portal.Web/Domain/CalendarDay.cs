namespace SNgV.Portal.Web.Domain;

/// <summary>
/// A day that breaks the Monday–Friday rule: a public holiday (or a day off given in its place), or a
/// Saturday/Sunday worked to make up for one. Announced by the government each year; kept by the Office.
/// </summary>
public class CalendarDay : IAudited
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    /// <summary>E.g. "Tết Nguyên đán", "Làm bù cho ngày 29/4".</summary>
    public string Name { get; set; } = "";
}

public enum CalendarDayKind
{
    Holiday = 1,
    MakeUpWorkingDay = 2,
}
