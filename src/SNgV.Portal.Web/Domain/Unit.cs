namespace SNgV.Portal.Web.Domain;

/// <summary>
/// A division of the department (phòng, đơn vị thuộc Sở). Every user belongs to one. The administrator adds, renames,
/// retires and merges units; a retired unit keeps its history but is no longer offered for new tasks or accounts.
/// </summary>
public class Unit : IConcurrencyStamped, IAudited
{
    /// <summary>
    /// The code of the foreign-affairs service centre (Trung tâm Dịch vụ đối ngoại) in the units seed: its staff select
    /// Vietnamese workers for foreign organisations and publish the recruitment notices.
    /// </summary>
    public const string ServiceCentreCode = "TTDV";

    public int Id { get; set; }

    /// <summary>Short code used in commands and files: VP, TTr, LS, HTQT, BG, TTDV.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The name on English public pages; null shows <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
