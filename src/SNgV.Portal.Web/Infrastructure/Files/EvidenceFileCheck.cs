namespace SNgV.Portal.Web.Infrastructure.Files;

/// <summary>
/// The checks every uploaded file passes before <see cref="EvidenceStorage"/> keeps it (evidence of progress, a
/// procedure's forms): not empty, not above <see cref="EvidenceOptions.MaxFileBytes"/>, a name that fits, and
/// content of an accepted type that agrees with the name.
/// </summary>
public static class EvidenceFileCheck
{
    /// <summary>What is wrong with <paramref name="file"/>, in Vietnamese; null when it may be kept.</summary>
    public static string? ProblemWith(IFormFile file, EvidenceOptions options)
    {
        if (file.Length == 0)
        {
            return $"Tệp \"{file.FileName}\" rỗng.";
        }

        if (file.Length > options.MaxFileBytes)
        {
            return $"Tệp \"{file.FileName}\" vượt quá dung lượng cho phép ({options.MaxFileBytes / (1024 * 1024)} MB).";
        }

        if (file.FileName.Length > Data.FieldLengths.FileName)
        {
            return $"Tên tệp \"{file.FileName[..40]}…\" quá dài.";
        }

        using var stream = file.OpenReadStream();
        return EvidenceFileTypes.Detect(stream, file.FileName) is null
            ? $"Tệp \"{file.FileName}\" không phải là {EvidenceFileTypes.Description} hợp lệ (nội dung tệp không khớp với tên tệp)."
            : null;
    }

    /// <summary>The name a stored file keeps: the last segment of what the browser sent, without control characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }
}
