using Microsoft.AspNetCore.Identity;

namespace SNgV.Portal.Web.Domain;

/// <summary>An account of a civil servant. Citizens have no account.</summary>
public class PortalUser : IdentityUser
{
    public string FullName { get; set; } = "";

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>Position shown beside the name, e.g. "Chánh Văn phòng".</summary>
    public string? JobTitle { get; set; }

    /// <summary>A disabled account cannot sign in; its history is kept.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set when an administrator creates the account or resets its password.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? LastSignInAtUtc { get; set; }
}
