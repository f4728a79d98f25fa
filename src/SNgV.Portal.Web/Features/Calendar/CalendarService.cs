using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Calendar;

/// <summary>The working-day calendar (lịch làm việc, ngày nghỉ lễ): the Office's list of exceptions, and the calendar built from it.</summary>
public sealed class CalendarService(PortalDbContext db)
{
    public async Task<CalendarYearViewModel> YearAsync(int year, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date)
            .Select(d => new CalendarDayRow(d.Id, d.Date, d.Kind, d.Name)).ToListAsync(cancellationToken);
        var years = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).Select(d => d.Year).Append(year).Distinct().Order().ToList();
        var calendar = await db.WorkingDayCalendarAsync(cancellationToken);
        var workingDays = calendar.WorkingDaysBetween(first.AddDays(-1), last);
        return new CalendarYearViewModel(year, days, years, workingDays);
    }

    /// <summary>False when the date is already in the calendar.</summary>
    public async Task<bool> AddAsync(CalendarDayInput input, CancellationToken cancellationToken = default)
    {
        var date = input.Date!.Value;
        if (await db.CalendarDays.AnyAsync(d => d.Date == date, cancellationToken))
        {
            return false;
        }

        db.CalendarDays.Add(new CalendarDay { Date = date, Kind = input.Kind, Name = input.Name! });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Entered at the same moment by someone else: the unique index on the date refused the second.
            return false;
        }

        return true;
    }

    /// <summary>The year of the removed day, or null when there was none.</summary>
    public async Task<int?> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            return null;
        }

        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(cancellationToken);
        return day.Date.Year;
    }
}
