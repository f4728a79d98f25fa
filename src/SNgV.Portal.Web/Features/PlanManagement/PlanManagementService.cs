using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.PlanManagement;

/// <summary>
/// What the Office does with plans: copy last year's plan into a new draft, put it into force, close it, and
/// keep its heading, areas and tasks up to date. A closed plan is read-only; a task with progress history is
/// archived, never deleted. Every change is recorded by the audit interceptor.
/// </summary>
public sealed class PlanManagementService(PortalDbContext db)
{
    public async Task<IReadOnlyList<PlanRow>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Plans
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn)
            .Select(p => new PlanRow(
                p.Id,
                p.Year,
                p.Number,
                p.IssuedOn,
                p.Title,
                p.Status,
                p.Areas.Count,
                p.Areas.SelectMany(a => a.Tasks).Count(t => !t.IsArchived),
                p.Areas.SelectMany(a => a.Tasks).Count(t => t.IsArchived)))
            .ToListAsync(cancellationToken);

    public async Task<PlanCopyPage> CopyFormAsync(int? sourcePlanId, CancellationToken cancellationToken = default)
    {
        var sources = await SourceChoicesAsync(cancellationToken);
        var source = await db.Plans
            .Where(p => sourcePlanId == null || p.Id == sourcePlanId)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn)
            .Select(p => new { p.Id, p.Year, p.Title, p.SignerTitle, p.SignerName })
            .FirstOrDefaultAsync(cancellationToken);
        var input = source is null
            ? new PlanCopyInput()
            : new PlanCopyInput
            {
                SourcePlanId = source.Id,
                Year = source.Year + 1,
                Title = source.Title.Replace(source.Year.ToString(), (source.Year + 1).ToString(), StringComparison.Ordinal),
                SignerTitle = source.SignerTitle,
                SignerName = source.SignerName,
            };
        return new PlanCopyPage(input, sources);
    }

    public async Task<IReadOnlyList<SelectListItem>> SourceChoicesAsync(CancellationToken cancellationToken = default) =>
        await db.Plans.OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn)
            .Select(p => new SelectListItem($"{p.Number} (năm {p.Year})", p.Id.ToString()))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Makes a draft plan for a new year from <see cref="PlanCopyInput.SourcePlanId"/>: its provisions, its areas and
    /// every task still followed, with one-off due dates moved by the difference in years and no progress.
    /// </summary>
    public async Task<int> CopyAsync(PlanCopyInput input, CancellationToken cancellationToken = default)
    {
        var source = await db.Plans.AsNoTracking()
            .Include(p => p.Provisions)
            .Include(p => p.Areas).ThenInclude(a => a.Tasks.Where(t => !t.IsArchived)).ThenInclude(t => t.SupportingUnits)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == input.SourcePlanId, cancellationToken);
        var year = input.Year!.Value;
        var shift = year - source.Year;

        var plan = new Plan
        {
            Year = year,
            Number = input.Number,
            IssuedOn = DateInput.Parse(input.IssuedOn)!.Value,
            IssuedAt = source.IssuedAt,
            Title = input.Title,
            LegalBasis = source.LegalBasis,
            SignerTitle = input.SignerTitle ?? "",
            SignerName = input.SignerName ?? "",
            ClosingText = source.ClosingText,
            Status = PlanStatus.Draft,
            CopiedFromPlanId = source.Id,
            Provisions = source.Provisions
                .Select(p => new PlanProvision { Kind = p.Kind, SortOrder = p.SortOrder, Text = p.Text })
                .ToList(),
            Areas = source.Areas.OrderBy(a => a.Number).Select(a => new SolutionArea
            {
                Number = a.Number,
                Title = a.Title,
                Tasks = a.Tasks.OrderBy(t => t.Number).Select((t, index) => new PlanTask
                {
                    Number = index + 1,
                    Title = t.Title,
                    Description = t.Description,
                    LeadUnitId = t.LeadUnitId,
                    SupportingUnits = t.SupportingUnits.Select(s => new PlanTaskSupportingUnit { UnitId = s.UnitId }).ToList(),
                    Schedule = t.Schedule,
                    DueOn = t.DueOn?.AddYears(shift),
                    ReportingFrequency = t.ReportingFrequency,
                    ExpectedOutput = t.ExpectedOutput,
                    CopiedFromTaskId = t.Id,
                }).ToList(),
            }).ToList(),
        };

        foreach (var task in plan.Areas.SelectMany(a => a.Tasks))
        {
            TaskSchedulePolicy.Apply(task, year);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan.Id;
    }

    public async Task<PlanPage?> PlanPageAsync(int planId, CancellationToken cancellationToken = default)
    {
        var heading = await HeadingAsync(planId, cancellationToken);
        if (heading is null)
        {
            return null;
        }

        var header = await db.Plans.Where(p => p.Id == planId)
            .Select(p => new { p.IssuedOn, p.Title, p.SignerTitle, p.SignerName, CopiedFrom = db.Plans.Where(s => s.Id == p.CopiedFromPlanId).Select(s => s.Number).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var areas = await db.SolutionAreas.Where(a => a.PlanId == planId).OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Title })
            .ToListAsync(cancellationToken);
        var tasks = await db.PlanTasks.Where(t => t.SolutionArea!.PlanId == planId)
            .OrderBy(t => t.Number)
            .Select(t => new TaskRow(
                t.Id,
                t.SolutionAreaId,
                t.Number,
                t.Title,
                t.LeadUnit!.Name,
                t.SupportingUnits.OrderBy(s => s.Unit!.SortOrder).Select(s => s.Unit!.Name).ToList(),
                t.Schedule,
                t.DueOn,
                t.ReportingFrequency,
                t.IsArchived,
                t.CurrentPercent,
                t.Updates.Count))
            .ToListAsync(cancellationToken);

        return new PlanPage(
            heading,
            header.IssuedOn,
            header.Title,
            header.SignerTitle,
            header.SignerName,
            header.CopiedFrom,
            areas.Select(a => new AreaRow(a.Id, a.Number, a.Title, tasks.Where(t => t.AreaId == a.Id).ToList())).ToList());
    }

    public async Task<PlanHeading?> HeadingAsync(int planId, CancellationToken cancellationToken = default) =>
        await PlanAsync(planId, cancellationToken) is { } plan ? new PlanHeading(plan.Id, plan.Number, plan.Year, plan.Status) : null;

    /// <summary>
    /// The plan, read from the database once per request: a POST checks the plan's status, saves through it and, when
    /// refused, shows its form again around the same plan, and Find answers the later asks from the change tracker.
    /// </summary>
    private ValueTask<Plan?> PlanAsync(int planId, CancellationToken cancellationToken) =>
        db.Plans.FindAsync([planId], cancellationToken);

    public async Task<PlanEditPage?> EditPlanFormAsync(int planId, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        return plan is null
            ? null
            : new PlanEditPage(new PlanHeading(plan.Id, plan.Number, plan.Year, plan.Status), new PlanEditInput
            {
                Number = plan.Number,
                IssuedOn = DateInput.Show(plan.IssuedOn),
                IssuedAt = plan.IssuedAt,
                Title = plan.Title,
                LegalBasis = plan.LegalBasis,
                SignerTitle = plan.SignerTitle,
                SignerName = plan.SignerName,
                ClosingText = plan.ClosingText,
                ConcurrencyStamp = plan.ConcurrencyStamp.ToString(),
            });
    }

    public async Task<SaveResult> UpdatePlanAsync(int planId, PlanEditInput input, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(planId, cancellationToken);
        if (plan is null)
        {
            return SaveResult.NotFound;
        }

        if (plan.Status == PlanStatus.Closed)
        {
            return SaveResult.Refused(PlanMessages.PlanClosed);
        }

        var number = input.Number;
        if (await db.Plans.AnyAsync(p => p.Number == number && p.Id != planId, cancellationToken))
        {
            return SaveResult.Refused(field: nameof(input.Number), message: "Số, ký hiệu này đã được dùng cho một kế hoạch khác.");
        }

        plan.Number = number;
        plan.IssuedOn = DateInput.Parse(input.IssuedOn)!.Value;
        plan.IssuedAt = input.IssuedAt ?? plan.IssuedAt;
        plan.Title = input.Title;
        plan.LegalBasis = input.LegalBasis ?? "";
        plan.SignerTitle = input.SignerTitle ?? "";
        plan.SignerName = input.SignerName ?? "";
        plan.ClosingText = input.ClosingText ?? "";
        return await db.SaveExpectingAsync(plan, ConcurrentSave.ParseStamp(input.ConcurrencyStamp), cancellationToken);
    }

    /// <summary>Draft → in force (Đang thực hiện) → closed (Đã kết thúc); nothing else.</summary>
    public async Task<SaveResult> ChangeStatusAsync(int planId, PlanStatus target, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(planId, cancellationToken);
        if (plan is null)
        {
            return SaveResult.NotFound;
        }

        var allowed = (plan.Status, target) is (PlanStatus.Draft, PlanStatus.Active) or (PlanStatus.Active, PlanStatus.Closed);
        if (!allowed)
        {
            return SaveResult.Refused($"Kế hoạch đang ở trạng thái \"{DisplayNames.Of(plan.Status)}\" nên không thể chuyển sang \"{DisplayNames.Of(target)}\".");
        }

        plan.Status = target;
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved;
    }

    public async Task<AreaFormPage?> AreaFormAsync(int planId, int? areaId, CancellationToken cancellationToken = default)
    {
        var heading = await HeadingAsync(planId, cancellationToken);
        if (heading is null)
        {
            return null;
        }

        if (areaId is null)
        {
            var next = await db.SolutionAreas.Where(a => a.PlanId == planId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0;
            return new AreaFormPage(heading, null, new AreaInput { Number = next + 1 });
        }

        var input = await db.SolutionAreas.Where(a => a.Id == areaId && a.PlanId == planId)
            .Select(a => new AreaInput { Number = a.Number, Title = a.Title, ConcurrencyStamp = a.ConcurrencyStamp.ToString() })
            .SingleOrDefaultAsync(cancellationToken);
        return input is null ? null : new AreaFormPage(heading, areaId, input);
    }

    public Task<int?> PlanOfAreaAsync(int areaId, CancellationToken cancellationToken = default) =>
        db.SolutionAreas.Where(a => a.Id == areaId).Select(a => (int?)a.PlanId).SingleOrDefaultAsync(cancellationToken);

    public async Task<SaveResult> SaveAreaAsync(int planId, int? areaId, AreaInput input, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(planId, cancellationToken);
        if (plan is null)
        {
            return SaveResult.NotFound;
        }

        if (plan.Status == PlanStatus.Closed)
        {
            return SaveResult.Refused(PlanMessages.PlanClosed);
        }

        var number = input.Number!.Value;
        if (await db.SolutionAreas.AnyAsync(a => a.PlanId == planId && a.Number == number && a.Id != areaId, cancellationToken))
        {
            return SaveResult.Refused(field: nameof(input.Number), message: $"Kế hoạch đã có nội dung {SolutionArea.CodeOf(number)}; vui lòng chọn số thứ tự khác.");
        }

        if (areaId is null)
        {
            var area = new SolutionArea { PlanId = planId, Number = number, Title = input.Title };
            db.SolutionAreas.Add(area);
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult.Saved;
        }

        var existing = await db.SolutionAreas.SingleOrDefaultAsync(a => a.Id == areaId && a.PlanId == planId, cancellationToken);
        if (existing is null)
        {
            return SaveResult.NotFound;
        }

        existing.Number = number;
        existing.Title = input.Title;
        return await db.SaveExpectingAsync(existing, ConcurrentSave.ParseStamp(input.ConcurrencyStamp), cancellationToken);
    }

    public async Task<TaskFormPage?> NewTaskFormAsync(int planId, int? areaId, CancellationToken cancellationToken = default)
    {
        var heading = await HeadingAsync(planId, cancellationToken);
        return heading is null
            ? null
            : await TaskFormAsync(heading, null, new TaskInput { AreaId = areaId, Schedule = TaskSchedule.Recurring, ReportingFrequency = ReportingFrequency.HalfYearly }, cancellationToken);
    }

    public async Task<TaskFormPage?> EditTaskFormAsync(int taskId, CancellationToken cancellationToken = default)
    {
        var task = await db.PlanTasks.AsNoTracking().Include(t => t.SupportingUnits)
            .SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var input = new TaskInput
        {
            AreaId = task.SolutionAreaId,
            Title = task.Title,
            Description = task.Description,
            LeadUnitId = task.LeadUnitId,
            SupportingUnitIds = task.SupportingUnits.Select(s => s.UnitId).ToList(),
            Schedule = task.Schedule,
            DueOn = DateInput.Show(task.DueOn),
            ReportingFrequency = task.ReportingFrequency,
            ExpectedOutput = task.ExpectedOutput,
            ConcurrencyStamp = task.ConcurrencyStamp.ToString(),
        };
        return await TaskFormAsync(taskId, input, cancellationToken);
    }

    /// <summary>The task form again, around what the user typed (after a validation error or a conflict).</summary>
    public async Task<TaskFormPage?> TaskFormAsync(int taskId, TaskInput input, CancellationToken cancellationToken = default)
    {
        var planId = await db.PlanTasks.Where(t => t.Id == taskId).Select(t => (int?)t.SolutionArea!.PlanId).SingleOrDefaultAsync(cancellationToken);
        var heading = planId is null ? null : await HeadingAsync(planId.Value, cancellationToken);
        return heading is null ? null : await TaskFormAsync(heading, taskId, input, cancellationToken);
    }

    public async Task<TaskFormPage> TaskFormAsync(PlanHeading plan, int? taskId, TaskInput input, CancellationToken cancellationToken = default)
    {
        var areas = await db.SolutionAreas.Where(a => a.PlanId == plan.Id).OrderBy(a => a.Number)
            .Select(a => new SelectListItem($"{SolutionArea.CodeOf(a.Number)}. {a.Title}", a.Id.ToString()))
            .ToListAsync(cancellationToken);
        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new UnitChoice(u.Id, u.Name))
            .ToListAsync(cancellationToken);
        var facts = taskId is null
            ? null
            : await db.PlanTasks.Where(t => t.Id == taskId)
                .Select(t => new TaskFacts(t.SolutionArea!.Number, t.Number, t.IsArchived, t.Updates.Count))
                .SingleOrDefaultAsync(cancellationToken);
        return new TaskFormPage(plan, taskId, input, areas, units, facts);
    }

    public async Task<SaveResult> AddTaskAsync(int planId, TaskInput input, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(planId, cancellationToken);
        if (plan is null)
        {
            return SaveResult.NotFound;
        }

        if (plan.Status == PlanStatus.Closed)
        {
            return SaveResult.Refused(PlanMessages.PlanClosed);
        }

        if (!await db.SolutionAreas.AnyAsync(a => a.Id == input.AreaId && a.PlanId == planId, cancellationToken))
        {
            return SaveResult.Refused(field: nameof(input.AreaId), message: "Nội dung – giải pháp đã chọn không thuộc kế hoạch này.");
        }

        var areaId = input.AreaId!.Value;
        var task = new PlanTask { SolutionAreaId = areaId, Number = await NextTaskNumberAsync(areaId, cancellationToken) };
        Apply(task, input, plan.Year);
        db.PlanTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved;
    }

    public async Task<SaveResult> UpdateTaskAsync(int taskId, TaskInput input, CancellationToken cancellationToken = default)
    {
        var task = await db.PlanTasks.Include(t => t.SupportingUnits).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return SaveResult.NotFound;
        }

        var plan = await PlanOfTaskAsync(task, cancellationToken);
        if (plan.Status == PlanStatus.Closed)
        {
            return SaveResult.Refused(PlanMessages.PlanClosed);
        }

        if (input.AreaId != task.SolutionAreaId)
        {
            if (!await db.SolutionAreas.AnyAsync(a => a.Id == input.AreaId && a.PlanId == plan.Id, cancellationToken))
            {
                return SaveResult.Refused(field: nameof(input.AreaId), message: "Chỉ có thể chuyển nhiệm vụ sang một nội dung – giải pháp khác của cùng kế hoạch.");
            }

            task.SolutionAreaId = input.AreaId!.Value;
            task.Number = await NextTaskNumberAsync(task.SolutionAreaId, cancellationToken);
        }

        Apply(task, input, plan.Year);
        return await db.SaveExpectingAsync(task, ConcurrentSave.ParseStamp(input.ConcurrencyStamp), cancellationToken);
    }

    public async Task<SaveResult> SetArchivedAsync(int taskId, bool archived, CancellationToken cancellationToken = default)
    {
        var task = await db.PlanTasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return SaveResult.NotFound;
        }

        if ((await PlanOfTaskAsync(task, cancellationToken)).Status == PlanStatus.Closed)
        {
            return SaveResult.Refused(PlanMessages.PlanClosed);
        }

        task.IsArchived = archived;
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved;
    }

    /// <summary>Deletes a task that nobody has reported on. A task with progress history can only be archived.</summary>
    public async Task<SaveResult> DeleteTaskAsync(int taskId, CancellationToken cancellationToken = default)
    {
        var task = await db.PlanTasks.Include(t => t.SupportingUnits).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return SaveResult.NotFound;
        }

        if ((await PlanOfTaskAsync(task, cancellationToken)).Status == PlanStatus.Closed)
        {
            return SaveResult.Refused(PlanMessages.PlanClosed);
        }

        if (await db.ProgressUpdates.AnyAsync(u => u.PlanTaskId == taskId, cancellationToken))
        {
            return SaveResult.Refused("Nhiệm vụ đã có báo cáo tiến độ nên không thể xóa. Hãy lưu trữ nhiệm vụ: lịch sử báo cáo được giữ lại và nhiệm vụ không còn được theo dõi.");
        }

        // Tasks copied from this one keep their own data; only the link back is lost.
        foreach (var copy in await db.PlanTasks.Where(t => t.CopiedFromTaskId == taskId).ToListAsync(cancellationToken))
        {
            copy.CopiedFromTaskId = null;
        }

        db.PlanTasks.Remove(task);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved;
    }

    public Task<int?> PlanOfTaskAsync(int taskId, CancellationToken cancellationToken = default) =>
        db.PlanTasks.Where(t => t.Id == taskId).Select(t => (int?)t.SolutionArea!.PlanId).SingleOrDefaultAsync(cancellationToken);

    private async Task<Plan> PlanOfTaskAsync(PlanTask task, CancellationToken cancellationToken)
    {
        var planId = await db.SolutionAreas.Where(a => a.Id == task.SolutionAreaId).Select(a => a.PlanId).SingleAsync(cancellationToken);
        return (await PlanAsync(planId, cancellationToken))!;
    }

    private async Task<int> NextTaskNumberAsync(int areaId, CancellationToken cancellationToken) =>
        (await db.PlanTasks.Where(t => t.SolutionAreaId == areaId).MaxAsync(t => (int?)t.Number, cancellationToken) ?? 0) + 1;

    private static void Apply(PlanTask task, TaskInput input, int planYear)
    {
        task.Title = input.Title;
        task.Description = input.Description;
        task.LeadUnitId = input.LeadUnitId!.Value;
        task.Schedule = input.Schedule!.Value;
        task.DueOn = task.Schedule == TaskSchedule.OneOff ? DateInput.Parse(input.DueOn) : null;
        task.ReportingFrequency = task.Schedule == TaskSchedule.Recurring ? input.ReportingFrequency : null;
        task.ExpectedOutput = input.ExpectedOutput;

        var wanted = input.SupportingUnitIds.Where(id => id != task.LeadUnitId).Distinct().ToHashSet();
        task.SupportingUnits.RemoveAll(s => !wanted.Contains(s.UnitId));
        foreach (var unitId in wanted.Where(id => task.SupportingUnits.All(s => s.UnitId != id)))
        {
            task.SupportingUnits.Add(new PlanTaskSupportingUnit { PlanTaskId = task.Id, UnitId = unitId });
        }

        TaskSchedulePolicy.Apply(task, planYear);
    }
}

