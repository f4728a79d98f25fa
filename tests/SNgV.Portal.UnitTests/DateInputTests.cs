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

    [Fact]
    public void A_day_in_Vietnam_starts_at_17_00_UTC_the_day_before()
    {
        Assert.Equal(new DateTime(2019, 12, 31, 17, 0, 0, DateTimeKind.Utc), DateInput.StartOfDayUtc(new DateOnly(2020, 1, 1)));
    }
}
