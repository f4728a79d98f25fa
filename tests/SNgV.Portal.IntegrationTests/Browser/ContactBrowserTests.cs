using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>The administrator fills in the contact details; a visitor on a phone reads them, in both languages.</summary>
[Collection(BrowserTests.Collection)]
public sealed class ContactBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task The_administrator_sets_the_contact_details_and_a_phone_shows_them_in_both_languages()
    {
        var admin = await browser.SignedInPageAsync(portal, DemoUsers.Administrator);
        await admin.FollowMenuLinkAsync("Thông tin liên hệ");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Thông tin liên hệ", Level = 1 })).ToBeVisibleAsync();

        // A mistyped e-mail address is told beside the field, with the focus on the summary; nothing is saved.
        await admin.GetByLabel("Thư điện tử").FillAsync("lienhe-songoaivu");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#Email-error, [data-valmsg-for='Email']")).ToContainTextAsync("Địa chỉ thư điện tử không hợp lệ");
        await Accessibility.AssertWcag21AaAsync(admin);

        await admin.GetByLabel("Địa chỉ trụ sở").FillAsync("Số 5 Đường Mẫu, thành phố Đông Hà, tỉnh Quảng Trị (địa chỉ mẫu)");
        await admin.GetByLabel("Địa chỉ (tiếng Anh)").FillAsync("5 Mau Street, Dong Ha City, Quang Tri Province (sample)");
        await admin.GetByLabel("Điện thoại", new() { Exact = true }).FillAsync("0233 3 000 500");
        await admin.GetByLabel("Thư điện tử").FillAsync("lienhe@songoaivu.example.vn");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu thông tin liên hệ");
        await UserGuideScreenshots.TakeAsync(admin, "quan-tri-lien-he", fullPage: true);
        await admin.Context.CloseAsync();

        var phone = await browser.NewPageAsync(portal, 360, 740);
        await phone.GotoAsync("/");
        await Assertions.Expect(phone.Locator("footer [data-footer-contact]")).ToContainTextAsync("0233 3 000 500");
        await phone.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Liên hệ" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Liên hệ", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("[data-contact='address']")).ToHaveTextAsync("Số 5 Đường Mẫu, thành phố Đông Hà, tỉnh Quảng Trị (địa chỉ mẫu)");
        await Assertions.Expect(phone.Locator("[data-contact='phone'] a")).ToHaveAttributeAsync("href", "tel:02333000500");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The contact page scrolls sideways at 360 px.");
        await Accessibility.AssertWcag21AaAsync(phone);
        await UserGuideScreenshots.TakeAsync(phone, "lien-he-dien-thoai", fullPage: true);

        await phone.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Contact us", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("[data-contact='address']")).ToHaveTextAsync("5 Mau Street, Dong Ha City, Quang Tri Province (sample)");
        await Assertions.Expect(phone.Locator("footer [data-footer-contact]")).ToContainTextAsync("5 Mau Street");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The English contact page scrolls sideways at 360 px.");
        await Accessibility.AssertWcag21AaAsync(phone);
        await phone.Context.CloseAsync();
    }
}
