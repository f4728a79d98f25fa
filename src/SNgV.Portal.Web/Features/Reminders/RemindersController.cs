using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>The Office chases a unit about chosen tasks, and sees every reminder sent, by hand or automatically.</summary>
[Authorize(Policies.CanSendReminders)]
[Route("don-doc")]
public sealed class RemindersController(ReminderService reminders) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? unitId, CancellationToken cancellationToken)
    {
        var form = await reminders.FormAsync(unitId, null, cancellationToken);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost("")]
    public async Task<IActionResult> Send([Bind(Prefix = "Input")] ReminderInput input)
    {
        if (ModelState.IsValid)
        {
            var (unitName, taskCount, result) = await reminders.SendAsync(input, User.FindFirstValue(ClaimTypes.NameIdentifier)!);
            TempData.SetStatus(result.Recipients == 0
                ? $"Đã lưu đôn đốc {taskCount} nhiệm vụ gửi {unitName}, nhưng đơn vị chưa có tài khoản cán bộ nào đang hoạt động nên chưa ai nhận được."
                : $"Đã gửi đôn đốc {taskCount} nhiệm vụ đến {unitName}: {result.Recipients} người nhận thông báo trên Cổng, {result.Emails} thư điện tử.");
            return RedirectToAction(nameof(History));
        }

        return View(nameof(Index), await reminders.FormAsync(input.UnitId, input));
    }

    [HttpGet("lich-su")]
    public async Task<IActionResult> History(int page = 1, CancellationToken cancellationToken = default) =>
        View(await reminders.HistoryAsync(page, cancellationToken));
}
