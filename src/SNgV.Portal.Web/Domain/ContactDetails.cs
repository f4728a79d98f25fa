namespace SNgV.Portal.Web.Domain;

/// <summary>
/// How the public reaches the department (liên hệ): address, telephone, hotline, e-mail, the hours citizens are received
/// and the one-stop desk's hours. One record, kept by the administrator and shown on the contact page and in the footer
/// of every page; not in the seed (citizen-services.md), so a new installation starts with it empty.
/// </summary>
public class ContactDetails : IConcurrencyStamped, IAudited
{
    /// <summary>The id of the one record.</summary>
    public const int TheOnly = 1;

    public int Id { get; set; } = TheOnly;

    public string? Address { get; set; }

    /// <summary>The address as a foreigner writes it (no diacritics, English order); null shows <see cref="Address"/>.</summary>
    public string? AddressEn { get; set; }

    public string? Phone { get; set; }

    /// <summary>The hotline (đường dây nóng) for reporting problems with a service.</summary>
    public string? Hotline { get; set; }

    public string? Email { get; set; }

    /// <summary>When citizens are received (giờ tiếp công dân), as printed, e.g. "Thứ Năm hằng tuần, 7 giờ 30 – 11 giờ".</summary>
    public string? ReceptionHours { get; set; }

    public string? ReceptionHoursEn { get; set; }

    /// <summary>When the one-stop desk (Bộ phận Một cửa) receives and returns dossiers.</summary>
    public string? OneStopDeskHours { get; set; }

    public string? OneStopDeskHoursEn { get; set; }

    /// <summary>The desk's own telephone, when it has one; otherwise people call <see cref="Phone"/>.</summary>
    public string? OneStopDeskPhone { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
