using System.Globalization;

namespace SNgV.Portal.DataGeneration;

/// <summary>
/// <c>data generate</c>: fills the configured database with generated volumes for load tests and benchmarks, after
/// the normal migration and seed, e.g.
/// <c>dotnet run --project tools/SNgV.Portal.DataGenerator -- data generate --tasks 1000 --updates 20000 --responses 100000 --dossiers 20000</c>.
/// </summary>
public sealed class DataCommands(IServiceProvider services, TextWriter output, TextWriter error)
{
    public const string Usage = """
        Cách dùng:
          data generate [--tasks N] [--updates N] [--responses N] [--dossiers N] [--plan-year 2019] [--seed N]
        Thêm dữ liệu giả lập vào cơ sở dữ liệu đang cấu hình (Storage:DataDirectory, Database:Provider) để thử tải:
          --tasks      nhiệm vụ, chia đều cho các lĩnh vực giải pháp của kế hoạch năm --plan-year (mặc định 2019)
          --updates    báo cáo tiến độ của các nhiệm vụ đó theo các kỳ trong năm (đa số đã duyệt)
          --responses  phiếu khảo sát, mỗi phiếu trả lời đủ các tiêu chí, trong đợt "{năm}-thu-tai" (tạo nếu chưa có)
          --dossiers   hồ sơ một cửa trên các thủ tục đã công bố, tiếp nhận trong năm
          --seed       hạt giống ngẫu nhiên (mặc định 20190130): cùng hạt giống trên cùng cơ sở dữ liệu cho cùng dữ liệu
        Dữ liệu sinh ra không ghi nhật ký thay đổi (audit). Chỉ dùng cho cơ sở dữ liệu thử nghiệm, không dùng cho dữ liệu thật.
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "data";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.ElementAtOrDefault(1) != "generate" || ParseOptions(args.Skip(2)) is not { } options)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Đang sinh dữ liệu: {options.Tasks} nhiệm vụ, {options.Updates} báo cáo tiến độ, {options.Responses} phiếu khảo sát, {options.Dossiers} hồ sơ (kế hoạch năm {options.PlanYear}, hạt giống {options.Seed})…"));
        DataGenerationResult result;
        try
        {
            result = await ActivatorUtilities.CreateInstance<DataGenerator>(services).GenerateAsync(options);
        }
        catch (InvalidOperationException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }

        var vi = CultureInfo.GetCultureInfo("vi-VN");
        await output.WriteLineAsync(string.Create(vi, $"Kế hoạch {result.PlanNumber}:"));
        await output.WriteLineAsync(string.Create(vi, $"  {result.Tasks:N0} nhiệm vụ, {result.Updates:N0} báo cáo tiến độ ({result.ProgressEvents:N0} bước trong lịch sử)"));
        if (result.Updates < options.Updates)
        {
            await output.WriteLineAsync(string.Create(vi,
                $"  Chỉ sinh được {result.Updates:N0} báo cáo tiến độ: mỗi đơn vị báo cáo một nhiệm vụ một lần mỗi kỳ; tăng --tasks để có thêm."));
        }

        if (result.Responses > 0)
        {
            await output.WriteLineAsync(string.Create(vi, $"  {result.Responses:N0} phiếu khảo sát, {result.Answers:N0} câu trả lời (đợt {result.RoundSlug})"));
        }

        await output.WriteLineAsync(string.Create(vi, $"  {result.Dossiers:N0} hồ sơ, {result.Transitions:N0} bước xử lý"));
        foreach (var (part, elapsed) in result.Timings)
        {
            await output.WriteLineAsync(string.Create(vi, $"  {part}: {elapsed.TotalSeconds:0.0} giây"));
        }

        await output.WriteLineAsync(string.Create(vi, $"Xong sau {result.Elapsed.TotalSeconds:0.0} giây."));
        return 0;
    }

    /// <summary>The options, or null when one is unknown or not a non-negative whole number.</summary>
    public static DataGenerationOptions? ParseOptions(IEnumerable<string> args)
    {
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["tasks"] = 0, ["updates"] = 0, ["responses"] = 0, ["dossiers"] = 0,
            ["plan-year"] = DataGenerationOptions.DefaultPlanYear, ["seed"] = DataGenerationOptions.DefaultSeed,
        };
        var list = args.ToList();
        for (var i = 0; i < list.Count; i += 2)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || !values.ContainsKey(list[i][2..]) || i + 1 >= list.Count
                || !int.TryParse(list[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            values[list[i][2..]] = value;
        }

        return new DataGenerationOptions(values["tasks"], values["updates"], values["responses"], values["dossiers"], values["plan-year"], values["seed"]);
    }
}
