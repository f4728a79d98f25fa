using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>Model binding's own messages (a letter typed into a number field…) in Vietnamese, in English on an English public page.</summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => PageText.Of("Vui lòng nhập giá trị."));
        messages.SetMissingBindRequiredValueAccessor(_ => PageText.Of("Thiếu giá trị bắt buộc."));
        messages.SetMissingKeyOrValueAccessor(() => PageText.Of("Thiếu giá trị bắt buộc."));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => PageText.Of("Yêu cầu không có nội dung."));
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => PageText.Format("Giá trị \"{0}\" không hợp lệ.", value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => PageText.Format("Giá trị \"{0}\" không hợp lệ.", value));
        messages.SetUnknownValueIsInvalidAccessor(_ => PageText.Of("Giá trị không hợp lệ."));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => PageText.Of("Giá trị không hợp lệ."));
        messages.SetValueIsInvalidAccessor(value => PageText.Format("Giá trị \"{0}\" không hợp lệ.", value));
        messages.SetValueMustBeANumberAccessor(_ => PageText.Of("Vui lòng nhập một số."));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => PageText.Of("Vui lòng nhập một số."));
    }
}
