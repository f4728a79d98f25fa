using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.Web.Features.Accounts;

/// <summary>Marks the actions a user may reach while they still must replace a password an administrator set.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowPendingPasswordChangeAttribute : Attribute;

/// <summary>Sends a user whose password was set by an administrator to the change-password page first.</summary>
public sealed class MustChangePasswordFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || !user.HasClaim(PortalClaims.MustChangePassword, "true"))
        {
            return;
        }

        if (context.ActionDescriptor.EndpointMetadata.OfType<AllowPendingPasswordChangeAttribute>().Any()
            || context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        context.Result = new RedirectToActionResult(nameof(AccountController.ChangePassword), "Account", null);
    }
}
