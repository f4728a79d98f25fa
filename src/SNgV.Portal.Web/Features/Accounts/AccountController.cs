using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Features.Accounts;

[Authorize]
public sealed class AccountController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, TimeProvider clock) : Controller
{
    [HttpGet("dang-nhap"), AllowAnonymous]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToLocal(returnUrl);
        }

        return View(new LoginInput { ReturnUrl = returnUrl });
    }

    [HttpPost("dang-nhap"), AllowAnonymous, ValidateAntiForgeryToken, EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var email = input.Email;
        var result = await signIn.PasswordSignInAsync(email, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await users.FindByNameAsync(email);
            if (user is not null)
            {
                user.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
                await users.UpdateAsync(user);
                if (user.MustChangePassword)
                {
                    return RedirectToAction(nameof(ChangePassword));
                }
            }

            return RedirectToLocal(input.ReturnUrl);
        }

        var message = result switch
        {
            { IsLockedOut: true } =>
                $"Tài khoản tạm thời bị khóa vì đăng nhập sai {PasswordRules.MaxFailedSignIns} lần liên tiếp. " +
                $"Vui lòng thử lại sau {PasswordRules.LockoutDuration.TotalMinutes:0} phút hoặc liên hệ quản trị viên.",
            { IsNotAllowed: true } => "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.",
            _ => "Địa chỉ thư điện tử hoặc mật khẩu không đúng.",
        };
        ModelState.AddModelError(string.Empty, message);
        input.Password = "";
        return View(input);
    }

    [HttpPost("dang-xuat"), ValidateAntiForgeryToken, AllowPendingPasswordChange]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Home.HomeController.Index), "Home");
    }

    [HttpGet("tai-khoan/doi-mat-khau"), AllowPendingPasswordChange]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("tai-khoan/doi-mat-khau"), ValidateAntiForgeryToken, AllowPendingPasswordChange]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
            if (result.Succeeded)
            {
                user.MustChangePassword = false;
                await users.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
                TempData.SetStatus("Đã đổi mật khẩu.");
                return RedirectToAction("Index", "Dashboard");
            }

            ModelState.AddIdentityErrors(result, new IdentityErrorFields(
                Password: nameof(ChangePasswordInput.NewPassword),
                CurrentPassword: nameof(ChangePasswordInput.CurrentPassword)));
        }

        return View(new ChangePasswordInput());
    }

    private IActionResult RedirectToLocal(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : RedirectToAction("Index", "Dashboard");
}
