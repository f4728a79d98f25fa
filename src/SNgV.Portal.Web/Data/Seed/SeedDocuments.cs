using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// The JSON files shipped inside the assembly: the units of the department and plan 95/KH-SNgV, whose
/// texts are the plan document's own words (normalised to Unicode NFC).
/// </summary>
internal static class SeedDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<UnitSeed> Units() => Read<List<UnitSeed>>("units.json");

    public static PlanSeed Plan2019() => Read<PlanSeed>("plan-95-KH-SNgV-2019.json");

    public static CatalogueSeed Procedures() => Read<CatalogueSeed>("procedures.json");

    public static CalendarSeed Calendar() => Read<CalendarSeed>("calendar-days.json");

    public static PciSeed Pci() => Read<PciSeed>("pci.json");
    public static QuestionnaireSeed Sipas2017() => Read<QuestionnaireSeed>("questionnaire-sipas-2017.json");

    private static T Read<T>(string fileName)
    {
        var assembly = typeof(SeedDocuments).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd().Normalize(NormalizationForm.FormC);
        return JsonSerializer.Deserialize<T>(text, Json) ?? throw new InvalidOperationException($"Seed file {fileName} is empty.");
    }
}

/// <summary>A unit or a procedure field: its code, its name and its English name for the public pages.</summary>
internal sealed record UnitSeed(string Code, string Name, string? NameEn = null);

internal sealed record PlanSeed(
    string Number,
    int Year,
    DateOnly IssuedOn,
    string IssuedAt,
    string Title,
    string LegalBasis,
    string SignerTitle,
    string SignerName,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<AreaSeed> Areas,
    IReadOnlyList<string> Implementation,
    string ClosingText,
    IReadOnlyList<string> Recipients);

internal sealed record AreaSeed(int Number, string Title, IReadOnlyList<TaskSeed> Tasks);

internal sealed record TaskSeed(
    int Number,
    string Title,
    string LeadUnit,
    IReadOnlyList<string> SupportingUnits,
    TaskSchedule Schedule,
    ReportingFrequency? ReportingFrequency,
    DateOnly? DueOn);
