using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>"Quản lý số liệu PCI": the Office and the administrator keep the record; everyone else reads the dashboard.</summary>
[Authorize(Policies.CanManagePci)]
[Route("pci/quan-ly")]
public sealed class PciAdminController(PciAdminService pci, PciImportService import, PciLinkService links, PciIndicatorService indicators) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Manage(CancellationToken cancellationToken) =>
        View(await pci.ManageAsync(null, null, cancellationToken));

    [HttpPost("tinh")]
    public async Task<IActionResult> AddProvince([Bind(Prefix = "ProvinceInput")] PciProvinceInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (ModelState.Saved(await pci.AddProvinceAsync(input, cancellationToken), prefix: "ProvinceInput"))
            {
                TempData.SetStatus($"Đã thêm {input.Name} vào danh sách tỉnh để so sánh.");
                return RedirectToAction(nameof(Manage), null, null, "tinh");
            }
        }

        return View("Manage", await pci.ManageAsync(input, null, cancellationToken));
    }

    [HttpGet("ket-qua")]
    public async Task<IActionResult> Result([FromQuery(Name = "tinh")] int? provinceId, [FromQuery(Name = "nam")] int? year, CancellationToken cancellationToken) =>
        View("ResultForm", await pci.ResultFormAsync(provinceId, year, cancellationToken));

    [HttpPost("ket-qua")]
    public async Task<IActionResult> Result([Bind(Prefix = "Input")] PciResultInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var isNew = input.ConcurrencyStamp == Guid.Empty;
            if (ModelState.Saved(await pci.SaveResultAsync(input, cancellationToken), stamp => input.ConcurrencyStamp = stamp))
            {
                TempData.SetStatus($"Đã lưu kết quả PCI năm {input.Year}.");
                return RedirectToAction(nameof(PciDashboardController.Index), "PciDashboard", new { nam = input.Year });
            }

            return View("ResultForm", await pci.RedisplayResultAsync(isNew, input, cancellationToken));
        }

        return View("ResultForm", await pci.RedisplayResultAsync(input.ConcurrencyStamp == Guid.Empty, input, cancellationToken));
    }

    [HttpGet("trong-so")]
    public async Task<IActionResult> Edition([FromQuery(Name = "nam")] int? year, CancellationToken cancellationToken) =>
        View("EditionForm", await pci.EditionFormAsync(year, cancellationToken));

    [HttpPost("trong-so")]
    public async Task<IActionResult> Edition([Bind(Prefix = "Input")] PciEditionInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var isNew = input.ConcurrencyStamp == Guid.Empty;
            if (ModelState.Saved(await pci.SaveEditionAsync(input, cancellationToken), stamp => input.ConcurrencyStamp = stamp))
            {
                TempData.SetStatus($"Đã lưu trọng số kỳ công bố PCI {input.Year}.");
                return RedirectToAction(nameof(Manage), null, null, "ky-cong-bo");
            }

            return View("EditionForm", await pci.RedisplayEditionAsync(isNew, input, cancellationToken));
        }

        return View("EditionForm", await pci.RedisplayEditionAsync(input.ConcurrencyStamp == Guid.Empty, input, cancellationToken));
    }

    [HttpGet("muc-tieu")]
    public async Task<IActionResult> Targets([FromQuery(Name = "nam")] int? year, CancellationToken cancellationToken) =>
        View("TargetsForm", await pci.TargetsFormAsync(year, cancellationToken));

    [HttpPost("muc-tieu")]
    public async Task<IActionResult> Targets([Bind(Prefix = "Input")] PciTargetsInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("TargetsForm", await pci.RedisplayTargetsAsync(input, cancellationToken));
        }

        await pci.SaveTargetsAsync(input, cancellationToken);
        TempData.SetStatus($"Đã lưu mục tiêu năm {input.Year}.");
        return RedirectToAction(nameof(PciDashboardController.Index), "PciDashboard", new { nam = input.Year }, "chi-so-thanh-phan");
    }

    [HttpGet("mau-nhap.xlsx")]
    public async Task<IActionResult> Template(CancellationToken cancellationToken) =>
        File(await import.TemplateAsync(cancellationToken), PciSpreadsheet.ContentType, "mau-nhap-pci.xlsx");

    [HttpPost("nhap-tep")]
    [RequestSizeLimit(PciImportInputValidator.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(PciImportInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Manage", await pci.ManageAsync(null, null, cancellationToken));
        }

        await using var stream = input.File!.OpenReadStream();
        var (errors, saved) = await import.ImportAsync(stream, input.File.FileName, cancellationToken);
        if (errors.Count > 0)
        {
            return View("Manage", await pci.ManageAsync(null, errors, cancellationToken));
        }

        TempData.SetStatus($"Đã nhập {saved} dòng kết quả từ tệp {Path.GetFileName(input.File.FileName)}.");
        return RedirectToAction(nameof(Manage), null, null, "ket-qua");
    }

    [HttpGet("lien-ket")]
    public async Task<IActionResult> Links([FromQuery(Name = "keHoach")] int? planId, CancellationToken cancellationToken)
    {
        var form = await links.FormAsync(planId, cancellationToken);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost("lien-ket")]
    public async Task<IActionResult> Links(PciLinksInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !await links.SaveAsync(input, cancellationToken))
        {
            return BadRequest();
        }

        TempData.SetStatus("Đã lưu liên kết giữa kế hoạch và các chỉ số thành phần.");
        return RedirectToAction(nameof(Links), new { keHoach = input.PlanId });
    }

    [HttpGet("chi-tieu")]
    public async Task<IActionResult> Indicators([FromQuery(Name = "nam")] int? year, CancellationToken cancellationToken) =>
        View(await indicators.PageAsync(year, null, cancellationToken));

    [HttpPost("chi-tieu")]
    public async Task<IActionResult> Indicators([Bind(Prefix = "Input")] PciIndicatorInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await indicators.AddAsync(input, cancellationToken))
            {
                TempData.SetStatus($"Đã thêm chỉ tiêu \"{input.Name}\" năm {input.Year}.");
                return RedirectToAction(nameof(Indicators), new { nam = input.Year });
            }

            ModelState.AddModelError("Input.SubIndexNumber", "Vui lòng chọn chỉ số thành phần và tỉnh trong danh sách.");
        }

        return View(await indicators.PageAsync(input.Year, input, cancellationToken));
    }

    [HttpPost("chi-tieu/{id:int}/xoa")]
    public async Task<IActionResult> DeleteIndicator(int id, CancellationToken cancellationToken)
    {
        if (!await indicators.DeleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData.SetStatus("Đã xóa chỉ tiêu.");
        return RedirectToAction(nameof(Indicators));
    }
}
