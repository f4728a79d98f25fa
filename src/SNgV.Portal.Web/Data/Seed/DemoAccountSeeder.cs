using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// In the Development environment only: one account per role, and staff in two units, sharing one random
/// password that is printed once, on the start-up that creates them. Production seeds no account.
/// </summary>
public sealed class DemoAccountSeeder(PortalDbContext db, UserManager<PortalUser> users, IConfiguration configuration)
{
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("quantri@sngv.demo", "Nguyễn Văn Quản", "VP", Roles.Administrator, "Quản trị hệ thống"),
        new("lanhdao@sngv.demo", "Lê Thị Lãnh", "VP", Roles.Leadership, "Phó Giám đốc"),
        new("vanphong@sngv.demo", "Trần Văn Phòng", "VP", Roles.Office, "Chuyên viên Văn phòng"),
        new("canbo.ls@sngv.demo", "Phạm Thị Lan", "LS", Roles.Staff, "Chuyên viên Phòng Lãnh sự"),
        new("canbo.htqt@sngv.demo", "Hoàng Văn Hợp", "HTQT", Roles.Staff, "Chuyên viên Phòng Hợp tác quốc tế"),
    ];

    /// <summary>
    /// Creates the missing demo accounts, under the seeding lock (two instances may start together). Returns the
    /// password when any was created, otherwise null.
    /// </summary>
    public Task<string?> SeedAsync(CancellationToken cancellationToken = default) =>
        db.SeedingExclusivelyAsync(() => SeedMissingAsync(cancellationToken), cancellationToken);

    private async Task<string?> SeedMissingAsync(CancellationToken cancellationToken)
    {
        var missing = new List<DemoAccount>();
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is null)
            {
                missing.Add(account);
            }
        }

        if (missing.Count == 0)
        {
            return null;
        }

        // Tests fix the password through configuration; people get a fresh random one.
        var password = configuration["DemoAccounts:Password"] is { Length: > 0 } configured ? configured : PasswordGenerator.Generate();
        var unitIds = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        foreach (var account in missing)
        {
            var user = new PortalUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                JobTitle = account.JobTitle,
                UnitId = unitIds[account.UnitCode],
                CreatedAtUtc = DateTime.UtcNow,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Cannot create demo account {account.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, account.Role);
        }

        return password;
    }
}

public sealed record DemoAccount(string Email, string FullName, string UnitCode, string Role, string JobTitle);
