using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SNgV.Portal.Web.Infrastructure.Files;

/// <summary>The <c>Evidence</c> section of the configuration.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>
    /// Where the files are kept; unset means <c>&lt;data folder&gt;/evidence</c>, a relative path is taken relative to the
    /// data folder. Several instances behind a load balancer point it at one shared folder.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>Largest accepted file, in bytes (default 10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most files attached to one progress update.</summary>
    public int MaxFilesPerUpdate { get; set; } = 5;

    /// <summary>Largest request a progress form may send: room for the files and the text.</summary>
    public const long MaxRequestBytes = 100L * 1024 * 1024;
}

public sealed record StoredFile(string StorageKey, long Length, string Sha256);

/// <summary>
/// Keeps evidence files in <c>Evidence:Directory</c> (default <c>&lt;data folder&gt;/evidence</c>), outside wwwroot,
/// under names the portal makes up (year/month/GUID), so no user-supplied name ever reaches the file system.
/// </summary>
public sealed class EvidenceStorage(PortalPaths paths, IOptions<EvidenceOptions> options, TimeProvider clock)
{
    private string Root { get; } = Path.GetFullPath(
        string.IsNullOrWhiteSpace(options.Value.Directory) ? "evidence" : options.Value.Directory,
        paths.DataDirectory).TrimEnd(Path.DirectorySeparatorChar);

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        using var sha = SHA256.Create();
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        await using (var hashing = new CryptoStream(file, sha, CryptoStreamMode.Write))
        {
            await content.CopyToAsync(hashing, cancellationToken);
        }

        return new StoredFile(key, new FileInfo(path).Length, Convert.ToHexStringLower(sha.Hash!));
    }

    public Stream OpenRead(string storageKey) =>
        new FileStream(PathOf(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string storageKey)
    {
        var path = PathOf(storageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string storageKey)
    {
        var path = Path.GetFullPath(Path.Combine(Root, storageKey));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Evidence storage key outside the evidence folder.");
        }

        return path;
    }
}
