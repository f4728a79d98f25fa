using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;
using SNgV.Portal.Web.Features.Pci;

namespace SNgV.Portal.IntegrationTests.Features;

public sealed class PciImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A spreadsheet in the template's layout, written by the portal's own writer.</summary>
    public static byte[] Workbook(params IReadOnlyList<object?>[] rows) =>
        PciSpreadsheet.Write(PciSpreadsheet.Headers([.. Enumerable.Range(1, 10).Select(n => new PciSubIndexOption(n, $"Chỉ số {n}"))]), rows);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string name = "pci.xlsx")
    {
        var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/pci/quan-ly"));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(PciSpreadsheet.ContentType);
        content.Add(part, "File", name);
        return await client.PostAsync("/pci/quan-ly/nhap-tep", content);
    }

    [Fact]
    public async Task The_template_is_a_workbook_holding_the_home_record_and_reads_back()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Administrator);

        using var response = await client.GetAsync("/pci/quan-ly/mau-nhap.xlsx");

        Assert.Equal(PciSpreadsheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        var rows = PciSpreadsheet.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.NotNull(rows);
        var row2022 = rows.Single(r => r.Cells["B"] == "2022").Cells;
        Assert.Equal(("Quảng Trị", "61.26", "59", "6.93", "6.78"), (row2022["A"], row2022["C"], row2022["D"], row2022["F"], row2022["O"]));
        Assert.DoesNotContain("F", rows.Single(r => r.Cells["B"] == "2013").Cells.Keys);
    }

    [Fact]
    public async Task Every_invalid_cell_is_reported_by_row_and_column_and_nothing_is_saved()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        var file = Workbook(
            ["Quảng Ninh", 2024, 74.1m, 2, "VCCI"],
            ["Quảng Trị", 2024, "64,10", null, "VCCI", 7.1m, 6.5m, "11", 7m, 6.9m, 5.4m, 6.7m, 4.8m, "5,491", 6.8m],
            ["Hà Giang", 2024, 55m]);

        using var response = await UploadAsync(client, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Tệp chưa được lưu vì có 3 lỗi", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3, cột H: Điểm phải từ 1 đến 10.", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3, cột N: Điểm chỉ có tối đa 2 chữ số thập phân.", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột A: Không có tỉnh \"Hà Giang\" trong danh sách", html, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.PciResults.AnyAsync(r => r.Year == 2024 && r.Province!.Name != "Hải Phòng")));
    }

    [Fact]
    public async Task A_valid_file_adds_new_years_and_corrects_recorded_ones_in_one_go()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);
        var file = Workbook(
            ["Quảng Ninh", 2021, 72.33m, 1, "VCCI, PCI 2021"],
            ["quảng trị", 2023, 63.23m, null, "VCCI, hồ sơ PCI 2023 (đã đối chiếu)", 7.43m, 6.47m, "6,09", "6.86", 6.57m, 4.65m, 6.3m, 6.42m, 5.78m, 6.66m]);

        using var response = await UploadAsync(client, file);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (ninh, tri) = await factory.WithDbAsync(async db => (
            await db.PciResults.Where(r => r.Province!.Name == "Quảng Ninh" && r.Year == 2021).Select(r => r.PublishedComposite).SingleAsync(),
            await db.PciResults.Where(r => r.Province!.IsHome && r.Year == 2023).Select(r => new { r.Source, Count = r.Scores.Count }).SingleAsync()));
        Assert.Equal(72.33m, ninh);
        Assert.Equal(("VCCI, hồ sơ PCI 2023 (đã đối chiếu)", 10), (tri.Source, tri.Count));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_in_Vietnamese()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(DemoUsers.Office);

        using var wrongType = await UploadAsync(client, [1, 2, 3], "pci.csv");
        using var notZip = await UploadAsync(client, "không phải bảng tính"u8.ToArray());

        Assert.Contains("Chỉ nhận tệp bảng tính .xlsx", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Tệp không phải là bảng tính .xlsx hợp lệ", await notZip.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
