using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SNgV.Portal.Web.Infrastructure;

public static class ControllerExtensions
{
    private const string StatusKey = "Status";

    /// <summary>A one-line confirmation shown at the top of the next page (Post/Redirect/Get).</summary>
    public static void SetStatus(this ITempDataDictionary tempData, string message) => tempData[StatusKey] = message;

    public static string? Status(this ITempDataDictionary tempData) => tempData[StatusKey] as string;

    /// <summary>
    /// Puts Identity's errors beside the field they concern (as named in <paramref name="fields"/>), the rest in
    /// the summary. The e-mail is also the user name, so a duplicate is reported once.
    /// </summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, IdentityErrorFields fields)
    {
        var duplicateEmail = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail));
        foreach (var error in result.Errors)
        {
            if (duplicateEmail && error.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
            {
                continue;
            }

            modelState.AddModelError(fields.For(error.Code), error.Description);
        }
    }
}

/// <summary>The form fields that Identity's error codes belong to; an empty name means the summary.</summary>
public sealed record IdentityErrorFields(string Password = "", string CurrentPassword = "", string Email = "", string Role = "")
{
    public const string OwnRoleCode = "OwnRole";

    public string For(string code) => code switch
    {
        nameof(IdentityErrorDescriber.PasswordMismatch) => CurrentPassword,
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
            or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => Email,
        OwnRoleCode => Role,
        _ when code.StartsWith("Password", StringComparison.Ordinal) => Password,
        _ => string.Empty,
    };
}
