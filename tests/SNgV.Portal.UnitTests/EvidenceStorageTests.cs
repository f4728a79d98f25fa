using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.UnitTests;

public sealed class EvidenceStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sngv-unit-evidence-" + Guid.NewGuid().ToString("N"));

    private EvidenceStorage Storage(string dataFolder, string? directory) =>
        new(new PortalPaths(Path.Combine(_root, dataFolder)), Options.Create(new EvidenceOptions { Directory = directory }), TimeProvider.System);

    [Fact]
    public async Task Without_a_directory_files_go_to_the_evidence_folder_of_the_data_folder()
    {
        using var content = new MemoryStream([1, 2, 3]);
        var stored = await Storage("data", null).SaveAsync(content);

        Assert.True(File.Exists(Path.Combine(_root, "data", "evidence", stored.StorageKey)));
        Assert.Equal(3, stored.Length);
    }

    [Fact]
    public async Task Two_instances_with_their_own_data_folders_share_the_files_of_one_evidence_directory()
    {
        var shared = Path.Combine(_root, "share", "evidence");
        using var content = new MemoryStream([4, 5, 6, 7]);
        var stored = await Storage("instance-a", shared).SaveAsync(content);

        Assert.True(File.Exists(Path.Combine(shared, stored.StorageKey)));
        Assert.False(Directory.Exists(Path.Combine(_root, "instance-a", "evidence")));
        await using var read = Storage("instance-b", shared).OpenRead(stored.StorageKey);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal([4, 5, 6, 7], copy.ToArray());
    }

    [Fact]
    public async Task A_relative_directory_is_taken_relative_to_the_data_folder_and_keys_cannot_leave_it()
    {
        var storage = Storage("data", "files");
        using var content = new MemoryStream([8]);
        var stored = await storage.SaveAsync(content);

        Assert.True(File.Exists(Path.Combine(_root, "data", "files", stored.StorageKey)));
        Assert.Throws<InvalidOperationException>(() => storage.OpenRead("../portal.db"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
