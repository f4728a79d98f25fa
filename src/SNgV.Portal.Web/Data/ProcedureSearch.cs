using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Data;

/// <summary>
/// The stored search column: code, Vietnamese and English names, summaries and the field's names, folded (no
/// accents, lower case), filled on every save and recomputed at start-up (the seeder), so a search is a LIKE per word
/// on one column on both providers.
/// </summary>
public static class ProcedureSearch
{
    /// <summary>A search of more words than this uses the first ones: enough for any procedure's name.</summary>
    public const int MaxWords = 10;

    public static void Index(AdministrativeProcedure procedure, ProcedureField field) =>
        procedure.SearchText = TextOf(procedure, field);

    public static string TextOf(AdministrativeProcedure procedure, ProcedureField field)
    {
        var text = VietnameseText.Fold(string.Join(' ',
            new[] { procedure.Code, procedure.Name, procedure.NameEn, field.Name, field.NameEn, procedure.Summary, procedure.SummaryEn }
                .Where(t => !string.IsNullOrWhiteSpace(t))));
        return text.Length > FieldLengths.ProcedureSearchText ? text[..FieldLengths.ProcedureSearchText] : text;
    }

    /// <summary>The folded words of a query, punctuation at their ends removed ("hộ chiếu," → "ho chieu"), each once.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        VietnameseText.Fold(query)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(PunctuationAround))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();

    private static readonly char[] PunctuationAround = [',', '.', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '“', '”', '‘', '’', '-', '–', '/'];
}
