using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>Looks up and adds the records a test needs, by the names people use (unit codes, task codes).</summary>
public static class PortalData
{
    public static Task<int> UnitIdAsync(this PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>The id of task "II.{area}.{number}" of the seeded plan.</summary>
    public static Task<int> TaskIdAsync(this PortalFactory factory, int area, int number) =>
        factory.WithDbAsync(db => db.PlanTasks
            .Where(t => t.SolutionArea!.Number == area && t.Number == number && t.SolutionArea.Plan!.Number == "95/KH-SNgV")
            .Select(t => t.Id).SingleAsync());

    /// <summary>The id of seeded plan 95/KH-SNgV as a form posts it.</summary>
    public static Task<string> SeededPlanIdAsync(this PortalFactory factory) =>
        factory.WithDbAsync(db => db.Plans.Where(p => p.Number == "95/KH-SNgV").Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).SingleAsync());

    /// <summary>A client of <paramref name="factory"/> signed in as <paramref name="email"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync(email);
        return client;
    }

    public static Task<string> UserIdAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>A new active account with the demo password, in the unit with <paramref name="unitCode"/>.</summary>
    public static async Task<string> CreateUserAsync(this PortalFactory factory, string email, string role, string unitCode)
    {
        var unitId = await factory.UnitIdAsync(unitCode);
        string id = "";
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Người Thử " + email, UnitId = unitId };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            id = user.Id;
        });
        return id;
    }

    /// <summary>Polls until <paramref name="condition"/> holds, for work a background service does.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out waiting for: {what}");
            await Task.Delay(100);
        }
    }
}
