using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.PlanManagement;

/// <summary>The Office's plan screens: plans by year, a new year's plan by copying, areas and tasks.</summary>
[Authorize(Policies.CanManagePlans)]
[Route("quan-ly-ke-hoach")]
public sealed class PlanManagementController(PlanManagementService plans) : Controller
{
    private const string Root = "/quan-ly-ke-hoach";

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
        TempData.SetStatus($"Đã tạo dự thảo kế hoạch {input.Number.Trim()} năm {input.Year} từ kế hoạch cũ. Kiểm tra các nội dung, nhiệm vụ rồi chọn \"Đưa vào thực hiện\".");
        return Redirect($"{Root}/{id}");
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
        if (!ModelState.IsValid)
        {
            var heading = await plans.HeadingAsync(id, cancellationToken);
            return heading is null ? NotFound() : View(new PlanEditPage(heading, input));
        }

        var (plan, result) = await plans.UpdatePlanAsync(id, input, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (Report(result, "Kế hoạch"))
        {
            TempData.SetStatus($"Đã lưu thông tin chung của kế hoạch {input.Number.Trim()}.");
            return Redirect($"{Root}/{id}");
        }

        return View(new PlanEditPage(plan, input));
    }

    [HttpPost("{id:int}/kich-hoat")]
    public Task<IActionResult> Activate(int id, CancellationToken cancellationToken) =>
        ChangeStatus(id, PlanStatus.Active, "Kế hoạch đã được đưa vào thực hiện: các đơn vị có thể báo cáo tiến độ các nhiệm vụ.", cancellationToken);

    [HttpPost("{id:int}/ket-thuc")]
    public Task<IActionResult> Close(int id, CancellationToken cancellationToken) =>
        ChangeStatus(id, PlanStatus.Closed, "Kế hoạch đã kết thúc. Kế hoạch chỉ còn để xem; không thể sửa hay báo cáo thêm.", cancellationToken);

    [HttpGet("{id:int}/noi-dung/them")]
    public async Task<IActionResult> AddArea(int id, CancellationToken cancellationToken) =>
        FormView("AreaForm", await plans.NewAreaFormAsync(id, cancellationToken));

    [HttpPost("{id:int}/noi-dung/them")]
    public async Task<IActionResult> AddArea(int id, [Bind(Prefix = "Input")] AreaInput input, CancellationToken cancellationToken) =>
        await SaveArea(await plans.HeadingAsync(id, cancellationToken), null, input, cancellationToken);

    [HttpGet("noi-dung/{areaId:int}/sua")]
    public async Task<IActionResult> EditArea(int areaId, CancellationToken cancellationToken) =>
        FormView("AreaForm", await plans.EditAreaFormAsync(areaId, cancellationToken));

    [HttpPost("noi-dung/{areaId:int}/sua")]
    public async Task<IActionResult> EditArea(int areaId, [Bind(Prefix = "Input")] AreaInput input, CancellationToken cancellationToken) =>
        await SaveArea(await plans.HeadingOfAreaAsync(areaId, cancellationToken), areaId, input, cancellationToken);

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

        if (ModelState.IsValid && Report(await plans.AddTaskAsync(heading, input, cancellationToken), "Nhiệm vụ"))
        {
            TempData.SetStatus("Đã thêm nhiệm vụ.");
            return Redirect($"{Root}/{id}#noi-dung-{input.AreaId}");
        }

