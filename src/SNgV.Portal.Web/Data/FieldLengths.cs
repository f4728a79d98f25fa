namespace SNgV.Portal.Web.Data;

/// <summary>Length limits shared by the EF configurations and the validators, so the form and the database agree.</summary>
public static class FieldLengths
{
    public const int Code = 20;
    public const int ShortText = 200;
    public const int Title = 1000;
    public const int LongText = 4000;
    public const int PersonName = 150;
    public const int Email = 256;

    /// <summary>A telephone number as printed, with spaces and an extension ("0233 3 000 000, máy lẻ 12").</summary>
    public const int Phone = 40;
    public const int PlanNumber = 50;
    public const int FileName = 255;
    public const int ProcedureCode = 50;
    public const int Slug = 120;
    public const int ReceiptCode = 16;
    public const int Unit = 50;

    /// <summary>A web address stored for a link (the online-submission address of a procedure).</summary>
    public const int Url = 500;

    /// <summary>The folded search column of a procedure: code, names, summaries and field, cut to this length.</summary>
    public const int ProcedureSearchText = 4000;

    /// <summary>Identity user ids (GUID strings; Identity allows up to 450).</summary>
    public const int UserId = 450;

    /// <summary>Survey form tokens, invitation tokens and reference numbers (random, URL-safe).</summary>
    public const int SurveyToken = 32;

    /// <summary>Hex SHA-256 of a salted address.</summary>
    public const int AddressHash = 64;

    /// <summary>The free comment of a survey response.</summary>
    public const int SurveyComment = 2000;

    /// <summary>A narrative section of a periodic report (đánh giá chung, tồn tại, đề xuất…).</summary>
    public const int ReportSection = 20000;

    /// <summary>The text cut to <paramref name="maxLength"/> characters, an ellipsis marking the cut.</summary>
    public static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1).TrimEnd(), "…");
}
