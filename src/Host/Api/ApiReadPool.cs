using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// The data source of the portal lookups (<see cref="MartsReader"/>'s lists, counts and loaders): a pool bounded to a
/// few connections per core, reused without a reset, whose repeated statements are prepared once per connection and
/// planned for their own parameters. Searches and the pipeline keep the process's general pool.
/// </summary>
internal static class ApiReadPool
{
    // Prepared per connection once a statement has run 5 times (Npgsql's default); a portal's statements vary by
    // filter set and selected columns, so the cache holds more than the handful of the bench's mix.
    private const int MaxAutoPrepare = 64;

    // A prepared statement may fall back to a generic plan after five executions; a département page's best plan
    // depends on the département (the index in id order for most, a bitmap and a sort for small ones), so each
    // execution is planned for its parameters. Parsing and analysis are still saved.
    internal const string PlanCacheMode = "-c plan_cache_mode=force_custom_plan";

    public static NpgsqlDataSource Create(string connectionString, ApiDatabaseOptions options)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        settings.MaxPoolSize = Math.Max(1, options.MaxPoolSize);
        settings.MinPoolSize = Math.Min(settings.MinPoolSize, settings.MaxPoolSize);
        // The API's reads change no session state (TextSearch's SET LOCAL ends with its transaction): resetting a
        // connection on each return (DISCARD ALL, or five statements once statements are prepared) is pure cost.
        settings.NoResetOnClose = true;
        settings.MaxAutoPrepare = MaxAutoPrepare;
        settings.Options = string.IsNullOrWhiteSpace(settings.Options) ? PlanCacheMode : settings.Options + " " + PlanCacheMode;
        return builder.Build();
    }
}
