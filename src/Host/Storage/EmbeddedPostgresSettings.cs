namespace DataInclusion.Host.Storage;

/// <summary>
/// The server settings of the private cluster (<see cref="EmbeddedPostgres"/>), passed on its command line at every
/// start, so an existing cluster gets them too. An operator's own server keeps its settings. shared_buffers 1 GB,
/// max_wal_size 8 GB, checkpoint_timeout 30 min and wal_buffers 64 MB were measured on the national benchmark and did
/// not pay (bench/pipeline/README.md, 2026-12-06 "Embedded PostgreSQL settings"): with fsync off a checkpoint only
/// hands pages to the kernel, so PostgreSQL's defaults stay.
/// </summary>
internal static class EmbeddedPostgresSettings
{
    /// <summary>Name and value of each setting.</summary>
    public static IReadOnlyList<(string Name, string Value)> Settings { get; } =
    [
        // A throw-away or rebuildable cluster: the marts are republished from the sources, so no fsync.
        ("fsync", "off"),
        ("max_connections", "200"),
    ];

    /// <summary>The settings as <c>postgres -c name=value</c> options, after the loopback-only listener's.</summary>
    public static string CommandLineOptions() => string.Join(' ', Settings.Select(setting => $"-c {setting.Name}={setting.Value}"));
}
