using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Recruitment;

/// <summary>"Quản lý tin tuyển dụng": the Office and the service centre write, publish and close out recruitment notices.</summary>
[Authorize(Policies.CanPublishRecruitment)]
[Route("quan-ly-tuyen-dung")]
public sealed class RecruitmentAdminController(RecruitmentService recruitment) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Manage", await recruitment.AdminListAsync(cancellationToken));

    [HttpGet("tao-moi")]
    public IActionResult Create() => View("Form", new RecruitmentFormViewModel(null, new RecruitmentNoticeInput { Posts = 1 }, null, null));

    [HttpPost("tao-moi")]
    [RequestSizeLimit(EvidenceOptions.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceOptions.MaxRequestBytes)]
    public Task<IActionResult> Create([Bind(Prefix = "Input")] RecruitmentNoticeInput input, CancellationToken cancellationToken) =>
        SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await recruitment.FormAsync(id, cancellationToken) is { } form ? View("Form", form) : NotFound();

    [HttpPost("{id:int}")]
    [RequestSizeLimit(EvidenceOptions.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceOptions.MaxRequestBytes)]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] RecruitmentNoticeInput input, CancellationToken cancellationToken) =>
        SaveAsync(id, input, cancellationToken);

    [HttpPost("{id:int}/dang-tin")]
    public Task<IActionResult> Publish(int id, [FromForm] Guid? concurrencyStamp, CancellationToken cancellationToken) =>
        SetPublishedAsync(id, true, concurrencyStamp, "Đã đăng tin tuyển dụng trên Cổng; tin tự chuyển vào mục lưu trữ sau hạn nộp hồ sơ.", cancellationToken);

    [HttpPost("{id:int}/go-tin")]
    public Task<IActionResult> Unpublish(int id, [FromForm] Guid? concurrencyStamp, CancellationToken cancellationToken) =>
        SetPublishedAsync(id, false, concurrencyStamp, "Đã gỡ tin tuyển dụng khỏi Cổng; tin trở lại bản nháp.", cancellationToken);

    private async Task<IActionResult> SetPublishedAsync(int id, bool publish, Guid? stamp, string message, CancellationToken cancellationToken)
    {
        var result = await recruitment.SetPublishedAsync(id, publish, stamp, cancellationToken);
        if (result.Status == SaveStatus.NotFound)
        {
            return NotFound();
        }

        TempData.SetStatus(result.Status == SaveStatus.Saved ? message : ControllerExtensions.ConflictNotice);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(int? id, RecruitmentNoticeInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await recruitment.SaveAsync(id, input, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result, stamp => input.ConcurrencyStamp = stamp))
            {
                TempData.SetStatus(id is null
                    ? $"Đã lưu bản nháp tin tuyển dụng \"{input.Position}\". Bấm Đăng tin để công khai trên Cổng."
                    : $"Đã lưu tin tuyển dụng \"{input.Position}\".");
                return RedirectToAction(nameof(Index));
            }
        }

        var stored = id is null ? null : await recruitment.FormAsync(id.Value, cancellationToken);
        if (id is not null && stored is null)
        {
            return NotFound();
        }

        return View("Form", new RecruitmentFormViewModel(id, input, stored?.PublishedOn, stored?.JobDescriptionFileName));
    }
}
