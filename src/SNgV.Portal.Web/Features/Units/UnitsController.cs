using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Features.Units;

/// <summary>"Đơn vị": the administrator adds, renames, retires and merges the department's units.</summary>
[Authorize(Policies.CanManageAccounts)]
[Route("quan-tri/don-vi")]
public sealed class UnitsController(UnitService units) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await units.ListAsync(cancellationToken));

    [HttpGet("tao-moi")]
    public IActionResult Create() => View("Form", new UnitFormViewModel(null, new UnitInput(), IsActive: true));

    [HttpPost("tao-moi")]
    public Task<IActionResult> Create([Bind(Prefix = "Input")] UnitInput input, CancellationToken cancellationToken) =>
        SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await units.FormAsync(id, cancellationToken) is { } model ? View("Form", model) : NotFound();

    [HttpPost("{id:int}/sua")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] UnitInput input, CancellationToken cancellationToken) =>
        SaveAsync(id, input, cancellationToken);

    [HttpPost("{id:int}/ngung-su-dung")]
    public async Task<IActionResult> Retire(int id, [FromForm] Guid? concurrencyStamp, CancellationToken cancellationToken) =>
        Outcome(await units.RetireAsync(id, concurrencyStamp, cancellationToken),
            "Đã ngừng sử dụng đơn vị. Nhiệm vụ, tài khoản và lịch sử của đơn vị được giữ nguyên; đơn vị không còn trong danh sách chọn.");

    [HttpPost("{id:int}/su-dung-lai")]
    public async Task<IActionResult> Reactivate(int id, [FromForm] Guid? concurrencyStamp, CancellationToken cancellationToken) =>
        Outcome(await units.ReactivateAsync(id, concurrencyStamp, cancellationToken),
            "Đã sử dụng lại đơn vị. Đơn vị có lại trong danh sách chọn khi giao nhiệm vụ và tạo tài khoản.");

    private IActionResult Outcome(SaveResult result, string savedMessage)
    {
        if (result.Status == SaveStatus.NotFound)
        {
            return NotFound();
        }

        TempData.SetStatus(result.Status switch
        {
            SaveStatus.Saved => savedMessage,
            SaveStatus.Conflict => ControllerExtensions.ConflictNotice,
            _ => result.Message,
        });
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/sap-nhap")]
    public async Task<IActionResult> Merge(int id, CancellationToken cancellationToken)
    {
        var source = await units.FindAsync(id, cancellationToken);
        return source is null
            ? NotFound()
            : View(new UnitMergeViewModel(source, new UnitMergeInput { ConcurrencyStamp = source.ConcurrencyStamp }, await units.MergeTargetsAsync(id, cancellationToken)));
    }

    [HttpPost("{id:int}/sap-nhap")]
    public async Task<IActionResult> Merge(int id, [Bind(Prefix = "Input")] UnitMergeInput input, CancellationToken cancellationToken)
    {
        var source = await units.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await units.MergeAsync(id, input, CurrentUser.From(User).Id, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result, stamp => input.ConcurrencyStamp = stamp))
            {
                var moved = result.Value;
                TempData.SetStatus($"Đã sáp nhập {source.Name}: chuyển {moved.TasksLed} nhiệm vụ chủ trì, {moved.TasksSupported} nhiệm vụ phối hợp, "
                    + $"{moved.Accounts} tài khoản và {moved.UpdatesMoved} báo cáo tiến độ sang đơn vị nhận"
                    + (moved.UpdatesKept > 0 ? $"; {moved.UpdatesKept} báo cáo trùng kỳ với báo cáo của đơn vị nhận được giữ lại ở đơn vị cũ." : ".")
                    + " Đơn vị cũ đã ngừng sử dụng.");
                return RedirectToAction(nameof(Index));
            }

            source = await units.FindAsync(id, cancellationToken) ?? source;
        }

        input.Confirmed = false;
        return View(new UnitMergeViewModel(source, input, await units.MergeTargetsAsync(id, cancellationToken)));
    }

    private async Task<IActionResult> SaveAsync(int? id, UnitInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await units.SaveAsync(id, input, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result, stamp => input.ConcurrencyStamp = stamp))
            {
                TempData.SetStatus(id is null ? $"Đã thêm đơn vị {input.Name} ({input.Code})." : $"Đã lưu đơn vị {input.Name} ({input.Code}).");
                return RedirectToAction(nameof(Index));
            }
        }

        var isActive = id is null || (await units.FormAsync(id.Value, cancellationToken))?.IsActive == true;
        return View("Form", new UnitFormViewModel(id, input, isActive));
    }
}
