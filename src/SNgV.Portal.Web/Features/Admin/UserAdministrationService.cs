using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Admin;

/// <summary>What an administrator does with accounts. Every account has exactly one role.</summary>
public sealed class UserAdministrationService(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    public const int PageSize = 20;

    private static readonly ListSorting<PortalUser> Sorting = new ListSorting<PortalUser>("unit")
        .By("unit", u => u.Unit!.SortOrder, u => u.FullName)
        .By("name", u => u.FullName)
        .By("email", u => u.Email)
        .By("signin", u => u.LastSignInAtUtc)
        .Then(u => u.Id);

    public async Task<UserListViewModel> ListAsync(UserListQuery query, CancellationToken cancellationToken = default)
    {
        var (rows, paging) = await ListPage.ReadAsync(Rows(Filtered(query), query), query.Page, PageSize, cancellationToken);
        return new UserListViewModel(query, rows, paging, await UnitChoicesAsync(cancellationToken), clock.GetUtcNow());
    }

    /// <summary>Every account the filters keep, in the list's order (all pages): what "Xuất Excel" writes.</summary>
    public Task<List<UserRow>> ExportAsync(UserListQuery query, CancellationToken cancellationToken = default) =>
        Rows(Filtered(query), query).ToListAsync(cancellationToken);

    private IQueryable<UserRow> Rows(IQueryable<PortalUser> accounts, UserListQuery query) =>
        Sorting.Apply(accounts, query)
            .Select(u => new UserRow(
                u.Id,
                u.Email!,
                u.FullName,
                u.JobTitle,
                u.Unit!.Name,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).FirstOrDefault() ?? "",
                u.IsDisabled,
                u.LockoutEnd,
                u.LastSignInAtUtc));

    private IQueryable<PortalUser> Filtered(UserListQuery query)
    {
        var accounts = db.Users.AsQueryable();
        if (query.State == UserListQuery.Active)
        {
            accounts = accounts.Where(u => !u.IsDisabled);
        }
        else if (query.State == UserListQuery.Disabled)
        {
            accounts = accounts.Where(u => u.IsDisabled);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search}%";
            accounts = accounts.Where(u => EF.Functions.Like(u.Email!, pattern) || EF.Functions.Like(u.FullName, pattern));
        }

        if (query.UnitId is { } unitId)
        {
            accounts = accounts.Where(u => u.UnitId == unitId);
        }

        if (!string.IsNullOrEmpty(query.Role))
        {
            var roleName = query.Role;
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        return accounts;
    }

    public async Task<IReadOnlyList<SelectListItem>> UnitChoicesAsync(CancellationToken cancellationToken = default) =>
        await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString()))
            .ToListAsync(cancellationToken);

    public async Task<(UserEditInput Input, bool IsDisabled)?> FindForEditAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Staff;
        return (new UserEditInput
        {
            Email = user.Email ?? "",
            FullName = user.FullName,
            JobTitle = user.JobTitle,
            UnitId = user.UnitId,
            Role = role,
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        }, user.IsDisabled);
    }

    public async Task<IdentityResult> CreateAsync(UserCreateInput input)
    {
        var user = new PortalUser
        {
            UserName = input.Email,
            Email = input.Email,
            EmailConfirmed = true,
            FullName = input.FullName,
            JobTitle = input.JobTitle,
            UnitId = input.UnitId!.Value,
            MustChangePassword = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        return await InTransactionAsync(async () =>
        {
            var result = await users.CreateAsync(user, input.Password);
            return result.Succeeded ? await users.AddToRoleAsync(user, input.Role) : result;
        });
    }

    public async Task<IdentityResult> UpdateAsync(string id, UserEditInput input, string actingUserId)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "NotFound", Description = "Không tìm thấy tài khoản." });
        }

        var currentRole = (await users.GetRolesAsync(user)).FirstOrDefault();
        if (id == actingUserId && currentRole == Roles.Administrator && input.Role != Roles.Administrator)
        {
            return IdentityResult.Failed(new IdentityError { Code = IdentityErrorFields.OwnRoleCode, Description = "Không thể tự bỏ vai trò quản trị của chính mình." });
        }

        // Someone saved the account after this form was opened: refuse rather than overwrite their change.
        // (A save between this check and ours is caught by Identity's own stamp check in UpdateAsync.)
        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return IdentityResult.Failed(users.ErrorDescriber.ConcurrencyFailure());
        }

        user.Email = input.Email;
        user.UserName = input.Email;
        user.FullName = input.FullName;
        user.JobTitle = input.JobTitle;
        user.UnitId = input.UnitId!.Value;

        return await InTransactionAsync(async () =>
        {
            var result = await users.UpdateAsync(user);
            if (!result.Succeeded || currentRole == input.Role)
            {
                return result;
            }

            if (currentRole is not null)
            {
                result = await users.RemoveFromRoleAsync(user, currentRole);
            }

            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, input.Role);
            }

            // The role is in the sign-in cookie: make the user's other sessions pick up the change.
            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        });
    }

    /// <summary>Several Identity calls as one unit: all saved, or none.</summary>
    private Task<IdentityResult> InTransactionAsync(Func<Task<IdentityResult>> work) =>
        db.InTransactionAsync(work, result => result.Succeeded);

    public async Task<IdentityResult> SetDisabledAsync(string id, bool disabled, string actingUserId)
    {
        if (disabled && id == actingUserId)
        {
            return IdentityResult.Failed(new IdentityError { Code = "OwnAccount", Description = "Không thể vô hiệu hóa tài khoản đang đăng nhập." });
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "NotFound", Description = "Không tìm thấy tài khoản." });
        }

        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && disabled)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }
        else if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return result;
    }

    public async Task<IdentityResult> ResetPasswordAsync(string id, string newPassword)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "NotFound", Description = "Không tìm thấy tài khoản." });
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            user.MustChangePassword = true;
            await users.UpdateAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return result;
    }

    public async Task<string?> DisplayNameAsync(string id) =>
        await db.Users.Where(u => u.Id == id).Select(u => u.FullName + " (" + u.Email + ")").SingleOrDefaultAsync();
}

