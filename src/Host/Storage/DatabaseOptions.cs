namespace DataInclusion.Host.Storage;

/// <summary>Where the data lives: an existing server, or the embedded private cluster.</summary>
internal sealed class DatabaseOptions
{
    /// <summary>Connection string of an existing server (environment <c>DATAINCLUSION_DB</c>); null starts the embedded cluster.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Data directory of the embedded cluster (environment <c>DATAINCLUSION_DATA_DIR</c>).</summary>
    public string EmbeddedDataDirectory { get; set; } = Path.Combine(".data", "postgres");

    /// <summary>Database created and used in the embedded cluster.</summary>
    public string EmbeddedDatabase { get; set; } = "datainclusion";

    public static DatabaseOptions FromEnvironment() => new()
    {
        ConnectionString = NullIfBlank(Environment.GetEnvironmentVariable("DATAINCLUSION_DB")),
        EmbeddedDataDirectory = NullIfBlank(Environment.GetEnvironmentVariable("DATAINCLUSION_DATA_DIR")) ?? Path.Combine(".data", "postgres"),
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
