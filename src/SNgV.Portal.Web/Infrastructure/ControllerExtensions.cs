using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Infrastructure;

public static class ControllerExtensions
{
    private const string StatusKey = "Status";

    private const string ConflictStart = "Bản ghi này vừa được người khác cập nhật sau khi bạn mở trang nên thay đổi của bạn chưa được lưu.";

    /// <summary>The wording of a concurrent edit, on a form shown again with what the user typed.</summary>
    public const string ConflictMessage = ConflictStart + " Nội dung bạn nhập vẫn được giữ bên dưới; hãy xem bản hiện tại rồi lưu lại.";

    /// <summary>The same, after a button (publish, submit, delete) that carried nothing typed: the page shows what is stored now.</summary>
    public const string ConflictNotice = ConflictStart + " Trang đang hiển thị bản hiện tại; hãy xem lại rồi thực hiện lại.";

    public const string NotFoundMessage = "Không tìm thấy bản ghi; có thể bản ghi vừa bị xóa.";

    /// <summary>
    /// True when <paramref name="result"/> is a save; otherwise puts the reason where the form shows it: a refusal beside
    /// its field (under <paramref name="prefix"/>), a conflict or a missing record at the top. On a conflict,
    /// <paramref name="keepStoredStamp"/> gives the form the stamp of what is stored now, so the user's next save is
    /// compared with the version they have now been told about. A caller that answers 404 checks for it first.
    /// </summary>
    public static bool Saved(this ModelStateDictionary modelState, SaveResult result, Action<Guid>? keepStoredStamp = null, string prefix = "Input")
    {
        switch (result.Status)
        {
            case SaveStatus.Saved:
                return true;
            case SaveStatus.Conflict:
                modelState.AddModelError(string.Empty, ConflictMessage);
                if (keepStoredStamp is not null && result.StoredStamp is { } stored)
                {
                    keepStoredStamp(stored);
                    modelState.Remove(Key("ConcurrencyStamp"));
                }

                break;
            case SaveStatus.NotFound:
                modelState.AddModelError(string.Empty, NotFoundMessage);
                break;
            default:
                modelState.AddModelError(string.IsNullOrEmpty(result.Field) ? string.Empty : Key(result.Field), result.Message);
                break;
        }

        return false;

        string Key(string property) => prefix.Length == 0 ? property : $"{prefix}.{property}";
    }

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
