using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Lists;

namespace SNgV.Portal.Web.Features.Admin;

/// <summary>The administrator's accounts screen. There is no public self-registration.</summary>
[Authorize(Policies.CanManageAccounts)]
[Route("quan-tri/tai-khoan")]
public sealed class UsersController(UserAdministrationService accounts, UserManager<PortalUser> users, TimeProvider clock) : Controller
{
    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export(UserListQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return ListExport.File("tai-khoan", "DANH SÁCH TÀI KHOẢN NGƯỜI DÙNG", UserRow.Columns(now),
            await accounts.ExportAsync(ModelState.IsValid ? query : new UserListQuery(), cancellationToken), now.UtcDateTime);
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(UserListQuery query, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            query = new UserListQuery();
        }

        return View(await accounts.ListAsync(query, cancellationToken));
    }

    [HttpGet("tao-moi")]
    public async Task<IActionResult> Create() =>
        View(new UserFormViewModel<UserCreateInput>(new UserCreateInput(), await accounts.UnitChoicesAsync()));

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] UserCreateInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await accounts.CreateAsync(input);
            if (result.Succeeded)
            {
                TempData.SetStatus($"Đã tạo tài khoản {input.Email}. Người dùng sẽ phải đổi mật khẩu ở lần đăng nhập đầu tiên.");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddIdentityErrors(result, new IdentityErrorFields(Password: "Input.Password", Email: "Input.Email"));
        }

        input.Password = input.ConfirmPassword = "";
        return View(new UserFormViewModel<UserCreateInput>(input, await accounts.UnitChoicesAsync()));
    }

    [HttpGet("{id}/sua")]
    public async Task<IActionResult> Edit(string id)
    {
        var found = await accounts.FindForEditAsync(id);
        if (found is not { } account)
        {
            return NotFound();
        }

        return View(new UserFormViewModel<UserEditInput>(account.Input, await accounts.UnitChoicesAsync())
        {
            UserId = id,
            IsDisabled = account.IsDisabled,
        });
    }

    [HttpPost("{id}/sua")]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Input")] UserEditInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await accounts.UpdateAsync(id, input, users.GetUserId(User)!);
            if (result.Succeeded)
            {
                TempData.SetStatus($"Đã lưu tài khoản {input.Email}.");
                return RedirectToAction(nameof(Index));
            }

            if (result.Errors.Any(e => e.Code == "NotFound"))
            {
                return NotFound();
            }

            ModelState.AddIdentityErrors(result, new IdentityErrorFields(Email: "Input.Email", Role: "Input.Role"));
        }

        return View(new UserFormViewModel<UserEditInput>(input, await accounts.UnitChoicesAsync()) { UserId = id });
    }

    [HttpPost("{id}/vo-hieu-hoa")]
    public Task<IActionResult> Disable(string id) => SetDisabled(id, disabled: true);

    [HttpPost("{id}/kich-hoat")]
    public Task<IActionResult> Enable(string id) => SetDisabled(id, disabled: false);

    [HttpGet("{id}/dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var name = await accounts.DisplayNameAsync(id);
        if (name is null)
        {
            return NotFound();
        }

        ViewData["AccountName"] = name;
        return View(new ResetPasswordInput());
    }

    [HttpPost("{id}/dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordInput input)
    {
        var name = await accounts.DisplayNameAsync(id);
        if (name is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await accounts.ResetPasswordAsync(id, input.NewPassword);
            if (result.Succeeded)
            {
                TempData.SetStatus($"Đã đặt lại mật khẩu cho {name}. Người dùng sẽ phải đổi mật khẩu khi đăng nhập.");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddIdentityErrors(result, new IdentityErrorFields(Password: nameof(ResetPasswordInput.NewPassword)));
        }

        ViewData["AccountName"] = name;
        return View(new ResetPasswordInput());
    }

    private async Task<IActionResult> SetDisabled(string id, bool disabled)
    {
        var result = await accounts.SetDisabledAsync(id, disabled, users.GetUserId(User)!);
        if (result.Errors.Any(e => e.Code == "NotFound"))
        {
            return NotFound();
        }

        TempData.SetStatus(result.Succeeded
            ? (disabled ? "Đã vô hiệu hóa tài khoản. Người dùng không thể đăng nhập cho đến khi được kích hoạt lại." : "Đã kích hoạt lại tài khoản.")
            : string.Join(" ", result.Errors.Select(e => e.Description)));
        return RedirectToAction(nameof(Index));
    }
}
