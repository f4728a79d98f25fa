using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Accounts;

/// <summary>
/// Account commands for a server console, e.g. creating the first administrator:
/// <c>dotnet SNgV.Portal.Web.dll users create --email a@b.vn --name "Nguyễn Văn A" --role Administrator [--unit VP]</c>.
/// The password is read from standard input, never from the command line (it would stay in the shell history).
/// </summary>
public sealed class UserCommands(UserManager<PortalUser> users, PortalDbContext db, TextReader input, TextWriter output, TextWriter error)
{
    public const string Usage = """
        Cách dùng:
          users create --email EMAIL --name "HỌ TÊN" --role Administrator|Leadership|Office|Staff [--unit VP] [--title "CHỨC VỤ"]
          users set-password --email EMAIL
        Mật khẩu được đọc từ đầu vào chuẩn (gõ khi được hỏi, hoặc: echo "$MAT_KHAU" | ... users create ...).
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "users";

    public async Task<int> RunAsync(string[] args)
    {
        var options = ParseOptions(args.Skip(2));
        return args.ElementAtOrDefault(1) switch
        {
            "create" => await CreateAsync(options),
            "set-password" => await SetPasswordAsync(options),
            _ => UsageError(),
        };
    }

    private async Task<int> CreateAsync(Dictionary<string, string> options)
    {
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("name", out var name) || !options.TryGetValue("role", out var role))
        {
            return UsageError();
        }

        if (!Roles.All.Contains(role))
        {
            await error.WriteLineAsync($"Vai trò '{role}' không tồn tại. Chọn một trong: {string.Join(", ", Roles.All)}.");
            return 2;
        }

        var unitCode = options.GetValueOrDefault("unit", "VP");
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == unitCode);
        if (unit is null)
        {
            await error.WriteLineAsync($"Đơn vị '{unitCode}' không tồn tại. Các mã đơn vị: {string.Join(", ", await db.Units.OrderBy(u => u.SortOrder).Select(u => u.Code).ToListAsync())}.");
            return 2;
        }

        var password = await ReadPasswordAsync();
        if (password is null)
        {
            return 1;
        }

        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = name,
            JobTitle = options.GetValueOrDefault("title"),
            UnitId = unit.Id,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync(e.Description);
            }

            return 1;
        }

        await output.WriteLineAsync($"Đã tạo tài khoản {email} ({Roles.DisplayName(role)}, {unit.Name}).");
        return 0;
    }

    private async Task<int> SetPasswordAsync(Dictionary<string, string> options)
    {
        if (!options.TryGetValue("email", out var email))
        {
            return UsageError();
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await error.WriteLineAsync($"Không tìm thấy tài khoản {email}.");
            return 1;
        }

        var password = await ReadPasswordAsync();
        if (password is null)
        {
            return 1;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync(e.Description);
            }

            return 1;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await output.WriteLineAsync($"Đã đặt mật khẩu mới cho {email}.");
        return 0;
    }

    private async Task<string?> ReadPasswordAsync()
    {
        string? password;
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            password = ReadHidden("Mật khẩu: ");
            if (password != ReadHidden("Nhập lại mật khẩu: "))
            {
                await error.WriteLineAsync("Hai lần nhập mật khẩu không khớp.");
                return null;
            }
        }
        else
        {
            password = (await input.ReadLineAsync())?.TrimEnd('\r');
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("Chưa nhập mật khẩu (đọc từ đầu vào chuẩn).");
            return null;
        }

        return password;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0)
                {
                    chars.RemoveAt(chars.Count - 1);
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }

        Console.WriteLine();
        return new string([.. chars]);
    }

    private int UsageError()
    {
        error.WriteLine(Usage);
        return 2;
    }

    private static Dictionary<string, string> ParseOptions(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var list = args.ToList();
        for (var i = 0; i + 1 < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[list[i][2..]] = list[++i];
            }
        }

        return options;
    }
}
