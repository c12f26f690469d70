namespace DataInclusion.Host.Api;

/// <summary>The API reads' connection pool, section <c>Api:Database</c> (<c>Api__Database__MaxPoolSize</c>).</summary>
internal sealed class ApiDatabaseOptions
{
    public const string SectionName = "Api:Database";

    /// <summary>
    /// Connections the portal lookups may hold at once. A few per core: measured on 2 cores at 100 concurrent
    /// clients (bench/api), 100 connections cost PostgreSQL 0.85–1.10 ms of CPU per request and 6 cost 0.74 (the
    /// backends stop competing for the cores and for each other's snapshots); waiting requests queue in the pool.
    /// </summary>
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;

    public static int DefaultMaxPoolSize { get; } = Math.Max(4, 3 * Environment.ProcessorCount);
}
