using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using FluentValidation;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Contact;

/// <summary>The department's contact details as the administrator types them; every field may be left empty.</summary>
public sealed class ContactInput
{
    [Display(Name = "Địa chỉ trụ sở")]
    public string? Address { get; set; }

    [Display(Name = "Địa chỉ (tiếng Anh)")]
    public string? AddressEn { get; set; }

    [Display(Name = "Điện thoại")]
    public string? Phone { get; set; }

    [Display(Name = "Đường dây nóng")]
    public string? Hotline { get; set; }

    [Display(Name = "Thư điện tử")]
    public string? Email { get; set; }

    [Display(Name = "Lịch tiếp công dân")]
    public string? ReceptionHours { get; set; }

    [Display(Name = "Lịch tiếp công dân (tiếng Anh)")]
    public string? ReceptionHoursEn { get; set; }

    [Display(Name = "Giờ làm việc của Bộ phận Một cửa")]
    public string? OneStopDeskHours { get; set; }

    [Display(Name = "Giờ làm việc của Bộ phận Một cửa (tiếng Anh)")]
    public string? OneStopDeskHoursEn { get; set; }

    [Display(Name = "Điện thoại của Bộ phận Một cửa")]
    public string? OneStopDeskPhone { get; set; }

    public Guid? ConcurrencyStamp { get; set; }
}

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        Text(x => x.Address, "Địa chỉ trụ sở");
        Text(x => x.AddressEn, "Địa chỉ tiếng Anh");
        Text(x => x.ReceptionHours, "Lịch tiếp công dân");
        Text(x => x.ReceptionHoursEn, "Lịch tiếp công dân bằng tiếng Anh");
        Text(x => x.OneStopDeskHours, "Giờ làm việc của Bộ phận Một cửa");
        Text(x => x.OneStopDeskHoursEn, "Giờ làm việc bằng tiếng Anh");
        Telephone(x => x.Phone, "Số điện thoại");
        Telephone(x => x.Hotline, "Số đường dây nóng");
        Telephone(x => x.OneStopDeskPhone, "Số điện thoại của Bộ phận Một cửa");
        RuleFor(x => x.Email)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(FieldLengths.Email).WithMessage($"Địa chỉ thư điện tử dài tối đa {FieldLengths.Email} ký tự.")
            .EmailAddress().WithMessage("Địa chỉ thư điện tử không hợp lệ, ví dụ songoaivu@quangtri.gov.vn.");
    }

    private void Text(Expression<Func<ContactInput, string?>> field, string name) =>
        RuleFor(field)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(FieldLengths.ShortText).WithMessage($"{name} dài tối đa {FieldLengths.ShortText} ký tự.")
            .Must(t => t is null || t.IndexOfAny(['<', '>']) < 0).WithMessage($"{name} không được chứa mã HTML (dấu < và >).");

    private void Telephone(Expression<Func<ContactInput, string?>> field, string name) =>
        RuleFor(field)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(FieldLengths.Phone).WithMessage($"{name} dài tối đa {FieldLengths.Phone} ký tự.")
            .Must(ContactPhone.IsValid).WithMessage($"{name} chỉ gồm chữ số, khoảng trắng, dấu chấm, dấu gạch và dấu +, có ít nhất 3 chữ số, ví dụ 0233 3 852 000.");
}

/// <summary>What a telephone number as printed may hold, and the digits a <c>tel:</c> link dials.</summary>
public static class ContactPhone
{
    public static bool IsValid(string? phone) =>
        string.IsNullOrEmpty(phone)
        || (phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')') && phone.Count(char.IsAsciiDigit) >= 3);

    /// <summary>The number for a <c>tel:</c> link: digits and a leading +.</summary>
    public static string Dialled(string phone) =>
        string.Concat(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == phone.TakeWhile(char.IsWhiteSpace).Count())));
}
