using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Infrastructure.Authorization;

/// <summary>What the authorisation rules need to know about a task: who leads and supports it, and whether it is open.</summary>
public sealed record TaskAccess(int TaskId, int LeadUnitId, IReadOnlyCollection<int> SupportingUnitIds, bool IsOpen)
{
    public bool Involves(int unitId) => LeadUnitId == unitId || SupportingUnitIds.Contains(unitId);

    /// <summary>The task's access facts in one query, or null when there is no such task.</summary>
    public static async Task<TaskAccess?> LoadAsync(PortalDbContext db, int taskId, CancellationToken cancellationToken = default) =>
        await db.PlanTasks.Where(t => t.Id == taskId)
            .Select(t => new TaskAccess(
                t.Id,
                t.LeadUnitId,
                t.SupportingUnits.Select(s => s.UnitId).ToList(),
                !t.IsArchived && t.SolutionArea!.Plan!.Status == PlanStatus.Active))
            .SingleOrDefaultAsync(cancellationToken);
}

public enum TaskAccessLevel
{
    View,
    UpdateProgress,
}

public sealed record TaskAccessRequirement(TaskAccessLevel Level) : IAuthorizationRequirement;

/// <summary>
/// Staff see and report on the tasks their unit leads or supports, and nothing else; the Office reports on
/// its own unit's tasks the same way and reads all; Leadership and administrators read all and report nothing.
/// </summary>
public sealed class TaskAccessHandler : AuthorizationHandler<TaskAccessRequirement, TaskAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TaskAccessRequirement requirement, TaskAccess task)
    {
        var user = context.User;
        var involved = user.UnitIdOf() is { } unitId && task.Involves(unitId);
        var allowed = requirement.Level switch
        {
            TaskAccessLevel.View => involved || IsInAny(user, Roles.Office, Roles.Leadership, Roles.Administrator),
            TaskAccessLevel.UpdateProgress => involved && task.IsOpen && IsInAny(user, Roles.Staff, Roles.Office),
            _ => false,
        };

        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool IsInAny(ClaimsPrincipal user, params string[] roles) => roles.Any(user.IsInRole);
}
