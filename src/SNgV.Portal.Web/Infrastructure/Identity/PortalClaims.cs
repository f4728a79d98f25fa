using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Infrastructure.Identity;

/// <summary>Claims the portal reads on every request, so that pages need no query to know who is signed in.</summary>
public static class PortalClaims
{
    public const string FullName = "sngv:full_name";
    public const string UnitId = "sngv:unit_id";
    public const string UnitName = "sngv:unit_name";
    public const string UnitCode = "sngv:unit_code";
    public const string MustChangePassword = "sngv:must_change_password";

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "";

    public static int? UnitIdOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(UnitId), out var id) ? id : null;

    public static string UnitNameOf(this ClaimsPrincipal user) => user.FindFirstValue(UnitName) ?? "";

    public static string UnitCodeOf(this ClaimsPrincipal user) => user.FindFirstValue(UnitCode) ?? "";
}

/// <summary>The signed-in user as the services need them: who, by what name, in which unit.</summary>
public sealed record CurrentUser(string Id, string Name, int UnitId)
{
    public static CurrentUser From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user."),
        user.DisplayName(),
        user.UnitIdOf() ?? throw new InvalidOperationException("The signed-in user has no unit."));
}

public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await db.Units.Where(u => u.Id == user.UnitId).Select(u => new { u.Name, u.Code }).SingleOrDefaultAsync();
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        identity.AddClaim(new Claim(PortalClaims.UnitId, user.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PortalClaims.UnitName, unit?.Name ?? ""));
        identity.AddClaim(new Claim(PortalClaims.UnitCode, unit?.Code ?? ""));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
