using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Calendar;

/// <summary>"Lịch làm việc": the Office records each year's holidays and make-up working days, which every deadline uses.</summary>
[Authorize(Policies.CanManageProcedures)]
[Route("lich-lam-viec")]
public sealed class CalendarController(CalendarService calendar, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? nam, CancellationToken cancellationToken)
    {
        var year = nam is >= 2000 and <= 2100 ? nam.Value : VietnamTime.Today(clock).Year;
        return View(await calendar.YearAsync(year, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Input")] CalendarDayInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await calendar.AddAsync(input, cancellationToken))
            {
                TempData.SetStatus($"Đã thêm ngày {input.Date!.Value:dd/MM/yyyy} vào lịch làm việc.");
                return RedirectToAction(nameof(Index), new { nam = input.Date.Value.Year });
            }

            ModelState.AddModelError("Input.Date", "Ngày này đã có trong lịch. Muốn đổi loại ngày, hãy xóa ngày cũ rồi thêm lại.");
        }

        var year = input.Date?.Year is >= 2000 and <= 2100 ? input.Date.Value.Year : VietnamTime.Today(clock).Year;
        return View(await calendar.YearAsync(year, cancellationToken) with { Input = input });
    }

    [HttpPost("{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var year = await calendar.DeleteAsync(id, cancellationToken);
        if (year is null)
        {
            return NotFound();
        }

        TempData.SetStatus("Đã xóa ngày khỏi lịch làm việc. Ngày hẹn của các hồ sơ đã tiếp nhận không thay đổi.");
        return RedirectToAction(nameof(Index), new { nam = year });
    }
}
