using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on 20 May 2019 with lists longer than a page: every seeded task reported by its lead and supporting
/// units for the five monthly periods from January to May 2019, all waiting for review.
/// </summary>
public sealed class ListsPortalFactory : PlanYearPortalFactory
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _seeded;

    public static readonly IReadOnlyList<(DateOnly Start, DateOnly End)> MonthlyPeriods =
        Enumerable.Range(0, 5).Select(i => (new DateOnly(2018, 12, 15).AddMonths(i), new DateOnly(2019, 1, 14).AddMonths(i))).ToList();

    public async Task EnsureSubmittedUpdatesAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            await AddSubmittedUpdatesAsync(this);
            _seeded = true;
        }
        finally
        {
            _once.Release();
        }
    }

    /// <summary>Every seeded task reported by its lead and supporting units for <see cref="MonthlyPeriods"/>, all submitted.</summary>
    public static async Task AddSubmittedUpdatesAsync(PortalFactory factory)
    {
        var staff = await factory.UserIdAsync(DemoUsers.ConsularStaff);
        await factory.WithDbAsync(async db =>
        {
            var tasks = (await db.PlanTasks.OrderBy(t => t.Id)
                .Select(t => new { t.Id, t.LeadUnitId, Supporting = t.SupportingUnits.Select(s => s.UnitId).ToList() })
                .ToListAsync())
                .SelectMany(t => t.Supporting.Prepend(t.LeadUnitId).Select(unitId => new { t.Id, UnitId = unitId }))
                .ToList();
            var at = new DateTime(2019, 1, 16, 2, 0, 0, DateTimeKind.Utc);
            foreach (var (start, end) in MonthlyPeriods)
            {
                foreach (var task in tasks)
                {
                    at = at.AddMinutes(7);
                    db.ProgressUpdates.Add(new ProgressUpdate
                    {
                        PlanTaskId = task.Id, UnitId = task.UnitId, PeriodStart = start, PeriodEnd = end,
                        Percent = (task.Id * 7 + end.Month * 3) % 100, Status = TaskProgressStatus.InProgress,
                        WorkDone = $"Kết quả kỳ {end:MM/yyyy}", State = ProgressUpdateState.Submitted,
                        CreatedById = staff, CreatedAtUtc = at, UpdatedAtUtc = at, SubmittedAtUtc = at,
                    });
                }
            }

            return await db.SaveChangesAsync();
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _once.Dispose();
        }

        base.Dispose(disposing);
    }
}
