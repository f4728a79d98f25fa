using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>Model binding's own messages (a letter typed into a number field…) in Vietnamese.</summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị bắt buộc.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(_ => "Vui lòng nhập một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vui lòng nhập một số.");
    }
}
