using System.Globalization;
using Microsoft.Extensions.Localization;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

public sealed class PluralTests
{
    private sealed class English : IStringLocalizer
    {
        public LocalizedString this[string name] =>
            name == "{0} nhiệm vụ" ? new LocalizedString(name, "{0} task|{0} tasks") : new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Theory]
    [InlineData(0, "0 tasks")]
    [InlineData(1, "1 task")]
    [InlineData(2, "2 tasks")]
    [InlineData(1234, "1,234 tasks")]
    public void English_has_a_singular_and_a_plural(int count, string expected)
    {
        using var _ = new CultureScope(Localization.English);
        Assert.Equal(expected, Plural.Of(new English(), count, "{0} nhiệm vụ"));
    }

    [Theory]
    [InlineData(1, "1 thủ tục")]
    [InlineData(1234, "1.234 thủ tục")]
    public void Vietnamese_has_one_form(int count, string expected)
    {
        using var _ = new CultureScope(Localization.Vietnamese);
        Assert.Equal(expected, Plural.Of(new English(), count, "{0} thủ tục"));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
