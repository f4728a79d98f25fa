using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>
/// Plan section II.7 in a browser: the Office opens a round, citizens answer on a phone in both languages, the indices
/// follow, and the administrator corrects the questionnaire's wording.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class SurveyBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    private const string Procedure = "Chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu";

    [Fact]
    public async Task Citizens_answer_on_a_phone_in_Vietnamese_and_English_the_Office_sees_the_indices_and_the_administrator_corrects_the_wording()
    {
        // The Office opens a round for one procedure.
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await office.FollowMenuLinkAsync("Khảo sát sự hài lòng");
        await office.GetByRole(AriaRole.Link, new() { Name = "Tạo đợt khảo sát" }).ClickAsync();
        await office.GetByLabel("Tên đợt", new() { Exact = true }).FillAsync("Khảo sát quý II/2019");
        await office.GetByLabel("Địa chỉ ngắn (sau /khao-sat/)").FillAsync("2019-q2");
        await office.GetByLabel("Từ ngày").FillAsync("01/05/2019");
        await office.GetByLabel("Đến ngày").FillAsync("30/06/2019");
        await office.GetByLabel(Procedure).CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu đợt khảo sát" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu đợt khảo sát");

        // In Vietnamese, on a 375 × 800 phone: a first try without answers shows the summary, then 2 and "không áp dụng" on 1.1 and 1.2, 5 elsewhere.
        var phone = await browser.NewPageAsync(portal, 375, 800);
        await phone.GotoAsync("/khao-sat");
        await Assertions.Expect(phone.Locator("fieldset.survey-criterion")).ToHaveCountAsync(22);
        await Accessibility.AssertWcag21AaAsync(phone);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu khảo sát" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".validation-summary")).ToContainTextAsync("Vui lòng trả lời tiêu chí 1.1");
        await Accessibility.AssertWcag21AaAsync(phone);
        await phone.GetByLabel("Thủ tục", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Procedure });
        await AnswerAsync(phone, i => i switch { 0 => "2", 1 => "0", _ => "5" }, overall: "4");
        await phone.GetByLabel("Độ tuổi").SelectOptionAsync(new SelectOptionValue { Label = "25–34" });
        await phone.GetByLabel("Ý kiến góp ý khác (không bắt buộc)").FillAsync("Nơi chờ còn thiếu ghế.");
        await phone.Locator("fieldset.survey-criterion").First.ScrollIntoViewIfNeededAsync();
        await UserGuideScreenshots.TakeAsync(phone, "khao-sat-dien-thoai");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu khảo sát" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Cảm ơn Ông/Bà đã tham gia khảo sát" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator(".survey-reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^KS190520-[2-9A-Z]{6}$"));

        // In English: 5 on 1.1, 4 elsewhere.
        var english = await browser.NewPageAsync(portal, 375, 800);
        await english.GotoAsync("/khao-sat");
        await english.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Name = "Satisfaction survey", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(english.GetByText("The waiting area has enough seats")).ToBeVisibleAsync();
        await Accessibility.AssertWcag21AaAsync(english);
        await english.GetByLabel("Procedure", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Procedure });
        await AnswerAsync(english, i => i == 0 ? "5" : "4", overall: "5");
        await english.GetByRole(AriaRole.Button, new() { Name = "Send the survey" }).ClickAsync();
        await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Name = "Thank you for taking part in the survey" })).ToBeVisibleAsync();

        // Both were sent within seconds of opening the form: kept, flagged, and counted once the Office says so.
        await office.GotoAsync("/quan-ly-khao-sat");
        await office.GetByRole(AriaRole.Link, new() { Name = "Phiếu cần xem xét" }).ClickAsync();
        await Assertions.Expect(office.Locator("table.survey-flagged tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(office.Locator("table.survey-flagged")).ToContainTextAsync("gửi quá nhanh");
        for (var i = 0; i < 2; i++)
        {
            await office.Locator("table.survey-flagged tbody tr").First.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Tính") }).ClickAsync();
            await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tính phiếu vào kết quả");
        }

        // 1.1: 2 and 5 → 50 %; 1.2: "không áp dụng" and 4 → 100 %; element 1 → 87.5 %; SIPAS → 97.5 %.
        await office.FollowMenuLinkAsync("Kết quả khảo sát");
        await Assertions.Expect(office.Locator(".survey-n")).ToHaveTextAsync("2");
        await Assertions.Expect(office.Locator(".survey-sipas")).ToHaveTextAsync("97,50 %");
        await Assertions.Expect(office.Locator("tr[data-criterion='1.1'] td").First).ToHaveTextAsync("50,00 %");
        await Assertions.Expect(office.Locator("tr[data-criterion='1.2'] td").First).ToHaveTextAsync("100,00 %");
        await Assertions.Expect(office.Locator("tr.survey-element-row td").First).ToHaveTextAsync("87,50 %");
        await Assertions.Expect(office.GetByText("Nơi chờ còn thiếu ghế.")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Phương pháp tính" })).ToBeVisibleAsync();
        await UserGuideScreenshots.TakeAsync(office, "ket-qua-khao-sat", fullPage: true);
        await Accessibility.AssertWcag21AaAsync(office);

        // The public page shows the same aggregate with n.
        var visitor = await browser.NewPageAsync(portal, 375, 800);
        await visitor.GotoAsync("/ket-qua-khao-sat");
        await Assertions.Expect(visitor.Locator(".survey-sipas")).ToHaveTextAsync("97,50 %");
        await Assertions.Expect(visitor.Locator(".survey-n")).ToHaveTextAsync("2");
        await Accessibility.AssertWcag21AaAsync(visitor);

        // A paper form, keyboard only.
        await office.GotoAsync("/quan-ly-khao-sat");
        await office.GetByRole(AriaRole.Link, new() { Name = "Nhập phiếu giấy Khảo sát quý II/2019" }).ClickAsync();
        await office.GetByLabel("Thủ tục ghi trên phiếu").SelectOptionAsync(new SelectOptionValue { Label = Procedure });
        await office.Keyboard.PressAsync("Tab");
        foreach (var digits in new[] { "5544", "45454", "555555", "444", "5405" })
        {
            await office.Keyboard.TypeAsync(digits);
            await office.Keyboard.PressAsync("Tab");
        }

        await office.Keyboard.TypeAsync("5");
        await Assertions.Expect(office.GetByLabel("Hài lòng chung (1–5)")).ToHaveValueAsync("5");
        await UserGuideScreenshots.TakeAsync(office, "van-phong-nhap-phieu-giay", fullPage: true);
        await office.Keyboard.PressAsync("Enter");
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu phiếu giấy");

        // The administrator corrects criterion 1.1. Version 1 has three responses, so it is kept and version 2 made.
        var admin = await browser.SignedInPageAsync(portal, DemoUsers.Administrator);
        await admin.FollowMenuLinkAsync("Mẫu phiếu khảo sát");
        await Assertions.Expect(admin.Locator("tr[data-version='sipas-2017-1'] td").Nth(5)).ToHaveTextAsync("3");
        await Accessibility.AssertWcag21AaAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Sửa câu chữ phiên bản 1 của sipas-2017" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".questionnaire-outcome")).ToContainTextAsync("Khi lưu, cổng tạo phiên bản 2");
        await admin.GetByLabel("Tiêu chí 1.1 (tiếng Việt)").FillAsync("Nơi ngồi chờ có đủ chỗ ngồi, thoáng mát");
        await admin.GetByLabel("Tiêu chí 1.1 (tiếng Anh)").FillAsync("The waiting area has enough seats and fresh air");
        await UserGuideScreenshots.TakeAsync(admin, "quan-tri-mau-phieu-khao-sat");
        await Accessibility.AssertWcag21AaAsync(admin);

        // An emptied English name is reported at the top and beside the box; what was typed stays.
        await admin.GetByLabel("Tên yếu tố 2 (tiếng Anh)").FillAsync("");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu thành phiên bản 2" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".validation-summary")).ToContainTextAsync("Vui lòng nhập tên yếu tố 2 (tiếng Anh).");
        await Assertions.Expect(admin.GetByLabel("Tiêu chí 1.1 (tiếng Việt)")).ToHaveValueAsync("Nơi ngồi chờ có đủ chỗ ngồi, thoáng mát");
        await Accessibility.AssertWcag21AaAsync(admin);
        await admin.GetByLabel("Tên yếu tố 2 (tiếng Anh)").FillAsync("The administrative procedure");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu thành phiên bản 2" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("đã tạo mẫu phiếu phiên bản 2");
        await Assertions.Expect(admin.Locator("tr[data-version='sipas-2017-2']")).ToContainTextAsync("mới nhất");
        await Assertions.Expect(admin.Locator("tr[data-version='sipas-2017-1'] td").Nth(5)).ToHaveTextAsync("3");

        // The round and its indices keep the wording people rated.
        await office.GotoAsync("/ket-qua-khao-sat/chi-tiet");
        await Assertions.Expect(office.Locator("tr[data-criterion='1.1'] th")).ToHaveTextAsync("1.1. Nơi ngồi chờ có đủ chỗ ngồi");
    }

    /// <summary>Clicks, for each criterion in order, the option whose value <paramref name="value"/> gives ("0" = không áp dụng).</summary>
    private static async Task AnswerAsync(IPage page, Func<int, string> value, string overall)
    {
        var criteria = page.Locator("fieldset.survey-criterion");
        for (var i = 0; i < 22; i++)
        {
            await criteria.Nth(i).Locator($"input[type=radio][value='{value(i)}']").CheckAsync();
        }

        await page.Locator($"input[name='Input.Overall'][value='{overall}']").CheckAsync();
    }
}
