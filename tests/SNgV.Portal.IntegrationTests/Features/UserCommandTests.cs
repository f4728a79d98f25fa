using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>
/// <c>users create</c> run as an operator would on a server: the published program, Production, an empty
/// database, the password on standard input.
/// </summary>
public sealed class UserCommandTests
{
    [Fact]
    public async Task Users_create_makes_a_working_administrator_on_an_empty_production_database()
    {
        using var directory = new TempDataDirectory("users-create");

        var (exitCode, output) = await RunPortalAsync(directory.Path, "Quantri-Dau-Tien-2019",
            "users", "create", "--email", "admin@songoaivu.quangtri.gov.vn", "--name", "Nguyễn Quản Trị", "--role", "Administrator");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Đã tạo tài khoản admin@songoaivu.quangtri.gov.vn", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Quantri-Dau-Tien-2019", output, StringComparison.Ordinal);

        await using var factory = PortalFactory.OnExistingData(directory.Path, "Production");
        using var client = factory.CreatePortalClient();
        await client.SignInSuccessfullyAsync("admin@songoaivu.quangtri.gov.vn", "Quantri-Dau-Tien-2019");
        var accounts = await client.GetHtmlAsync("/quan-tri/tai-khoan");
        Assert.Contains("Nguyễn Quản Trị", accounts, StringComparison.Ordinal);

        // Production seeds no account of its own: the administrator is the only one.
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Users_create_refuses_an_unknown_role_and_a_short_password()
    {
        using var directory = new TempDataDirectory("users-create-bad");

        var (badRole, roleOutput) = await RunPortalAsync(directory.Path, "Quantri-Dau-Tien-2019",
            "users", "create", "--email", "a@b.vn", "--name", "A", "--role", "Root");
        var (shortPassword, passwordOutput) = await RunPortalAsync(directory.Path, "ngan",
            "users", "create", "--email", "a@b.vn", "--name", "A", "--role", "Office");

        Assert.Equal(2, badRole);
        Assert.Contains("Vai trò 'Root' không tồn tại", roleOutput, StringComparison.Ordinal);
        Assert.Equal(1, shortPassword);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", passwordOutput, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunPortalAsync(string dataDirectory, string password, params string[] args)
    {
        var portal = Path.Combine(AppContext.BaseDirectory, "SNgV.Portal.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(portal);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataDirectory"] = dataDirectory;

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
