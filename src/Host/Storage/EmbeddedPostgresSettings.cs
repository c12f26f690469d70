namespace DataInclusion.Host.Storage;

/// <summary>
/// The server settings of the private cluster (<see cref="EmbeddedPostgres"/>), passed on its command line at every
/// start, so an existing cluster gets them too. An operator's own server keeps its settings. max_wal_size 8 GB,
/// checkpoint_timeout 30 min and wal_buffers 64 MB were measured on the national benchmark and did not pay
/// (bench/pipeline/README.md, 2026-12-06 "Embedded PostgreSQL settings"): with fsync off a checkpoint only hands pages to
/// the kernel, so PostgreSQL's defaults stay.
/// </summary>
internal static class EmbeddedPostgresSettings
{
    /// <summary>Name and value of each setting.</summary>
    public static IReadOnlyList<(string Name, string Value)> Settings { get; } =
    [
        // A throw-away or rebuildable cluster: the marts are republished from the sources, so no fsync.
        ("fsync", "off"),
        ("max_connections", "200"),
        ("shared_buffers", SharedBuffers(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)),
    ];

    /// <summary>The settings as <c>postgres -c name=value</c> options, after the loopback-only listener's.</summary>
    public static string CommandLineOptions() => string.Join(' ', Settings.Select(setting => $"-c {setting.Name}={setting.Value}"));

    /// <summary>
    /// The buffer cache for a machine of <paramref name="memoryBytes"/>: 1 GB from 8 GB up, less below, never under
    /// PostgreSQL's 128 MB default. At national size the marts' heaps (≈ 430 MB) and their indexes outgrow the default
    /// 128 MB: the API's portal mix without the response cache read 11 % of its pages from the kernel's cache, and with
    /// 1 GB it went from 3,088 to 3,545–3,685 requests/s and from 51.7 to 42.6–44.1 ms p99 at 100 clients
    /// (bench/api/README.md, 2026-12-07 "Merged main … the buffer cache"). The memory is taken only as pages are read.
    /// </summary>
    internal static string SharedBuffers(long memoryBytes) => (memoryBytes >> 30) switch
    {
        >= 8 => "1GB",
        >= 4 => "512MB",
        >= 2 => "256MB",
        _ => "128MB",
    };
}
