using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>What the register says about a set of dossiers: how many, how many finished early, on time or late.</summary>
public sealed record TimelinessFigures(int Received, int InProgress, int Early, int OnTime, int Late, int Refused, int OverdueNow, double? MeanProcessingDays)
{
    public static readonly TimelinessFigures Empty = new(0, 0, 0, 0, 0, 0, 0, null);

    public int Finished => Early + OnTime + Late;

    /// <summary>Share of finished dossiers settled by their due date, in %; null when none is finished.</summary>
    public double? OnTimeShare => Finished == 0 ? null : 100.0 * (Early + OnTime) / Finished;
}

/// <summary>
/// The one grouped query behind the public procedure page, the Office's statistics and (later) the reports: the
/// dossiers received in a period, counted per procedure by the stored dates (see ADR 0005), in SQL.
/// </summary>
public static class DossierFigures
{
    public static IQueryable<Dossier> ReceivedBetween(this IQueryable<Dossier> dossiers, DateOnly from, DateOnly to) =>
        dossiers.Where(d => d.ReceivedOn >= from && d.ReceivedOn <= to);

    public static async Task<Dictionary<int, TimelinessFigures>> ByProcedureAsync(IQueryable<Dossier> dossiers, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await dossiers.GroupBy(d => d.AdministrativeProcedureId).Select(g => new
        {
            g.Key,
            Received = g.Count(),
            InProgress = g.Count(d => d.CompletedOn == null),
            Early = g.Count(d => d.Status != DossierStatus.Refused && d.CompletedOn != null && d.CompletedOn < d.DueOn),
            OnTime = g.Count(d => d.Status != DossierStatus.Refused && d.CompletedOn != null && d.CompletedOn == d.DueOn),
            Late = g.Count(d => d.Status != DossierStatus.Refused && d.CompletedOn != null && d.CompletedOn > d.DueOn),
            Refused = g.Count(d => d.Status == DossierStatus.Refused),
            OverdueNow = g.Count(d => d.CompletedOn == null && d.Status != DossierStatus.AdditionalDocumentsRequested && d.DueOn < today),
            Mean = g.Average(d => (double?)d.ProcessingWorkingDays),
        }).ToListAsync(cancellationToken);

        return rows.ToDictionary(r => r.Key, r => new TimelinessFigures(r.Received, r.InProgress, r.Early, r.OnTime, r.Late, r.Refused, r.OverdueNow, r.Mean));
    }
}
