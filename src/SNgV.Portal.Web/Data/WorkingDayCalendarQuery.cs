using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data;

public static class WorkingDayCalendarQuery
{
    /// <summary>The working-day calendar built from the Office's exceptions: a few dozen rows a year, read in one query.</summary>
    public static async Task<WorkingDayCalendar> WorkingDayCalendarAsync(this PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var days = await db.CalendarDays.Select(d => new { d.Date, d.Kind }).ToListAsync(cancellationToken);
        return new WorkingDayCalendar(
            days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date),
            days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay).Select(d => d.Date));
    }
}
