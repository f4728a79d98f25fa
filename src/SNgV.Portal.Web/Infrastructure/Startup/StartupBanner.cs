using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SNgV.Portal.Web.Data.Seed;

namespace SNgV.Portal.Web.Infrastructure.Startup;

/// <summary>
/// Tells whoever started the portal where it listens and how to sign in. Written to the console only,
/// never to the log files, because it may carry the demo password.
/// </summary>
public static class StartupBanner
{
    public static void Register(WebApplication app, string? demoPassword, bool anyAccount, DemoHistorySummary? history = null)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault() ?? "http://localhost:5000";
            var paths = app.Services.GetRequiredService<PortalPaths>();
            var lines = new List<string>
            {
                "",
                "==================== SNgV.Portal — Sở Ngoại vụ tỉnh Quảng Trị ====================",
                $"  Cổng thông tin đang chạy tại: {address}",
                $"  Đăng nhập:                    {address}/dang-nhap",
                $"  Dữ liệu và nhật ký:           {paths.DataDirectory}",
            };

            if (demoPassword is not null)
            {
                lines.Add("  Tài khoản dùng thử (môi trường Development), mật khẩu chung — chỉ in MỘT lần:");
                lines.AddRange(DemoAccountSeeder.Accounts.Select(a => $"    {a.Email,-24} {Domain.Roles.DisplayName(a.Role)} ({a.UnitCode})"));
                lines.Add($"  Mật khẩu: {demoPassword}");
            }
            else if (app.Environment.IsDevelopment() && anyAccount)
            {
                lines.Add("  Tài khoản dùng thử đã có (mật khẩu đã in ở lần khởi động đầu tiên). Đặt lại mật khẩu:");
                lines.Add("    dotnet run --project src/SNgV.Portal.Web -- users set-password --email vanphong@sngv.demo");
            }
            else if (!anyAccount)
            {
                lines.Add("  Chưa có tài khoản nào. Tạo quản trị viên đầu tiên (mật khẩu đọc từ đầu vào chuẩn):");
                lines.Add("    dotnet SNgV.Portal.Web.dll users create --email EMAIL --name \"HỌ TÊN\" --role Administrator");
            }

            if (history is not null)
            {
                lines.Add($"  Dữ liệu mẫu (Development): năm 2019 — {history.Updates} báo cáo tiến độ, {history.Reports} báo cáo định kỳ đã ban hành,");
                lines.Add($"    {history.SurveyResponses} phiếu khảo sát, {history.Dossiers} hồ sơ một cửa; kế hoạch {history.CurrentPlanNumber} năm {history.CurrentYear} đang thực hiện ({history.Elapsed.TotalSeconds:0.0} giây).");
            }

            lines.Add("====================================================================================");
            Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
            Console.Out.Flush();
        });
    }
}
