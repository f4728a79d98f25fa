using System.ComponentModel.DataAnnotations;
using System.Reflection;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Resources;

namespace SNgV.Portal.Web.Infrastructure.Forms;

/// <summary>
/// FluentValidation's default messages in Vietnamese, named by the field's [Display] name, so a rule says
/// <c>.MaximumLength(200)</c> and the form shows "Tên đợt không được dài quá 200 ký tự." A rule keeps its own
/// WithMessage where it tells the user more than the default (an example, what to do next).
/// </summary>
public sealed class VietnameseValidationMessages : LanguageManager
{
    /// <summary>The one wording for a post whose hidden fields are missing or tampered with.</summary>
    public const string StaleForm = "Biểu mẫu không hợp lệ. Vui lòng tải lại trang.";

    public VietnameseValidationMessages()
    {
        // Always the Vietnamese template: on an English public page the message formatter below turns it, and every
        // rule's own WithMessage, into its English entry (the Vietnamese text is the key, see PageText).
        Culture = Localization.Vietnamese;
        var vi = Localization.Vietnamese.Name;
        AddTranslation(vi, "NotEmptyValidator", "{PropertyName} không được để trống.");
        AddTranslation(vi, "NotNullValidator", "{PropertyName} không được để trống.");
        AddTranslation(vi, "MaximumLengthValidator", "{PropertyName} không được dài quá {MaxLength} ký tự.");
        AddTranslation(vi, "MinimumLengthValidator", "{PropertyName} phải có ít nhất {MinLength} ký tự.");
        AddTranslation(vi, "LengthValidator", "{PropertyName} phải dài từ {MinLength} đến {MaxLength} ký tự.");
        AddTranslation(vi, "ExactLengthValidator", "{PropertyName} phải dài đúng {MaxLength} ký tự.");
        AddTranslation(vi, "InclusiveBetweenValidator", "{PropertyName} phải từ {From} đến {To}.");
        AddTranslation(vi, "ExclusiveBetweenValidator", "{PropertyName} phải lớn hơn {From} và nhỏ hơn {To}.");
        AddTranslation(vi, "GreaterThanValidator", "{PropertyName} phải lớn hơn {ComparisonValue}.");
        AddTranslation(vi, "GreaterThanOrEqualValidator", "{PropertyName} không được nhỏ hơn {ComparisonValue}.");
        AddTranslation(vi, "LessThanValidator", "{PropertyName} phải nhỏ hơn {ComparisonValue}.");
        AddTranslation(vi, "LessThanOrEqualValidator", "{PropertyName} không được lớn hơn {ComparisonValue}.");
        AddTranslation(vi, "EmailValidator", "{PropertyName} không đúng dạng địa chỉ thư điện tử.");
        AddTranslation(vi, "RegularExpressionValidator", "{PropertyName} không đúng định dạng.");
        AddTranslation(vi, "EnumValidator", "{PropertyName} không hợp lệ.");
        AddTranslation(vi, "PredicateValidator", "{PropertyName} không hợp lệ.");
        AddTranslation(vi, "AsyncPredicateValidator", "{PropertyName} không hợp lệ.");
        AddTranslation(vi, "EqualValidator", "{PropertyName} không khớp.");
        AddTranslation(vi, "NotEqualValidator", "{PropertyName} không được là {ComparisonValue}.");
        AddTranslation(vi, "EmptyValidator", "{PropertyName} phải để trống.");
        AddTranslation(vi, "NullValidator", "{PropertyName} phải để trống.");
    }

    /// <summary>
    /// Messages in Vietnamese, and a property's name taken from its [Display] as the label shows it. FluentValidation's
    /// options are global, so they are set when the assembly loads: the app and a test that builds a validator alone
    /// both get them.
    /// </summary>
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Apply()
    {
        ValidatorOptions.Global.LanguageManager = new VietnameseValidationMessages();
        ValidatorOptions.Global.DisplayNameResolver = DisplayName;
        ValidatorOptions.Global.MessageFormatterFactory = () => new PageLanguageMessageFormatter();
    }

    private static string? DisplayName(Type type, MemberInfo? member, System.Linq.Expressions.LambdaExpression? expression) =>
        member?.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } name ? PageText.Of(name) : null;

    /// <summary>Translates a message's Vietnamese template before its placeholders ({PropertyName}, {MaxLength}…) are filled.</summary>
    private sealed class PageLanguageMessageFormatter : MessageFormatter
    {
        public override string BuildMessage(string messageTemplate) => base.BuildMessage(PageText.Of(messageTemplate));
    }
}
