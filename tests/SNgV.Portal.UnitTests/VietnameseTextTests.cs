using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Chứng nhận lãnh sự, Hợp pháp hóa lãnh sự", "chung nhan lanh su, hop phap hoa lanh su")]
    [InlineData("ĐỀ NGHỊ  cấp   hộ chiếu", "de nghi cap ho chieu")]
    [InlineData("Thẻ ABTC", "the abtc")]
    [InlineData("  ", "")]
    public void Fold_removes_accents_case_and_extra_spaces(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Fact]
    public void Fold_treats_decomposed_and_composed_letters_alike()
    {
        Assert.Equal(VietnameseText.Fold("Hợp pháp hóa"), VietnameseText.Fold("Hợp pháp hóa".Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Dịch thuật, phiên dịch", 120, "dich-thuat-phien-dich")]
    [InlineData("Thẻ đi lại của doanh nhân APEC (ABTC)", 120, "the-di-lai-cua-doanh-nhan-apec-abtc")]
    [InlineData("Hội nghị quốc tế", 8, "hoi-nghi")]
    public void Slug_is_a_readable_address(string text, int maxLength, string expected)
    {
        Assert.Equal(expected, VietnameseText.Slug(text, maxLength));
    }
}
