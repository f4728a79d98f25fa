using SNgV.Portal.Web.Features.Accounts;
using SNgV.Portal.Web.Features.Admin;

namespace SNgV.Portal.UnitTests;

public sealed class ValidatorTests
{
    [Fact]
    public void Login_requires_an_email_and_a_password_in_Vietnamese()
    {
        var result = new LoginInputValidator().Validate(new LoginInput { Email = "", Password = "" });

        Assert.Equal(
            ["Vui lòng nhập địa chỉ thư điện tử.", "Vui lòng nhập mật khẩu."],
            result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Login_rejects_a_malformed_email()
    {
        var result = new LoginInputValidator().Validate(new LoginInput { Email = "vanphong", Password = "x" });

        Assert.Equal("Địa chỉ thư điện tử không hợp lệ.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("", "Vui lòng nhập mật khẩu mới.")]
    [InlineData("ngan1", "Mật khẩu phải có ít nhất 10 ký tự.")]
    [InlineData("khongcochuso", "Mật khẩu phải có ít nhất một chữ số (0–9).")]
    [InlineData("CHUHOA12345", "Mật khẩu phải có ít nhất một chữ thường (a–z).")]
    public void A_new_password_gets_one_clear_message_at_a_time(string password, string message)
    {
        var result = new ResetPasswordInputValidator().Validate(new ResetPasswordInput { NewPassword = password, ConfirmPassword = password });

        Assert.Equal(message, Assert.Single(result.Errors, e => e.PropertyName == nameof(ResetPasswordInput.NewPassword)).ErrorMessage);
    }

    [Fact]
    public void A_confirmation_that_differs_is_reported_on_the_confirmation_field()
    {
        var result = new ResetPasswordInputValidator().Validate(new ResetPasswordInput { NewPassword = "DungRoi-2019", ConfirmPassword = "KhacRoi-2019" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ResetPasswordInput.ConfirmPassword), error.PropertyName);
    }

    [Fact]
    public void The_new_password_must_differ_from_the_current_one()
    {
        var result = new ChangePasswordInputValidator().Validate(new ChangePasswordInput
        {
            CurrentPassword = "GiongNhau-2019",
            NewPassword = "GiongNhau-2019",
            ConfirmPassword = "GiongNhau-2019",
        });

        Assert.Equal("Mật khẩu mới phải khác mật khẩu hiện tại.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData(null, null, 1, true)]
    [InlineData("Nguyễn", "Staff", 2, true)]
    [InlineData(null, "Root", 1, false)]
    [InlineData(null, null, 0, false)]
    public void The_account_list_query_accepts_only_known_roles_and_real_pages(string? search, string? role, int page, bool valid)
    {
        var result = new UserListQueryValidator().Validate(new UserListQuery { Search = search, Role = role, Page = page });

        Assert.Equal(valid, result.IsValid);
    }
}
