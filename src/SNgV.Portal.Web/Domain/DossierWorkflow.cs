namespace SNgV.Portal.Web.Domain;

/// <summary>
/// The statuses a dossier may move to from each status: received → processing → (additional documents
/// requested → processing) → result ready → returned; or refused, with a reason, before a result exists.
/// </summary>
public static class DossierWorkflow
{
    public static IReadOnlyList<DossierStatus> Next(DossierStatus status) => status switch
    {
        DossierStatus.Received => [DossierStatus.Processing, DossierStatus.AdditionalDocumentsRequested, DossierStatus.Refused],
        DossierStatus.Processing => [DossierStatus.ResultReady, DossierStatus.AdditionalDocumentsRequested, DossierStatus.Refused],
        DossierStatus.AdditionalDocumentsRequested => [DossierStatus.Processing, DossierStatus.Refused],
        DossierStatus.ResultReady => [DossierStatus.Returned],
        _ => [],
    };

    public static bool CanMove(DossierStatus from, DossierStatus to) => Next(from).Contains(to);

    /// <summary>A note is required: the reason for a refusal, the documents to supply.</summary>
    public static bool NeedsNote(DossierStatus to) => to is DossierStatus.Refused or DossierStatus.AdditionalDocumentsRequested;

    /// <summary>The clock has stopped for good (the result is ready, or the dossier was refused).</summary>
    public static bool IsFinished(DossierStatus status) => status is DossierStatus.ResultReady or DossierStatus.Returned or DossierStatus.Refused;

    /// <summary>The desk's wording for the button that makes the move.</summary>
    public static string ActionName(DossierStatus to) => to switch
    {
        DossierStatus.Processing => "Chuyển giải quyết",
        DossierStatus.AdditionalDocumentsRequested => "Yêu cầu bổ sung hồ sơ",
        DossierStatus.ResultReady => "Đã có kết quả",
        DossierStatus.Returned => "Trả kết quả",
        DossierStatus.Refused => "Từ chối giải quyết",
        _ => DisplayNames.Of(to),
    };
}
