using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

public sealed class DateInputTests
{
    [Theory]
    [InlineData("15/03/2020", 2020, 3, 15)]
    [InlineData("1/2/2020", 2020, 2, 1)]
    [InlineData(" 29/02/2020 ", 2020, 2, 29)]
    public void Dates_are_read_day_first(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateInput.Parse(text));
    }

    [Theory]
    [InlineData("2020-03-15")]
    [InlineData("03/15/2020")]
    [InlineData("29/02/2019")]
    [InlineData("hôm nay")]
    public void Other_forms_are_refused(string text)
    {
        Assert.Null(DateInput.Parse(text));
        Assert.False(DateInput.IsEmptyOrValid(text));
    }

    [Theory]
    [InlineData("20/05/2019 08:30", 2019, 5, 20, 8, 30)]
    [InlineData("1/2/2020 7:05", 2020, 2, 1, 7, 5)]
    [InlineData(" 20/05/2019   17h30 ", 2019, 5, 20, 17, 30)]
    [InlineData("2019-05-20T08:00", 2019, 5, 20, 8, 0)]
    public void Moments_are_read_day_first_with_a_24_hour_time(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(DateInput.TryParseDateTime(text, out var moment));
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), moment);
    }

    [Theory]
    [InlineData("20/05/2019")]
    [InlineData("05/20/2019 08:30")]
    [InlineData("20/05/2019 25:00")]
    [InlineData("8:30 20/05/2019")]
    public void Moments_without_a_time_or_month_first_are_refused(string text)
    {
        Assert.False(DateInput.TryParseDateTime(text, out _));
    }

    [Fact]
    public void A_day_in_Vietnam_starts_at_17_00_UTC_the_day_before()
    {
        Assert.Equal(new DateTime(2019, 12, 31, 17, 0, 0, DateTimeKind.Utc), DateInput.StartOfDayUtc(new DateOnly(2020, 1, 1)));
    }
}
