using System.Net;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class PciAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(DemoUsers.Office, "GET", "/pci/quan-ly", 200)]
    [InlineData(DemoUsers.Administrator, "GET", "/pci/quan-ly", 200)]
    [InlineData(DemoUsers.Leadership, "GET", "/pci/quan-ly", 403)]
    [InlineData(DemoUsers.ConsularStaff, "GET", "/pci/quan-ly", 403)]
    [InlineData(DemoUsers.Office, "GET", "/pci/quan-ly/ket-qua?nam=2022", 200)]
    [InlineData(DemoUsers.Leadership, "GET", "/pci/quan-ly/ket-qua", 403)]
    [InlineData(DemoUsers.ConsularStaff, "GET", "/pci/quan-ly/trong-so", 403)]
    [InlineData(DemoUsers.Leadership, "POST", "/pci/quan-ly/ket-qua", 403)]
    [InlineData(DemoUsers.ConsularStaff, "POST", "/pci/quan-ly/ket-qua", 403)]
    [InlineData(DemoUsers.Leadership, "POST", "/pci/quan-ly/trong-so", 403)]
    [InlineData(DemoUsers.ConsularStaff, "POST", "/pci/quan-ly/muc-tieu", 403)]
    [InlineData(DemoUsers.Leadership, "POST", "/pci/quan-ly/tinh", 403)]
    public async Task Only_the_Office_and_the_administrator_change_PCI_data(string user, string method, string url, int expected)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(user);
        var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/tong-quan"));
        var before = await factory.WithDbAsync(db => db.PciResults.CountAsync());
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Year", "2030"), new("Input.Composite", "70"), new("ProvinceInput.Name", "Thử")]);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.PciResults.CountAsync()));
    }

    [Fact]
    public async Task The_Office_enters_a_year_typing_decimals_with_a_comma_or_a_point()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        var homeId = await factory.WithDbAsync(db => db.PciProvinces.Where(p => p.IsHome).Select(p => p.Id).SingleAsync());
        string[] scores = ["7,10", "6.50", "6,2", "7", "6.96", "5,40", "6,71", "4.81", "5,49", "6,78"];

        using var response = await client.PostFormAsync("/pci/quan-ly/ket-qua", "/pci/quan-ly/ket-qua",
        [
            new("Input.ProvinceId", homeId.ToString()), new("Input.Year", "2024"), new("Input.Composite", "62,5"), new("Input.Rank", ""), new("Input.Source", "VCCI, PCI 2024"),
            .. scores.Select((s, i) => new KeyValuePair<string, string>($"Input.Scores[{i}]", s)),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.PciResults.Where(r => r.PciProvinceId == homeId && r.Year == 2024)
            .Select(r => new { r.PublishedComposite, r.NationalRank, Scores = r.Scores.OrderBy(s => s.SubIndex!.Number).Select(s => s.Score).ToList() }).SingleAsync());
        Assert.Equal(62.5m, saved.PublishedComposite);
        Assert.Null(saved.NationalRank);
        Assert.Equal([7.10m, 6.50m, 6.2m, 7m, 6.96m, 5.40m, 6.71m, 4.81m, 5.49m, 6.78m], saved.Scores);

        // A correction is audited, in the words of the screens.
        var stamp = await factory.WithDbAsync(db => db.PciResults.Where(r => r.PciProvinceId == homeId && r.Year == 2024).Select(r => r.ConcurrencyStamp).SingleAsync());
        using var corrected = await client.PostFormAsync("/pci/quan-ly/ket-qua?nam=2024", "/pci/quan-ly/ket-qua",
        [
            new("Input.ConcurrencyStamp", stamp.ToString()), new("Input.ProvinceId", homeId.ToString()), new("Input.Year", "2024"), new("Input.Composite", "62,55"), new("Input.Source", "VCCI, PCI 2024"),
            .. scores.Select((s, i) => new KeyValuePair<string, string>($"Input.Scores[{i}]", s)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var audit = await client.GetHtmlAsync("/nhat-ky?entityType=PciResult");
        Assert.Contains("Kết quả PCI", audit, StringComparison.Ordinal);
        Assert.Contains("Chỉ số tổng hợp công bố", audit, StringComparison.Ordinal);

        // A stale form is refused rather than overwriting the newer figures.
        using var stale = await client.PostFormAsync("/pci/quan-ly/ket-qua?nam=2024", "/pci/quan-ly/ket-qua",
        [
            new("Input.ConcurrencyStamp", stamp.ToString()), new("Input.ProvinceId", homeId.ToString()), new("Input.Year", "2024"), new("Input.Composite", "60"), new("Input.Source", "VCCI, PCI 2024"),
            .. scores.Select((s, i) => new KeyValuePair<string, string>($"Input.Scores[{i}]", s)),
        ]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(62.55m, await factory.WithDbAsync(db => db.PciResults.Where(r => r.PciProvinceId == homeId && r.Year == 2024).Select(r => r.PublishedComposite).SingleAsync()));
    }

    [Fact]
    public async Task Invalid_scores_are_reported_in_Vietnamese_beside_the_field_and_in_the_summary_and_nothing_is_saved()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        var homeId = await factory.WithDbAsync(db => db.PciProvinces.Where(p => p.IsHome).Select(p => p.Id).SingleAsync());
        string[] scores = ["10,5", "6,555", "sáu", "7", "6", "5", "6", "4", "5", "6"];

        using var response = await client.PostFormAsync("/pci/quan-ly/ket-qua", "/pci/quan-ly/ket-qua",
        [
            new("Input.ProvinceId", homeId.ToString()), new("Input.Year", "2025"), new("Input.Composite", "101"), new("Input.Source", ""),
            .. scores.Select((s, i) => new KeyValuePair<string, string>($"Input.Scores[{i}]", s)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("validation-summary", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"Input_Scores_0_loi\" class=\"text-danger small\">Điểm phải từ 1 đến 10.</span>", html, StringComparison.Ordinal);
        Assert.Contains("Điểm chỉ có tối đa 2 chữ số thập phân.", html, StringComparison.Ordinal);
        Assert.Contains("Điểm phải là số, ví dụ 6,58.", html, StringComparison.Ordinal);
        Assert.Contains("Chỉ số tổng hợp phải từ 1 đến 100.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập nguồn số liệu.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Scores_2_\"", html, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.PciResults.AnyAsync(r => r.Year == 2025)));
    }

    [Fact]
    public async Task Weights_must_add_up_to_one_and_an_edition_can_then_be_added()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        string[] wrong = ["0,05", "0,10", "0,05", "0,05", "0,15", "0,10", "0,15", "0,15", "0,10", "0,05"];
        string[] right = ["0,05", "0,10", "0,05", "0,05", "0,15", "0,10", "0,15", "0,15", "0.10", "0.10"];
        KeyValuePair<string, string>[] Fields(string[] weights) =>
            [new("Input.Year", "2026"), new("Input.SourceNote", "Giả định: như năm 2022"), .. weights.Select((w, i) => new KeyValuePair<string, string>($"Input.Weights[{i}]", w))];

        using var rejected = await client.PostFormAsync("/pci/quan-ly/trong-so", "/pci/quan-ly/trong-so", Fields(wrong));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("Tổng các trọng số phải bằng 1 (hiện là 0,95).", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var accepted = await client.PostFormAsync("/pci/quan-ly/trong-so", "/pci/quan-ly/trong-so", Fields(right));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(1m, await factory.WithDbAsync(db => db.PciEditions.Where(e => e.Year == 2026).SelectMany(e => e.Weights).SumAsync(w => w.Weight)));
    }

    [Fact]
    public async Task Targets_show_on_the_dashboard_with_the_gap_to_them()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);

        using var response = await client.PostFormAsync("/pci/quan-ly/muc-tieu", "/pci/quan-ly/muc-tieu",
            [new("Input.Year", "2023"), new("Input.Targets[2]", "6,5"), new("Input.Targets[8]", "6.00"), .. Enumerable.Range(0, 10).Where(i => i is not 2 and not 8).Select(i => new KeyValuePair<string, string>($"Input.Targets[{i}]", ""))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetHtmlAsync("/pci?nam=2023");
        var losses = html[html.IndexOf("pci-losses", StringComparison.Ordinal)..html.IndexOf("id=\"chi-so-thanh-phan\"", StringComparison.Ordinal)];
        // Transparency 6,09 against 6,50: 0,41 short; labour training 5,78 against 6,00: 0,22 short.
        Assert.Matches("3. Tính minh bạch</a></th>\\s*<td class=\"text-end\">5%</td>\\s*<td class=\"text-end\">6,09</td>\\s*<td class=\"text-end\">6,50</td>\\s*<td class=\"text-end\">0,41</td>", losses);
        Assert.Contains("<td class=\"text-end\">6,00</td>\n                            <td class=\"text-end\">0,22</td>", losses.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

public sealed class PciLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_Office_edits_the_links_and_the_dashboard_follows_them()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        var form = await client.GetHtmlAsync("/pci/quan-ly/lien-ket");
        var planId = await factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id).SingleAsync());
        var area3 = await factory.WithDbAsync(db => db.SolutionAreas.Where(a => a.PlanId == planId && a.Number == 3).Select(a => a.Id).SingleAsync());
        var task71 = await factory.TaskIdAsync(7, 1);
        Assert.Contains($"value=\"{area3}-3\" checked=\"checked\"", form, StringComparison.Ordinal);

        // Keep every seeded area link except II.3 → transparency, and link task II.7.1 to transparency directly.
        var seeded = await factory.WithDbAsync(db => db.SolutionAreaPciLinks.Where(l => l.SolutionArea!.PlanId == planId)
            .Select(l => new { l.SolutionAreaId, l.SubIndex!.Number }).ToListAsync());
        using var response = await client.PostFormAsync("/pci/quan-ly/lien-ket", "/pci/quan-ly/lien-ket",
        [
            new("PlanId", planId.ToString()),
            .. seeded.Where(l => l.SolutionAreaId != area3).Select(l => new KeyValuePair<string, string>("Areas", $"{l.SolutionAreaId}-{l.Number}")),
            new("Tasks", $"{task71}-3"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetHtmlAsync("/pci?chiSo=3");
        var tasks = html[html.IndexOf("id=\"nhiem-vu\"", StringComparison.Ordinal)..];
        Assert.Contains("1 nhiệm vụ", tasks, StringComparison.Ordinal);
        Assert.Contains("II.7.1", tasks, StringComparison.Ordinal);
        Assert.Contains("Liên kết trực tiếp", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("II.3.1", tasks, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Leadership)]
    [InlineData(DemoUsers.ConsularStaff)]
    public async Task Others_cannot_change_the_links(string user)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(user);
        var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/tong-quan"));
        var before = await factory.WithDbAsync(db => db.SolutionAreaPciLinks.CountAsync());

        using var response = await client.PostAsync("/pci/quan-ly/lien-ket", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("PlanId", "1")]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SolutionAreaPciLinks.CountAsync()));
    }
}

public sealed class PciIndicatorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_Office_records_an_indicator_that_the_dashboard_shows_under_its_sub_index_and_can_remove_it()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        var homeId = await factory.WithDbAsync(db => db.PciProvinces.Where(p => p.IsHome).Select(p => p.Id).SingleAsync());

        using var invalid = await client.PostFormAsync("/pci/quan-ly/chi-tieu", "/pci/quan-ly/chi-tieu",
            [new("Input.SubIndexNumber", "5"), new("Input.ProvinceId", homeId.ToString()), new("Input.Year", "2023"), new("Input.Name", ""), new("Input.RawValue", "abc"), new("Input.Unit", "%"), new("Input.Direction", "HigherIsWorse"), new("Input.Score", "11")]);
        var errors = PortalClient.FieldErrors(await invalid.Content.ReadAsStringAsync());
        Assert.Equal("Vui lòng nhập tên chỉ tiêu.", errors["Input.Name"]);
        Assert.Equal("Giá trị phải là số, ví dụ 42,5.", errors["Input.RawValue"]);
        Assert.Equal("Điểm phải từ 1 đến 10.", errors["Input.Score"]);

        using var saved = await client.PostFormAsync("/pci/quan-ly/chi-tieu", "/pci/quan-ly/chi-tieu",
            [new("Input.SubIndexNumber", "5"), new("Input.ProvinceId", homeId.ToString()), new("Input.Year", "2023"), new("Input.Name", "Tỷ lệ doanh nghiệp phải trả chi phí không chính thức"), new("Input.RawValue", "42,5"), new("Input.Unit", "%"), new("Input.Direction", "HigherIsWorse"), new("Input.Score", "")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await client.GetHtmlAsync("/pci?chiSo=5");
        Assert.Contains("Tỷ lệ doanh nghiệp phải trả chi phí không chính thức</th><td class=\"text-end\">42,50 %</td><td>Càng cao càng kém</td>", html, StringComparison.Ordinal);

        var id = await factory.WithDbAsync(db => db.PciIndicators.Select(i => i.Id).SingleAsync());
        using var deleted = await client.PostFormAsync("/pci/quan-ly/chi-tieu", $"/pci/quan-ly/chi-tieu/{id}/xoa", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.PciIndicators.AnyAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.Leadership, "/pci/quan-ly/chi-tieu")]
    [InlineData(DemoUsers.ConsularStaff, "/pci/quan-ly/chi-tieu")]
    [InlineData(DemoUsers.ConsularStaff, "/pci/quan-ly/chi-tieu/1/xoa")]
    public async Task Others_cannot_record_or_remove_indicators(string user, string url)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(user);
        var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/tong-quan"));

        using var response = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Name", "x")]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
