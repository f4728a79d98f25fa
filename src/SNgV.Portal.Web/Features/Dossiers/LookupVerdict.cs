using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Dossiers;

public enum VerdictKind
{
    /// <summary>The result was ready before the due date.</summary>
    Early = 1,
    OnTime = 2,
    Late = 3,

    /// <summary>In progress, the due date not passed.</summary>
    OnSchedule = 4,

    /// <summary>In progress, past the due date.</summary>
    Overdue = 5,
}

/// <summary>What the look-up tells the applicant about time: the verdict and the working days ahead of or behind the due date.</summary>
public sealed record LookupVerdict(VerdictKind Kind, DateOnly DueOn, int WorkingDays)
{
    /// <summary>
    /// Early, on time or late for a finished dossier (the day its result was ready against the due date the slip
    /// promised, moved only by pauses for documents); on schedule or overdue for one in progress; none while paused or when refused.
    /// </summary>
    public static LookupVerdict? Of(WorkingDayCalendar calendar, DateOnly today, DossierStatus status, DateOnly dueOn, DateOnly? completedOn)
    {
        if (status is DossierStatus.ResultReady or DossierStatus.Returned && completedOn is { } done)
        {
            return WorkingDayCalendar.TimelinessOf(done, dueOn) switch
            {
                Timeliness.Early => new(VerdictKind.Early, dueOn, calendar.WorkingDaysBetween(done, dueOn)),
                Timeliness.OnTime => new(VerdictKind.OnTime, dueOn, 0),
                _ => new(VerdictKind.Late, dueOn, calendar.WorkingDaysBetween(dueOn, done)),
            };
        }

        return status switch
        {
            DossierStatus.Received or DossierStatus.Processing when today > dueOn => new(VerdictKind.Overdue, dueOn, calendar.WorkingDaysBetween(dueOn, today)),
            DossierStatus.Received or DossierStatus.Processing => new(VerdictKind.OnSchedule, dueOn, calendar.WorkingDaysBetween(today, dueOn)),
            _ => null,
        };
    }
}