public sealed record PlanRow(int Id, int Year, string Number, DateOnly IssuedOn, string Title, PlanStatus Status, int AreaCount, int TaskCount, int ArchivedCount);

public sealed record PlanHeading(int Id, string Number, int Year, PlanStatus Status)
{
    public bool IsClosed => Status == PlanStatus.Closed;
}

public sealed record PlanPage(
    PlanHeading Plan,
    DateOnly IssuedOn,
    string Title,
    string SignerTitle,
    string SignerName,
    string? CopiedFromNumber,
    IReadOnlyList<AreaRow> Areas);

public sealed record AreaRow(int Id, int Number, string Title, IReadOnlyList<TaskRow> Tasks)
{
    public string Code => SolutionArea.CodeOf(Number);
}

public sealed record TaskRow(
    int Id,
    int AreaId,
    int Number,
    string Title,
    string LeadUnit,
    IReadOnlyList<string> SupportingUnits,
    TaskSchedule Schedule,
    DateOnly? DueOn,
    ReportingFrequency? ReportingFrequency,
    bool IsArchived,
    int CurrentPercent,
    int UpdateCount);

public sealed record PlanCopyPage(PlanCopyInput Input, IReadOnlyList<SelectListItem> Sources);

/// <summary>A form about one plan: the plan it belongs to decides whether it may be saved.</summary>
public interface IPlanForm
{
    PlanHeading Plan { get; }
}

public sealed record PlanEditPage(PlanHeading Plan, PlanEditInput Input) : IPlanForm;

public sealed record AreaFormPage(PlanHeading Plan, int? AreaId, AreaInput Input) : IPlanForm;

public sealed record UnitChoice(int Id, string Name);

/// <summary>What the form says about an existing task besides its fields: where it is, and whether it has history.</summary>
public sealed record TaskFacts(int AreaNumber, int Number, bool IsArchived, int UpdateCount)
{
    public string Code => PlanTask.CodeOf(AreaNumber, Number);
}

public sealed record TaskFormPage(
    PlanHeading Plan,
    int? TaskId,
    TaskInput Input,
    IReadOnlyList<SelectListItem> Areas,
    IReadOnlyList<UnitChoice> Units,
    TaskFacts? Existing) : IPlanForm;
