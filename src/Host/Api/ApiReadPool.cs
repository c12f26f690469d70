using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// The data sources of the portal lookups (<see cref="MartsReader"/>'s lists, counts and loaders): pools bounded to a
/// few connections per core, reused without a reset, whose repeated statements are prepared once per connection.
/// Two pools differ by their plans: <see cref="Create"/> plans each execution for its own parameters,
/// <see cref="CreateGeneric"/> plans a prepared statement once per connection (the statements of
/// <see cref="GenericPlanShapes"/>). Searches and the pipeline keep the process's general pool.
/// </summary>
internal static class ApiReadPool
{
    // Prepared per connection once a statement has run 5 times (Npgsql's default); a portal's statements vary by
    // filter set and selected columns, so the cache holds more than the handful of the bench's mix. Only a prepared
    // (named) statement can have a generic plan: an unprepared one is planned at each Bind with its values.
    private const int MaxAutoPrepare = 64;

    // A prepared statement may fall back to a generic plan after five executions; a nationwide catégorie's or a
    // source's best plan depends on the value (one may hold most rows), so each execution is planned for its
    // parameters. Parsing and analysis are still saved.
    internal const string PlanCacheMode = "-c plan_cache_mode=force_custom_plan";

    /// <summary>
    /// The settings of <see cref="CreateGeneric"/>'s sessions (and of <see cref="GenericPlanExplain"/>). Generic plans
    /// are forced rather than left to <c>auto</c>, which keeps a custom plan whenever its estimated cost is below the
    /// generic plan's, paying the planning it was meant to save; the statements sent here are the ones whose generic
    /// plan is proven (MartsQueryPlanTests). Bitmap scans are off: a generic plan cannot know how many of a place's rows pass the overlaps (it guesses
    /// one), and with a bitmap it reads and sorts the whole place for a page (4.8–11.6 ms for départements 59 and 62
    /// nationally); walking the (place, id) index in id order stops after the page whatever the share.
    /// </summary>
    internal static IReadOnlyList<(string Name, string Value)> GenericPlanSettings { get; } =
        [("plan_cache_mode", "force_generic_plan"), ("enable_bitmapscan", "off")];

    private static string GenericPlanCacheMode => string.Join(' ', GenericPlanSettings.Select(s => $"-c {s.Name}={s.Value}"));

    public static NpgsqlDataSource Create(string connectionString, ApiDatabaseOptions options) =>
        Build(connectionString, options, PlanCacheMode);

    public static NpgsqlDataSource CreateGeneric(string connectionString, ApiDatabaseOptions options) =>
        Build(connectionString, options, GenericPlanCacheMode);

    private static NpgsqlDataSource Build(string connectionString, ApiDatabaseOptions options, string planCacheMode)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        settings.MaxPoolSize = Math.Max(1, options.MaxPoolSize);
        settings.MinPoolSize = Math.Min(settings.MinPoolSize, settings.MaxPoolSize);
        // The API's reads change no session state (TextSearch's SET LOCAL ends with its transaction): resetting a
        // connection on each return (DISCARD ALL, or five statements once statements are prepared) is pure cost.
        settings.NoResetOnClose = true;
        settings.MaxAutoPrepare = MaxAutoPrepare;
        settings.Options = string.IsNullOrWhiteSpace(settings.Options) ? planCacheMode : settings.Options + " " + planCacheMode;
        return builder.Build();
    }
}
