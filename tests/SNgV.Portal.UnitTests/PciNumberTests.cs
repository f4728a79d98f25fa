using SNgV.Portal.Web.Features.Pci;

namespace SNgV.Portal.UnitTests;

public sealed class PciNumberTests
{
    [Theory]
    [InlineData("6,58", 6.58)]
    [InlineData("6.58", 6.58)]
    [InlineData(" 7 ", 7)]
    [InlineData("10,00", 10)]
    public void Both_the_comma_and_the_point_are_decimal_separators(string text, double expected)
    {
        Assert.True(PciNumber.TryParse(text, out var value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("6,58", null)]
    [InlineData("6.58", null)]
    [InlineData("1", null)]
    [InlineData("10", null)]
    [InlineData("", "Vui lòng nhập điểm.")]
    [InlineData("0,99", "Điểm phải từ 1 đến 10.")]
    [InlineData("10.01", "Điểm phải từ 1 đến 10.")]
    [InlineData("6,585", "Điểm chỉ có tối đa 2 chữ số thập phân.")]
    [InlineData("6.580.1", "Điểm phải là số, ví dụ 6,58.")]
    [InlineData("1.000,5", "Điểm phải là số, ví dụ 6,58.")]
    [InlineData("-5", "Điểm phải là số, ví dụ 6,58.")]
    public void A_score_is_one_to_ten_with_at_most_two_decimals(string text, string? message)
    {
        Assert.Equal(message, PciNumber.ScoreError(text));
    }
}
