namespace SNgV.Portal.Web.Domain;

/// <summary>
/// Working days of the department: Monday to Friday, less the public holidays and the days given off in
/// their place, plus the Saturdays worked to make up for them. The exceptions are data (the government
/// announces them each year and the Office records them), never a formula. See docs/decisions/0005.
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>A dossier received at or after this hour (Vietnam time) counts as received on the next working day.</summary>
    public static readonly TimeOnly OfficeClosesAt = new(17, 0);

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpDays;

    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays)
    {
        _holidays = [.. holidays];
        _makeUpDays = [.. makeUpWorkingDays];
    }

    public static WorkingDayCalendar MondayToFriday { get; } = new([], []);

    public bool IsWorkingDay(DateOnly date) =>
        _makeUpDays.Contains(date) || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    public DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>
    /// The working day a dossier counts as received: the same day when it came on a working day before
    /// <see cref="OfficeClosesAt"/>; otherwise the next working day.
    /// </summary>
    public DateOnly ReceiptDay(DateTime localReceivedAt)
    {
        var date = DateOnly.FromDateTime(localReceivedAt);
        return IsWorkingDay(date) && TimeOnly.FromDateTime(localReceivedAt) < OfficeClosesAt ? date : NextWorkingDay(date);
    }

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="start"/> (the start day itself is not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var i = 0; i < days; i++)
        {
            date = NextWorkingDay(date);
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Due date of a dossier received on <paramref name="receivedOn"/> with <paramref name="processingDays"/> working days.</summary>
    public DateOnly DueDate(DateOnly receivedOn, int processingDays) => AddWorkingDays(receivedOn, processingDays);

    /// <summary>
    /// The due date after a pause for additional documents requested on <paramref name="requestedOn"/> and
    /// received on <paramref name="resumedOn"/>: it moves by the working days after the request up to and
    /// including the day the documents arrived. A request answered the same day moves nothing.
    /// </summary>
    public (DateOnly DueOn, int PausedDays) Resume(DateOnly dueOn, DateOnly requestedOn, DateOnly resumedOn)
    {
        var paused = WorkingDaysBetween(requestedOn, resumedOn);
        return (AddWorkingDays(dueOn, paused), paused);
    }

    /// <summary>Early, on time or late: the day the result was ready against the due date.</summary>
    public static Timeliness TimelinessOf(DateOnly completedOn, DateOnly dueOn) =>
        completedOn < dueOn ? Timeliness.Early : completedOn == dueOn ? Timeliness.OnTime : Timeliness.Late;

    /// <summary>
    /// Where an unfinished dossier stands on <paramref name="today"/>: late once its due date has passed,
    /// due soon from the working day before the due date (so the desk can act before it is late).
    /// </summary>
    public DeadlineState StateOn(DateOnly today, DateOnly dueOn) =>
        today > dueOn ? DeadlineState.Late
        : AddWorkingDays(today, 1) >= dueOn ? DeadlineState.DueSoon
        : DeadlineState.OnTrack;
}

public enum Timeliness
{
    Early = 1,
    OnTime = 2,
    Late = 3,
}

public enum DeadlineState
{
    OnTrack = 1,
    DueSoon = 2,
    Late = 3,
}
