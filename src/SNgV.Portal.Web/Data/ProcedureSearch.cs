using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Data;

/// <summary>The stored search column: code and name folded (no accents, lower case), filled on every save.</summary>
public static class ProcedureSearch
{
    public static void Index(AdministrativeProcedure procedure)
    {
        var text = VietnameseText.Fold($"{procedure.Code} {procedure.Name}");
        procedure.SearchText = text.Length > FieldLengths.Title ? text[..FieldLengths.Title] : text;
    }
}
