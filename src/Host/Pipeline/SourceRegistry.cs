using DataInclusion.Normalize;
using DataInclusion.Sources.Emplois;
using DataInclusion.Sources.Http;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// The one declarative list of the producers we ingest: slug, schedule, open-data licence, required environment,
/// connector and mapper. Schedules are Quartz cron expressions (seconds first) in Europe/Paris time.
/// </summary>
internal static class SourceRegistry
{
    public const string DemoSlug = "demo";

    public static IReadOnlyList<SourceDefinition> All { get; } =
    [
        new(
            DemoSlug,
            "Sample producer feed in schema v1 shipped with the repository (samples/demo), so a fresh clone has data.",
            "0 0 3 * * ?",
            InOpenData: false,
            RequiredVariables: [],
            services => new LocalFeedConnector(DemoSlug, services.Environment("DEMO_FEED_DIR") ?? DefaultDemoDirectory(), services.Time),
            () => new V1FeedMapper(DemoSlug)),
        new(
            EmploisConnector.SourceId,
            "SIAE, GEIQ, EA and prescriber organisations from Les emplois de l'inclusion (structures only).",
            "0 0 4 * * ?",
            InOpenData: true,
            RequiredVariables: ["EMPLOIS_API_TOKEN"],
            services => new EmploisConnector(
                new ResilientHttpClient(services.Http, services.HttpOptions, services.Time),
                EmploisOptions.FromEnvironment(services.Environment)),
            () => new EmploisMapper()),
    ];

    public static SourceDefinition? Find(string slug) => All.FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sample feed is copied next to the binary at build time.</summary>
    private static string DefaultDemoDirectory() => Path.Combine(AppContext.BaseDirectory, "samples", DemoSlug);
}
