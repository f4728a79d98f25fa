using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// In the Development environment only: contact details that are plainly fictitious ("Số 1 Đường Mẫu", example.vn),
/// so the contact page and the footer can be seen, written into the empty record and never over what was entered.
/// </summary>
public sealed class DemoContactSeeder(PortalDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var contact = await db.ContactDetails.SingleOrDefaultAsync(c => c.Id == ContactDetails.TheOnly, cancellationToken);
        if (contact is null || contact.Address is not null || contact.Phone is not null || contact.Email is not null)
        {
            return;
        }

        contact.Address = "Số 1 Đường Mẫu, phường Mẫu, thành phố Đông Hà, tỉnh Quảng Trị (địa chỉ mẫu)";
        contact.AddressEn = "1 Mau Street, Mau Ward, Dong Ha City, Quang Tri Province (sample address)";
        contact.Phone = "0233 3 000 000";
        contact.Hotline = "0233 3 000 001";
        contact.Email = "songoaivu@songoaivu.example.vn";
        contact.ReceptionHours = "Thứ Năm hằng tuần, sáng 7 giờ 30 – 11 giờ 30 (lịch mẫu)";
        contact.ReceptionHoursEn = "Thursdays, 7:30 to 11:30 am (sample schedule)";
        contact.OneStopDeskHours = "Thứ Hai đến Thứ Sáu, sáng 7 giờ – 11 giờ 30, chiều 13 giờ 30 – 17 giờ (giờ mẫu)";
        contact.OneStopDeskHoursEn = "Monday to Friday, 7:00 to 11:30 am and 1:30 to 5:00 pm (sample hours)";
        contact.OneStopDeskPhone = "0233 3 000 002";
        await db.SaveChangesAsync(cancellationToken);
    }
}
