namespace SNgV.Portal.Web.Domain;

/// <summary>A division of the department (phòng, đơn vị thuộc Sở). Every user belongs to one.</summary>
public class Unit
{
    public int Id { get; set; }

    /// <summary>Short code used in commands and files: VP, TTr, LS, HTQT, BG, TTDV.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}