        return View("TaskForm", await plans.TaskFormAsync(heading, null, input, cancellationToken));
    }

    [HttpGet("nhiem-vu/{taskId:int}/sua")]
    public async Task<IActionResult> EditTask(int taskId, CancellationToken cancellationToken) =>
        FormView("TaskForm", await plans.EditTaskFormAsync(taskId, cancellationToken));

    [HttpPost("nhiem-vu/{taskId:int}/sua")]
    public async Task<IActionResult> EditTask(int taskId, [Bind(Prefix = "Input")] TaskInput input, CancellationToken cancellationToken)
    {
        var plan = await plans.HeadingOfTaskAsync(taskId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && Report(await plans.UpdateTaskAsync(plan, taskId, input, cancellationToken), "Nhiệm vụ"))
        {
            TempData.SetStatus("Đã lưu nhiệm vụ.");
            return Redirect($"{Root}/{plan.Id}#nhiem-vu-{taskId}");
        }

        return View("TaskForm", await plans.TaskFormAsync(plan, taskId, input, cancellationToken));
    }

    [HttpPost("nhiem-vu/{taskId:int}/luu-tru")]
    public Task<IActionResult> Archive(int taskId, CancellationToken cancellationToken) =>
        TaskAction(taskId, plan => plans.SetArchivedAsync(plan, taskId, archived: true, cancellationToken),
            "Đã lưu trữ nhiệm vụ: nhiệm vụ không còn được theo dõi, lịch sử báo cáo vẫn được giữ.", cancellationToken);

    [HttpPost("nhiem-vu/{taskId:int}/bo-luu-tru")]
    public Task<IActionResult> Unarchive(int taskId, CancellationToken cancellationToken) =>
        TaskAction(taskId, plan => plans.SetArchivedAsync(plan, taskId, archived: false, cancellationToken),
            "Đã đưa nhiệm vụ trở lại theo dõi.", cancellationToken);

    [HttpPost("nhiem-vu/{taskId:int}/xoa")]
    public Task<IActionResult> Delete(int taskId, CancellationToken cancellationToken) =>
        TaskAction(taskId, plan => plans.DeleteTaskAsync(plan, taskId, cancellationToken), "Đã xóa nhiệm vụ.", cancellationToken);

    private async Task<IActionResult> TaskAction(int taskId, Func<PlanHeading, Task<SaveResult>> action, string done, CancellationToken cancellationToken)
    {
        var plan = await plans.HeadingOfTaskAsync(taskId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (Report(await action(plan), "Nhiệm vụ"))
        {
            TempData.SetStatus(done);
            return Redirect($"{Root}/{plan.Id}");
        }

        var page = await plans.EditTaskFormAsync(taskId, cancellationToken);
        return page is null ? NotFound() : View("TaskForm", page);
    }

    private async Task<IActionResult> SaveArea(PlanHeading? heading, int? areaId, AreaInput input, CancellationToken cancellationToken)
    {
        if (heading is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && Report(await plans.SaveAreaAsync(heading, areaId, input, cancellationToken), "Nội dung – giải pháp"))
        {
            TempData.SetStatus($"Đã lưu nội dung {SolutionArea.CodeOf(input.Number!.Value)}.");
            return Redirect($"{Root}/{heading.Id}");
        }

        return View("AreaForm", new AreaFormPage(heading, areaId, input));
    }

    private async Task<IActionResult> ChangeStatus(int id, PlanStatus target, string done, CancellationToken cancellationToken)
    {
        var result = await plans.ChangeStatusAsync(id, target, cancellationToken);
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }

        if (Report(result, "Kế hoạch"))
        {
            TempData.SetStatus(done);
            return Redirect($"{Root}/{id}");
        }

        return View(nameof(Plan), await plans.PlanPageAsync(id, cancellationToken));
    }

    /// <summary>True when saved; otherwise puts the reason where the form shows it (a 404 is left to the caller).</summary>
    private bool Report(SaveResult result, string what)
    {
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return true;
            case SaveOutcome.Conflict:
                ModelState.AddModelError("", PlanMessages.Conflict(what));
                break;
            case SaveOutcome.Invalid:
                ModelState.AddModelError(string.IsNullOrEmpty(result.Field) ? "" : $"Input.{result.Field}", result.Message);
                break;
            case SaveOutcome.NotFound:
                ModelState.AddModelError("", "Không tìm thấy bản ghi; có thể bản ghi vừa bị xóa.");
                break;
            default:
                ModelState.AddModelError("", result.Message);
                break;
        }

        return false;
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
