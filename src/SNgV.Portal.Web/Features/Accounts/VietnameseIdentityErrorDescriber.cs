using Microsoft.AspNetCore.Identity;

namespace SNgV.Portal.Web.Features.Accounts;

/// <summary>Identity's messages in the Vietnamese a civil servant reads.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã có lỗi xảy ra. Vui lòng thử lại.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Mã xác thực không hợp lệ hoặc đã hết hạn.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Tài khoản đăng nhập này đã được gắn với người dùng khác.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" không hợp lệ.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Địa chỉ thư điện tử \"{email}\" không hợp lệ.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Tên đăng nhập \"{userName}\" đã được sử dụng.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Địa chỉ thư điện tử \"{email}\" đã được sử dụng cho tài khoản khác.");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Vai trò \"{role}\" không hợp lệ.");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Vai trò \"{role}\" đã tồn tại.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Tài khoản đã có mật khẩu.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Tài khoản này không áp dụng khóa tạm thời.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Tài khoản đã có vai trò {Domain.Roles.DisplayName(role)}.");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Tài khoản không có vai trò {Domain.Roles.DisplayName(role)}.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số (0–9).");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường (a–z).");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa (A–Z).");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Mã khôi phục không hợp lệ.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
