using SNgV.Portal.Web.Data.Seed;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

/// <summary>Deadlines over the real 2019 calendar, as seeded from calendar-days.json.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar2019 = FromSeed();

    private static WorkingDayCalendar FromSeed()
    {
        var days = SeedDocuments.Calendar().Days;
        return new WorkingDayCalendar(
            days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date),
            days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay).Select(d => d.Date));
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    // Tết Nguyên đán Kỷ Hợi: off from Saturday 2/2 to Sunday 10/2/2019.
    [InlineData("2019-02-01", 3, "2019-02-13")]
    [InlineData("2019-01-31", 5, "2019-02-14")]
    // 29/4 (swapped), 30/4 and 1/5 off; Saturday 4/5 is worked in place of 29/4.
    [InlineData("2019-04-26", 3, "2019-05-04")]
    [InlineData("2019-04-26", 4, "2019-05-06")]
    // Quốc khánh, Monday 2/9/2019.
    [InlineData("2019-08-30", 2, "2019-09-04")]
    // Tết Dương lịch: 31/12/2018 given off, made up on Saturday 5/1/2019.
    [InlineData("2018-12-28", 1, "2019-01-02")]
    [InlineData("2019-01-04", 1, "2019-01-05")]
    // Giỗ Tổ Hùng Vương fell on Sunday 14/4/2019 and was given on Monday 15/4.
    [InlineData("2019-04-12", 1, "2019-04-16")]
    // An ordinary week: Monday + 5 is the next Monday.
    [InlineData("2019-05-20", 5, "2019-05-27")]
    [InlineData("2019-05-20", 0, "2019-05-20")]
    public void Due_date_counts_working_days_after_the_receipt_day(string received, int days, string due)
    {
        Assert.Equal(DateOnly.Parse(due), Calendar2019.DueDate(DateOnly.Parse(received), days));
    }

    [Fact]
    public void Holidays_weekends_and_make_up_Saturdays()
    {
        Assert.False(Calendar2019.IsWorkingDay(D(2019, 2, 5)));
        Assert.False(Calendar2019.IsWorkingDay(D(2019, 9, 2)));
        Assert.False(Calendar2019.IsWorkingDay(D(2019, 5, 11)));
        Assert.True(Calendar2019.IsWorkingDay(D(2019, 5, 4)));
        Assert.True(Calendar2019.IsWorkingDay(D(2019, 1, 5)));
        Assert.True(Calendar2019.IsWorkingDay(D(2019, 9, 3)));
    }

    [Theory]
    // Before closing time on a working day: that day.
    [InlineData("2019-05-20T16:59", "2019-05-20")]
    // At or after 17:00: the next working day.
    [InlineData("2019-05-20T17:00", "2019-05-21")]
    // Friday evening before the 29/4–1/5 break: Thursday 2/5.
    [InlineData("2019-04-26T17:30", "2019-05-02")]
    // On a Sunday (e.g. posted in the box or sent online): Monday.
    [InlineData("2019-05-19T10:00", "2019-05-20")]
    // On the make-up Saturday: a working day like any other.
    [InlineData("2019-05-04T09:00", "2019-05-04")]
    // During Tết: the first working day after it.
    [InlineData("2019-02-06T09:00", "2019-02-11")]
    public void A_dossier_received_after_office_hours_counts_from_the_next_working_day(string receivedAt, string receiptDay)
    {
        Assert.Equal(DateOnly.Parse(receiptDay), Calendar2019.ReceiptDay(DateTime.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_request_for_additional_documents_stops_the_clock_until_they_arrive()
    {
        // Due Monday 20/5; documents requested Wednesday 8/5, received Monday 13/5: 9, 10 and 13/5 do not count.
        var (due, paused) = Calendar2019.Resume(D(2019, 5, 20), D(2019, 5, 8), D(2019, 5, 13));

        Assert.Equal(3, paused);
        Assert.Equal(D(2019, 5, 23), due);
    }

    [Fact]
    public void A_pause_over_the_April_holidays_counts_only_working_days()
    {
        // Requested Friday 26/4, received Friday 3/5: only 2/5 and 3/5 were working days.
        var (due, paused) = Calendar2019.Resume(D(2019, 5, 6), D(2019, 4, 26), D(2019, 5, 3));

        Assert.Equal(2, paused);
        Assert.Equal(D(2019, 5, 8), due);
    }

    [Fact]
    public void Documents_received_the_day_they_were_requested_move_nothing()
    {
        Assert.Equal((D(2019, 5, 20), 0), Calendar2019.Resume(D(2019, 5, 20), D(2019, 5, 8), D(2019, 5, 8)));
    }

    [Theory]
    [InlineData("2019-02-12", "2019-02-13", Timeliness.Early)]
    [InlineData("2019-02-13", "2019-02-13", Timeliness.OnTime)]
    [InlineData("2019-02-14", "2019-02-13", Timeliness.Late)]
    public void Early_on_time_or_late_against_the_due_date(string completed, string due, Timeliness expected)
    {
        Assert.Equal(expected, WorkingDayCalendar.TimelinessOf(DateOnly.Parse(completed), DateOnly.Parse(due)));
    }

    [Theory]
    // Due the next working day (the make-up Saturday): flagged before it is late.
    [InlineData("2019-05-03", "2019-05-04", DeadlineState.DueSoon)]
    // Friday 26/4, due Thursday 2/5: the holidays in between leave one working day, so it is due soon.
    [InlineData("2019-04-26", "2019-05-02", DeadlineState.DueSoon)]
    [InlineData("2019-04-25", "2019-05-02", DeadlineState.OnTrack)]
    [InlineData("2019-05-20", "2019-05-20", DeadlineState.DueSoon)]
    [InlineData("2019-05-21", "2019-05-20", DeadlineState.Late)]
    public void Unfinished_dossiers_are_flagged_the_working_day_before_they_are_due(string today, string due, DeadlineState expected)
    {
        Assert.Equal(expected, Calendar2019.StateOn(DateOnly.Parse(today), DateOnly.Parse(due)));
    }

    [Fact]
    public void Working_days_between_two_dates_skip_holidays_and_count_make_up_days()
    {
        // 26/4 → 6/5/2019: 2, 3, 4 (Saturday, made up) and 6/5.
        Assert.Equal(4, Calendar2019.WorkingDaysBetween(D(2019, 4, 26), D(2019, 5, 6)));
        Assert.Equal(0, Calendar2019.WorkingDaysBetween(D(2019, 5, 6), D(2019, 5, 6)));
    }
}

public sealed class ProcedureSeedTests
{
    [Fact]
    public void The_sample_catalogue_has_unique_addresses_in_known_fields()
    {
        var catalogue = SeedDocuments.Procedures();
        var fields = catalogue.Fields.Select(f => f.Code).ToHashSet();

        Assert.Equal(7, catalogue.Procedures.Count);
        Assert.All(catalogue.Procedures, p => Assert.Contains(p.Field, fields));
        Assert.All(catalogue.Procedures, p => Assert.Equal(p.Slug, VietnameseText.Slug(p.Slug, Web.Data.FieldLengths.Slug)));
        Assert.Equal(catalogue.Procedures.Count, catalogue.Procedures.Select(p => p.Slug).Distinct().Count());
        Assert.All(catalogue.Procedures, p => Assert.InRange(p.ProcessingDays, 1, 60));
    }

    [Fact]
    public void The_calendar_has_each_date_once_and_make_up_days_on_weekends()
    {
        var days = SeedDocuments.Calendar().Days;

        Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
        Assert.All(days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay), d => Assert.Equal(DayOfWeek.Saturday, d.Date.DayOfWeek));
        Assert.All(days.Where(d => d.Kind == CalendarDayKind.Holiday), d => Assert.NotEqual(DayOfWeek.Sunday, d.Date.DayOfWeek));
    }
}
