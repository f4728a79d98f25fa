using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>
/// Client addresses are kept only as SHA-256 of a secret salt and the address: enough to notice bursts from one
/// place, not enough to say who answered. The salt comes from Surveys:AddressSalt, or is generated once and kept
/// in the database so that every instance shares it.
/// </summary>
public sealed class AddressHasher(IOptions<SurveyOptions> options)
{
    private string? _salt = string.IsNullOrWhiteSpace(options.Value.AddressSalt) ? null : options.Value.AddressSalt;

    public async Task<string> HashAsync(PortalDbContext db, string address, CancellationToken cancellationToken)
    {
        var salt = _salt ??= await StoredSaltAsync(db, cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "|" + address)));
    }

    private static async Task<string> StoredSaltAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.SurveySecrets.OrderBy(s => s.Id).Select(s => s.Salt).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return stored;
        }

        var secret = new SurveySecret { Id = 1, Salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) };
        db.SurveySecrets.Add(secret);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Another request stored one first (same key): use that.
        }
        finally
        {
            db.Entry(secret).State = EntityState.Detached;
        }

        return await db.SurveySecrets.OrderBy(s => s.Id).Select(s => s.Salt).FirstAsync(cancellationToken);
    }
}
