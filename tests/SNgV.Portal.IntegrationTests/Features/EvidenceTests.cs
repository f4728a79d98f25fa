using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// Issue 13, evidence: a reviewer sees a PDF or an image inline in a sandboxed frame, anything else downloads, and
/// the same file twice in one update is refused next to the field.
/// </summary>
public sealed class EvidenceTests(PlanYearPortalFactory factory) : IClassFixture<PlanYearPortalFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6];

    [Fact]
    public async Task A_pdf_opens_inline_in_a_sandbox_framed_by_the_review_page_and_a_word_file_downloads()
    {
        var taskId = await factory.TaskIdAsync(4, 3);
        var staff = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.ConsularStaff);
        using var sent = await staff.PostProgressAsync(taskId, "submit", "30", "InProgress", "Đã triển khai.", [("ke-hoach.pdf", ProgressClient.SmallPdf), ("anh.png", Png), ("bien-ban.docx", Docx)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, sent.StatusCode);
        var update = await factory.WithDbAsync(db => db.ProgressUpdates.Include(u => u.Files).SingleAsync(u => u.PlanTaskId == taskId));
        var pdf = update.Files.Single(f => f.FileName == "ke-hoach.pdf");
        var png = update.Files.Single(f => f.FileName == "anh.png");
        var docx = update.Files.Single(f => f.FileName == "bien-ban.docx");

        var office = factory.CreatePortalClient();
        await office.SignInSuccessfullyAsync(DemoUsers.Office);
        var review = await office.GetHtmlAsync($"/duyet-bao-cao/{update.Id}");
        Assert.Contains($"src=\"/nhiem-vu/{taskId}/tep/{pdf.Id}/xem\"", review, StringComparison.Ordinal);
        Assert.Contains($"src=\"/nhiem-vu/{taskId}/tep/{png.Id}/xem\"", review, StringComparison.Ordinal);
        Assert.DoesNotContain($"/tep/{docx.Id}/xem", review, StringComparison.Ordinal);

        foreach (var (file, type) in new[] { (pdf, "application/pdf"), (png, "image/png") })
        {
            using var inline = await office.GetAsync($"/nhiem-vu/{taskId}/tep/{file.Id}/xem");
            Assert.Equal(System.Net.HttpStatusCode.OK, inline.StatusCode);
            Assert.Equal(type, inline.Content.Headers.ContentType!.MediaType);
            Assert.Equal("inline", inline.Content.Headers.ContentDisposition!.DispositionType);
            var policy = string.Join(";", inline.Headers.GetValues("Content-Security-Policy"));
            Assert.StartsWith("sandbox;", policy, StringComparison.Ordinal);
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
            Assert.Equal("SAMEORIGIN", inline.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", inline.Headers.GetValues("X-Content-Type-Options").Single());
        }

        // A Word file asked for inline is the download, with the portal's own policy.
        using var word = await office.GetAsync($"/nhiem-vu/{taskId}/tep/{docx.Id}/xem");
        Assert.Equal("attachment", word.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("script-src 'self'", string.Join(";", word.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", word.Headers.GetValues("X-Frame-Options").Single());

        // A file whose stored content no longer agrees with its recorded type downloads too.
        await factory.WithDbAsync(db => db.EvidenceFiles.Where(f => f.Id == docx.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.ContentType, "application/pdf")));
        using var relabelled = await office.GetAsync($"/nhiem-vu/{taskId}/tep/{docx.Id}/xem");
        Assert.Equal("attachment", relabelled.Content.Headers.ContentDisposition!.DispositionType);

        // The ordinary link stays a download for every type.
        using var download = await office.GetAsync($"/nhiem-vu/{taskId}/tep/{pdf.Id}");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task The_same_file_twice_in_one_update_is_refused_next_to_the_field_whether_chosen_twice_or_already_attached()
    {
        var taskId = await factory.TaskIdAsync(7, 2);
        var staff = factory.CreatePortalClient();
        await staff.SignInSuccessfullyAsync(DemoUsers.CooperationStaff);

        using var twice = await staff.PostProgressAsync(taskId, "draft", "20", "InProgress", "Đã triển khai.", [("a.pdf", ProgressClient.SmallPdf), ("b.pdf", ProgressClient.SmallPdf)]);
        Assert.Equal(System.Net.HttpStatusCode.OK, twice.StatusCode);
        var errors = PortalClient.FieldErrors(await twice.Content.ReadAsStringAsync());
        Assert.Contains("trùng với tệp \"a.pdf\"", errors["Input.Files"], StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ProgressUpdates.AnyAsync(u => u.PlanTaskId == taskId)));

        using var first = await staff.PostProgressAsync(taskId, "draft", "20", "InProgress", "Đã triển khai.", [("a.pdf", ProgressClient.SmallPdf)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, first.StatusCode);
        using var again = await staff.PostProgressAsync(taskId, "draft", "25", "InProgress", "Đã triển khai thêm.", [("a-ban-sao.pdf", ProgressClient.SmallPdf)]);
        Assert.Equal(System.Net.HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("a-ban-sao.pdf", PortalClient.FieldErrors(await again.Content.ReadAsStringAsync())["Input.Files"], StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.PlanTaskId == taskId))));
    }
}
