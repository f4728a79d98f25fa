using SNgV.Portal.Web.Features.Reminders;

namespace SNgV.Portal.UnitTests;

public sealed class ReminderRuleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly int[] Thresholds = [7, 1];

    [Theory]
    [InlineData(8, null)]
    [InlineData(7, 7)]
    [InlineData(5, 7)]
    [InlineData(2, 7)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    [InlineData(-1, null)]
    public void A_due_date_belongs_to_the_window_of_the_smallest_threshold_it_is_within(int daysLeft, int? expected)
    {
        Assert.Equal(expected, ReminderRules.DueSoonThreshold(daysLeft, Thresholds));
    }

    [Theory]
    [InlineData(6, 0, "2019-12-24T07:30:00+07:00")]
    [InlineData(7, 30, "2019-12-25T07:30:00+07:00")]
    [InlineData(23, 59, "2019-12-25T07:30:00+07:00")]
    public void The_next_run_is_today_at_the_run_time_in_Vietnam_or_else_tomorrow(int hour, int minute, string expected)
    {
        var now = new DateTimeOffset(2019, 12, 24, hour, minute, 0, Vietnam);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReminderRules.NextRun(now.ToUniversalTime(), new TimeOnly(7, 30)));
        Assert.Equal(hour * 60 + minute >= 7 * 60 + 30, ReminderRules.IsDue(now.ToUniversalTime(), new TimeOnly(7, 30)));
    }

    [Fact]
    public void Unset_thresholds_mean_seven_and_one_day_and_configured_ones_are_sorted_without_repeats()
    {
        Assert.Equal([7, 1], new ReminderOptions().DueSoonThresholds);
        Assert.Equal([14, 3], new ReminderOptions { DueSoonDays = [3, 14, 3] }.DueSoonThresholds);
    }

    [Theory]
    [InlineData("07:30", true)]
    [InlineData("7:05", true)]
    [InlineData("25:00", false)]
    [InlineData("sáng", false)]
    public void The_run_time_is_HH_mm(string value, bool valid)
    {
        Assert.Equal(valid, ReminderOptions.ParseRunAt(value) is not null);
    }
}
