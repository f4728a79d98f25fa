namespace SNgV.Portal.Web.Infrastructure.Files;

/// <summary>An accepted kind of evidence file, recognised by its content.</summary>
public sealed record EvidenceFileType(string Name, string ContentType, IReadOnlyList<string> Extensions);

/// <summary>
/// Recognises PDF, Word, Excel and image files by their first bytes, and accepts a file only when its name's
/// extension agrees with its content: an executable renamed "bao-cao.pdf" is refused.
/// </summary>
public static class EvidenceFileTypes
{
    public static readonly EvidenceFileType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly EvidenceFileType Docx = new("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly EvidenceFileType Xlsx = new("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly EvidenceFileType Doc = new("Word 97–2003", "application/msword", [".doc"]);
    public static readonly EvidenceFileType Xls = new("Excel 97–2003", "application/vnd.ms-excel", [".xls"]);
    public static readonly EvidenceFileType Png = new("PNG", "image/png", [".png"]);
    public static readonly EvidenceFileType Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);

    private static readonly EvidenceFileType[] All = [Pdf, Docx, Xlsx, Doc, Xls, Png, Jpeg];

    public const string AcceptAttribute = ".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg";

    public const string Description = "PDF, Word, Excel, ảnh PNG hoặc JPEG";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <summary>The type of the file, or null when its content is not an accepted type or does not match its name.</summary>
    public static EvidenceFileType? Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        EvidenceFileType?[] candidates = head switch
        {
            _ when head.StartsWith(PdfMagic) => [Pdf],
            // Office Open XML files are ZIP packages; the extension tells Word from Excel.
            _ when head.StartsWith(ZipMagic) => [Docx, Xlsx],
            _ when head.StartsWith(OleMagic) => [Doc, Xls],
            _ when head.StartsWith(PngMagic) => [Png],
            _ when head.StartsWith(JpegMagic) => [Jpeg],
            _ => [],
        };
        return candidates.FirstOrDefault(c => c!.Extensions.Contains(extension));
    }

    /// <summary>The type a stored file is served with: one of the accepted types, anything else as plain bytes.</summary>
    public static string SafeContentType(string storedContentType) =>
        All.Any(t => t.ContentType == storedContentType) ? storedContentType : "application/octet-stream";

    /// <summary>The types a reviewer sees in the page instead of downloading them.</summary>
    private static readonly EvidenceFileType[] Inline = [Pdf, Png, Jpeg];

    /// <summary>
    /// The policy of an evidence file shown inline: a sandbox (a unique origin, no script, no form, no pop-up), nothing
    /// loaded from anywhere, and framed by this site's pages only.
    /// </summary>
    public const string InlineContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    /// <summary>True when a stored file of this type may be shown inline (PDF, PNG, JPEG).</summary>
    public static bool IsViewable(string storedContentType) => Inline.Any(t => t.ContentType == storedContentType);

    /// <summary>
    /// The type to show <paramref name="content"/> inline with: its content checked again, and only when it is a PDF or an
    /// image that agrees with the type recorded at upload; null (download it) otherwise. Rewinds the stream.
    /// </summary>
    public static EvidenceFileType? Viewable(Stream content, string fileName, string storedContentType)
    {
        var type = Detect(content, fileName);
        return type is not null && Inline.Contains(type) && type.ContentType == storedContentType ? type : null;
    }

    /// <summary>Reads the first bytes of <paramref name="content"/> and rewinds it when it can.</summary>
    public static EvidenceFileType? Detect(Stream content, string fileName)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (content.CanSeek)
        {
            content.Position = 0;
        }

        return Detect(head[..read], fileName);
    }
}