public sealed record UserRow(
    string Id,
    string Email,
    string FullName,
    string? JobTitle,
    string UnitName,
    string Role,
    bool IsDisabled,
    DateTimeOffset? LockoutEnd,
    DateTime? LastSignInAtUtc)
{
    /// <summary>"Đã vô hiệu hóa", "Tạm khóa đến …" or "Đang hoạt động", as the list shows it at <paramref name="now"/>.</summary>
    public string StateOn(DateTimeOffset now) =>
        IsDisabled ? "Đã vô hiệu hóa"
        : LockoutEnd is { } end && end > now ? $"Tạm khóa đến {VietnamTime.ToLocal(end.UtcDateTime).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
        : "Đang hoạt động";

    public static IReadOnlyList<ListColumn<UserRow>> Columns(DateTimeOffset now) =>
    [
        new("Họ và tên", r => r.FullName, 26),
        new("Chức vụ", r => r.JobTitle, 20),
        new("Thư điện tử", r => r.Email, 28),
        new("Đơn vị", r => r.UnitName, 26),
        new("Vai trò", r => Roles.DisplayName(r.Role), 18),
        new("Trạng thái", r => r.StateOn(now), 20),
        new("Đăng nhập gần nhất", r => r.LastSignInAtUtc is { } at ? VietnamTime.ToLocal(at).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "Chưa đăng nhập", 17),
    ];
}

public sealed record UserListViewModel(
    UserListQuery Query,
    IReadOnlyList<UserRow> Users,
    Paging Paging,
    IReadOnlyList<SelectListItem> Units,
    DateTimeOffset Now);
