using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Reminders;

/// <summary>The Office chases a unit about chosen tasks, and sees every reminder sent, by hand or automatically.</summary>
[Authorize(Policies.CanSendReminders)]
[Route("don-doc")]
public sealed class RemindersController(ReminderService reminders) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? unitId, int? areaId, CancellationToken cancellationToken)
    {
        var form = await reminders.FormAsync(unitId, null, areaId, cancellationToken);
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
    public async Task<IActionResult> History(ReminderHistoryQuery query, CancellationToken cancellationToken) =>
        View(await reminders.HistoryAsync(ModelState.IsValid ? query : new ReminderHistoryQuery(), cancellationToken));

    [HttpGet("lich-su/xuat-excel")]
    public async Task<IActionResult> ExportHistory(ReminderHistoryQuery query, [FromServices] TimeProvider clock, CancellationToken cancellationToken) =>
        ListExport.File("lich-su-don-doc", "LỊCH SỬ ĐÔN ĐỐC THỰC HIỆN NHIỆM VỤ", ReminderHistoryRow.Columns,
            await reminders.ExportHistoryAsync(ModelState.IsValid ? query : new ReminderHistoryQuery(), cancellationToken), clock.GetUtcNow().UtcDateTime);
}
