using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>
/// The evidence field in a browser (issue 13): a file too large or of the wrong type is refused before anything is
/// sent, with the message beside the field; an upload shows its progress, and the page that follows is the server's.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class EvidenceBrowserTests(BrowserFixture browser, KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task A_too_large_or_wrong_type_file_is_refused_without_a_request_and_an_upload_shows_its_progress()
    {
        var taskId = await portal.TaskIdAsync(4, 2); // led by Phòng Lãnh sự
        var staff = await browser.SignedInPageAsync(portal, DemoUsers.ConsularStaff);
        var posts = 0;
        staff.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        await staff.GotoAsync($"/nhiem-vu/{taskId}/bao-cao");
        await staff.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("30");
        await staff.GetByLabel("Tình trạng thực hiện").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await staff.GetByLabel("Kết quả đã thực hiện").FillAsync("Đã rà soát quy trình hợp pháp hóa lãnh sự.");
        var field = staff.GetByLabel("Tệp minh chứng");
        var message = staff.Locator("#Input_Files-error");

        // 10 MB is the server's default limit: one byte more is refused on choosing, and the form is not sent.
        await field.SetInputFilesAsync(new FilePayload { Name = "quet-ho-so.pdf", MimeType = "application/pdf", Buffer = new byte[(10 * 1024 * 1024) + 1] });
        await Assertions.Expect(message).ToHaveTextAsync("Tệp “quet-ho-so.pdf” vượt quá dung lượng cho phép (10 MB).");
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi Văn phòng duyệt" }).ScrollIntoViewIfNeededAsync();
        await UserGuideScreenshots.TakeAsync(staff, "can-bo-tep-qua-dung-luong");
        await Accessibility.AssertWcag21AaAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi Văn phòng duyệt" }).ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("vượt quá dung lượng");

        await field.SetInputFilesAsync(new FilePayload { Name = "cai-dat.exe", MimeType = "application/octet-stream", Buffer = [0x4D, 0x5A, 0x90, 0] });
        await Assertions.Expect(message).ToHaveTextAsync("Tệp “cai-dat.exe” không phải là PDF, Word, Excel, ảnh PNG hoặc JPEG.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi Văn phòng duyệt" }).ClickAsync();
        Assert.Equal(0, posts);

        // A good file: the message goes. The bar is watched while the file goes up (the page is then replaced by the
        // server's answer, so what the watcher saw is kept in the tab's session storage).
        await field.SetInputFilesAsync(new FilePayload { Name = "bien-ban.pdf", MimeType = "application/pdf", Buffer = ProgressClient.SmallPdf });
        await Assertions.Expect(message).ToBeEmptyAsync();
        await staff.EvaluateAsync("""
            () => {
                const bar = document.getElementById('evidence-progress-bar');
                new MutationObserver(() => {
                    if (bar.max > 1 && bar.value === bar.max && !bar.closest('[hidden]')) {
                        sessionStorage.setItem('evidence-progress', bar.value + '/' + bar.max);
                    }
                }).observe(bar, { attributes: true });
            }
            """);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi Văn phòng duyệt" }).ClickAsync();

        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi báo cáo tiến độ");
        Assert.Equal(1, posts);
        var seen = (await staff.EvaluateAsync<string?>("() => sessionStorage.getItem('evidence-progress')"))?.Split('/').Select(long.Parse).ToArray();
        Assert.NotNull(seen);
        Assert.Equal(seen[1], seen[0]); // the bar reached its end: the whole request, the file and the fields
        Assert.True(seen[1] > ProgressClient.SmallPdf.Length);
        var files = await portal.WithDbAsync(db => db.EvidenceFiles.Where(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.PlanTaskId == taskId)).Select(f => f.FileName).ToListAsync());
        Assert.Equal(["bien-ban.pdf"], files);

        // The Office sees the PDF in the review page's frame.
        var updateId = await portal.WithDbAsync(db => db.ProgressUpdates.Where(u => u.PlanTaskId == taskId).Select(u => u.Id).SingleAsync());
        var office = await browser.SignedInPageAsync(portal, DemoUsers.Office);
        await office.GotoAsync($"/duyet-bao-cao/{updateId}");
        var frame = office.Locator("iframe.evidence-preview");
        await Assertions.Expect(frame).ToHaveAttributeAsync("title", "Xem trước tệp bien-ban.pdf");
        await Assertions.Expect(frame).ToBeVisibleAsync();
    }
}
