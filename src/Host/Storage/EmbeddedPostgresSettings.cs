namespace DataInclusion.Host.Storage;

/// <summary>
/// The server settings of the private cluster (<see cref="EmbeddedPostgres"/>), passed on its command line at every
/// start, so an existing cluster gets them too. An operator's own server keeps its settings: the README's operations
/// section recommends these instead. Each one was measured on the national benchmark (bench/pipeline/README.md).
/// </summary>
internal static class EmbeddedPostgresSettings
{
    private const long MegaByte = 1024 * 1024;

    /// <summary>The settings as <c>postgres -c name=value</c> options, after the loopback-only listener's.</summary>
    public static string CommandLineOptions(long machineMemoryBytes) => string.Join(' ',
        Settings(machineMemoryBytes).Select(setting => $"-c {setting.Name}={setting.Value}"));

    /// <summary>Name and value of each setting, for a machine with <paramref name="machineMemoryBytes"/> of memory.</summary>
    public static IReadOnlyList<(string Name, string Value)> Settings(long machineMemoryBytes) =>
    [
        // A throw-away or rebuildable cluster: the marts are republished from the sources, so no fsync.
        ("fsync", "off"),
        ("max_connections", "200"),
        ("shared_buffers", $"{SharedBuffersMegaBytes(machineMemoryBytes)}MB"),
        // A national publication writes ~850 MB of WAL: with the default 1 GB and 5 min a checkpoint may fall inside it
        // and rewrite every index page it just dirtied. 8 GB of WAL on disk at most, reclaimed by the next checkpoint.
        ("max_wal_size", "8GB"),
        ("checkpoint_timeout", "30min"),
        ("wal_buffers", "64MB"),
    ];

    /// <summary>
    /// A sixteenth of the machine's memory, between PostgreSQL's default 128 MB and 1 GB: the publication's marts and
    /// their ~19 indexes then stay in shared buffers instead of going through the kernel's cache page by page.
    /// </summary>
    public static long SharedBuffersMegaBytes(long machineMemoryBytes) =>
        Math.Clamp(machineMemoryBytes / 16 / MegaByte, 128, 1024);

    /// <summary>The memory this process may use (the container's limit when there is one).</summary>
    public static long MachineMemoryBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
}
