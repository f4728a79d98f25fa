namespace SNgV.Portal.Web.Features.Dossiers;

/// <summary>
/// <c>OneStopDesk:*</c>: how citizens reach the one-stop desk (Bộ phận Một cửa), shown on the public look-up when a
/// dossier waits for documents. Not in the seed (citizen-services.md): the administrator sets the real values;
/// Development carries clearly fictitious ones.
/// </summary>
public sealed class OneStopDeskOptions
{
    public const string Section = "OneStopDesk";

    /// <summary>The desk's telephone, as printed (e.g. "0233 3 000 000").</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }
}
