using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Features.Contact;

/// <summary>
/// Reads the department's contact details for the public pages and saves what the administrator enters. Every page's
/// footer shows them, so they are kept in memory for <see cref="CacheFor"/>: a save clears this instance's copy at once,
/// another instance's after that time at most.
/// </summary>
public sealed class ContactService(PortalDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private const string CacheKey = "contact-details";

    /// <summary>The details in the language of the page (English where the administrator wrote it); empty when none are set.</summary>
    public async Task<ContactView> PublicAsync(CancellationToken cancellationToken = default)
    {
        var contact = await cache.GetOrCreateAsync(CacheKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return db.ContactDetails.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ContactDetails.TheOnly, cancellationToken);
        });
        return contact is null
            ? ContactView.None
            : new ContactView(
                LocalizedText.Pick(contact.Address ?? "", contact.AddressEn),
                contact.Phone,
                contact.Hotline,
                contact.Email,
                LocalizedText.Pick(contact.ReceptionHours ?? "", contact.ReceptionHoursEn),
                LocalizedText.Pick(contact.OneStopDeskHours ?? "", contact.OneStopDeskHoursEn),
                contact.OneStopDeskPhone);
    }

    public async Task<ContactInput> FormAsync(CancellationToken cancellationToken = default) =>
        await db.ContactDetails.Where(c => c.Id == ContactDetails.TheOnly)
            .Select(c => new ContactInput
            {
                Address = c.Address,
                AddressEn = c.AddressEn,
                Phone = c.Phone,
                Hotline = c.Hotline,
                Email = c.Email,
                ReceptionHours = c.ReceptionHours,
                ReceptionHoursEn = c.ReceptionHoursEn,
                OneStopDeskHours = c.OneStopDeskHours,
                OneStopDeskHoursEn = c.OneStopDeskHoursEn,
                OneStopDeskPhone = c.OneStopDeskPhone,
                ConcurrencyStamp = c.ConcurrencyStamp,
            })
            .SingleOrDefaultAsync(cancellationToken)
        ?? new ContactInput();

    /// <summary>Saves the details; refused as a conflict when someone saved them since the form was opened.</summary>
    public async Task<SaveResult> SaveAsync(ContactInput input, CancellationToken cancellationToken = default)
    {
        var contact = await db.ContactDetails.SingleOrDefaultAsync(c => c.Id == ContactDetails.TheOnly, cancellationToken);
        if (contact is null)
        {
            contact = new ContactDetails();
            db.ContactDetails.Add(contact);
        }

        contact.Address = input.Address;
        contact.AddressEn = input.AddressEn;
        contact.Phone = input.Phone;
        contact.Hotline = input.Hotline;
        contact.Email = input.Email;
        contact.ReceptionHours = input.ReceptionHours;
        contact.ReceptionHoursEn = input.ReceptionHoursEn;
        contact.OneStopDeskHours = input.OneStopDeskHours;
        contact.OneStopDeskHoursEn = input.OneStopDeskHoursEn;
        contact.OneStopDeskPhone = input.OneStopDeskPhone;
        var result = await db.SaveExpectingAsync(contact, input.ConcurrencyStamp, cancellationToken);
        cache.Remove(CacheKey);
        return result;
    }
}

/// <summary>The contact details as a public page shows them.</summary>
public sealed record ContactView(
    LocalizedText Address,
    string? Phone,
    string? Hotline,
    string? Email,
    LocalizedText ReceptionHours,
    LocalizedText OneStopDeskHours,
    string? OneStopDeskPhone)
{
    private static readonly LocalizedText Nothing = new("", false);

    public static readonly ContactView None = new(Nothing, null, null, null, Nothing, Nothing, null);

    /// <summary>The number to call about a dossier: the desk's own, else the department's.</summary>
    public string? DeskPhone => OneStopDeskPhone ?? Phone;

    public bool IsEmpty =>
        Address.IsEmpty && Phone is null && Hotline is null && Email is null && ReceptionHours.IsEmpty && OneStopDeskHours.IsEmpty && OneStopDeskPhone is null;

    /// <summary>True when some of what is shown is Vietnamese on an English page.</summary>
    public bool HasFallback => Address.IsFallback || ReceptionHours.IsFallback || OneStopDeskHours.IsFallback;
}
