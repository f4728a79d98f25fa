using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.PlanManagement;

/// <summary>The Office's plan screens: plans by year, a new year's plan by copying, areas and tasks.</summary>
[Authorize(Policies.CanManagePlans)]
[Route("quan-ly-ke-hoach")]
public sealed class PlanManagementController(PlanManagementService plans) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await plans.ListAsync(cancellationToken));

    [HttpGet("tao-moi")]
    public async Task<IActionResult> Copy([FromQuery(Name = "tu")] int? sourcePlanId, CancellationToken cancellationToken) =>
        View(await plans.CopyFormAsync(sourcePlanId, cancellationToken));

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Copy([Bind(Prefix = "Input")] PlanCopyInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new PlanCopyPage(input, await plans.SourceChoicesAsync(cancellationToken)));
        }

        var id = await plans.CopyAsync(input, cancellationToken);
        TempData.SetStatus($"Đã tạo dự thảo kế hoạch {input.Number} năm {input.Year} từ kế hoạch cũ. Kiểm tra các nội dung, nhiệm vụ rồi chọn \"Đưa vào thực hiện\".");
        return RedirectToAction(nameof(Plan), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Plan(int id, CancellationToken cancellationToken)
    {
        var page = await plans.PlanPageAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> EditPlan(int id, CancellationToken cancellationToken) =>
        FormView(nameof(EditPlan), await plans.EditPlanFormAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> EditPlan(int id, [Bind(Prefix = "Input")] PlanEditInput input, CancellationToken cancellationToken)
    {
        var heading = await plans.HeadingAsync(id, cancellationToken);
        if (heading is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && ModelState.Saved(await plans.UpdatePlanAsync(id, input, cancellationToken), stamp => input.ConcurrencyStamp = stamp.ToString()))
        {
            TempData.SetStatus($"Đã lưu thông tin chung của kế hoạch {input.Number}.");
            return RedirectToAction(nameof(Plan), new { id });
        }

        return View(new PlanEditPage(heading, input));
    }

    [HttpPost("{id:int}/kich-hoat")]
    public Task<IActionResult> Activate(int id, CancellationToken cancellationToken) =>
        ChangeStatus(id, PlanStatus.Active, "Kế hoạch đã được đưa vào thực hiện: các đơn vị có thể báo cáo tiến độ các nhiệm vụ.", cancellationToken);

    [HttpPost("{id:int}/ket-thuc")]
    public Task<IActionResult> Close(int id, CancellationToken cancellationToken) =>
        ChangeStatus(id, PlanStatus.Closed, "Kế hoạch đã kết thúc. Kế hoạch chỉ còn để xem; không thể sửa hay báo cáo thêm.", cancellationToken);

    [HttpGet("{id:int}/noi-dung/them")]
    public async Task<IActionResult> AddArea(int id, CancellationToken cancellationToken) =>
        FormView("AreaForm", await plans.AreaFormAsync(id, null, cancellationToken));

    [HttpPost("{id:int}/noi-dung/them")]
    public Task<IActionResult> AddArea(int id, [Bind(Prefix = "Input")] AreaInput input, CancellationToken cancellationToken) =>
        SaveArea(id, null, input, cancellationToken);

    [HttpGet("noi-dung/{areaId:int}/sua")]
    public async Task<IActionResult> EditArea(int areaId, CancellationToken cancellationToken)
    {
        var planId = await plans.PlanOfAreaAsync(areaId, cancellationToken);
        return FormView("AreaForm", planId is null ? null : await plans.AreaFormAsync(planId.Value, areaId, cancellationToken));
    }

    [HttpPost("noi-dung/{areaId:int}/sua")]
    public async Task<IActionResult> EditArea(int areaId, [Bind(Prefix = "Input")] AreaInput input, CancellationToken cancellationToken)
    {
        var planId = await plans.PlanOfAreaAsync(areaId, cancellationToken);
        return planId is null ? NotFound() : await SaveArea(planId.Value, areaId, input, cancellationToken);
    }

    [HttpGet("{id:int}/nhiem-vu/them")]
    public async Task<IActionResult> AddTask(int id, [FromQuery(Name = "noiDung")] int? areaId, CancellationToken cancellationToken) =>
        FormView("TaskForm", await plans.NewTaskFormAsync(id, areaId, cancellationToken));

    [HttpPost("{id:int}/nhiem-vu/them")]
    public async Task<IActionResult> AddTask(int id, [Bind(Prefix = "Input")] TaskInput input, CancellationToken cancellationToken)
    {
        var heading = await plans.HeadingAsync(id, cancellationToken);
        if (heading is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && ModelState.Saved(await plans.AddTaskAsync(id, input, cancellationToken)))
        {
            TempData.SetStatus("Đã thêm nhiệm vụ.");
            return RedirectToAction(nameof(Plan), null, new { id }, $"noi-dung-{input.AreaId}");
        }

        return View("TaskForm", await plans.TaskFormAsync(heading, null, input, cancellationToken));
    }

    [HttpGet("nhiem-vu/{taskId:int}/sua")]
    public async Task<IActionResult> EditTask(int taskId, CancellationToken cancellationToken) =>
        FormView("TaskForm", await plans.EditTaskFormAsync(taskId, cancellationToken));

    [HttpPost("nhiem-vu/{taskId:int}/sua")]
    public async Task<IActionResult> EditTask(int taskId, [Bind(Prefix = "Input")] TaskInput input, CancellationToken cancellationToken)
    {
        var planId = await plans.PlanOfTaskAsync(taskId, cancellationToken);
        if (planId is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && ModelState.Saved(await plans.UpdateTaskAsync(taskId, input, cancellationToken), stamp => input.ConcurrencyStamp = stamp.ToString()))
        {
            TempData.SetStatus("Đã lưu nhiệm vụ.");
            return RedirectToAction(nameof(Plan), null, new { id = planId }, $"nhiem-vu-{taskId}");
        }

        return await TaskFormView(taskId, input, cancellationToken);
    }

    [HttpPost("nhiem-vu/{taskId:int}/luu-tru")]
    public Task<IActionResult> Archive(int taskId, CancellationToken cancellationToken) =>
        TaskAction(taskId, () => plans.SetArchivedAsync(taskId, archived: true, cancellationToken),
            "Đã lưu trữ nhiệm vụ: nhiệm vụ không còn được theo dõi, lịch sử báo cáo vẫn được giữ.", cancellationToken);

    [HttpPost("nhiem-vu/{taskId:int}/bo-luu-tru")]
    public Task<IActionResult> Unarchive(int taskId, CancellationToken cancellationToken) =>
        TaskAction(taskId, () => plans.SetArchivedAsync(taskId, archived: false, cancellationToken),
            "Đã đưa nhiệm vụ trở lại theo dõi.", cancellationToken);

    [HttpPost("nhiem-vu/{taskId:int}/xoa")]
    public Task<IActionResult> Delete(int taskId, CancellationToken cancellationToken) =>
        TaskAction(taskId, () => plans.DeleteTaskAsync(taskId, cancellationToken), "Đã xóa nhiệm vụ.", cancellationToken);

    private async Task<IActionResult> TaskAction(int taskId, Func<Task<SaveResult>> action, string done, CancellationToken cancellationToken)
    {
        var planId = await plans.PlanOfTaskAsync(taskId, cancellationToken);
        if (planId is null)
        {
            return NotFound();
        }

        if (ModelState.Saved(await action()))
        {
            TempData.SetStatus(done);
            return RedirectToAction(nameof(Plan), new { id = planId });
        }

        var page = await plans.EditTaskFormAsync(taskId, cancellationToken);
        return page is null ? NotFound() : View("TaskForm", page);
    }

    private async Task<IActionResult> TaskFormView(int taskId, TaskInput input, CancellationToken cancellationToken)
    {
        var page = await plans.TaskFormAsync(taskId, input, cancellationToken);
        return page is null ? NotFound() : View("TaskForm", page);
    }

    private async Task<IActionResult> SaveArea(int planId, int? areaId, AreaInput input, CancellationToken cancellationToken)
    {
        var heading = await plans.HeadingAsync(planId, cancellationToken);
        if (heading is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && ModelState.Saved(await plans.SaveAreaAsync(planId, areaId, input, cancellationToken), stamp => input.ConcurrencyStamp = stamp.ToString()))
        {
            TempData.SetStatus($"Đã lưu nội dung {SolutionArea.CodeOf(input.Number!.Value)}.");
            return RedirectToAction(nameof(Plan), new { id = planId });
        }

        return View("AreaForm", new AreaFormPage(heading, areaId, input));
    }

    private async Task<IActionResult> ChangeStatus(int id, PlanStatus target, string done, CancellationToken cancellationToken)
    {
        var result = await plans.ChangeStatusAsync(id, target, cancellationToken);
        if (result.Status == SaveStatus.NotFound)
        {
            return NotFound();
        }

        if (ModelState.Saved(result))
        {
            TempData.SetStatus(done);
            return RedirectToAction(nameof(Plan), new { id });
        }

        return View(nameof(Plan), await plans.PlanPageAsync(id, cancellationToken));
    }

    /// <summary>A form page, or 404; on a closed plan the form is shown read-only with the reason at the top.</summary>
    private IActionResult FormView(string view, IPlanForm? page)
    {
        if (page is null)
        {
            return NotFound();
        }

        if (page.Plan.IsClosed)
        {
            ModelState.AddModelError("", PlanMessages.PlanClosed);
        }

        return View(view, page);
    }
}
