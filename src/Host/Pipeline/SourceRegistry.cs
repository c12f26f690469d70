using DataInclusion.Normalize;
using DataInclusion.Sources.Agefiph;
using DataInclusion.Sources.Cd35;
using DataInclusion.Sources.Dora;
using DataInclusion.Sources.Emplois;
using DataInclusion.Sources.FranceTravail;
using DataInclusion.Sources.MediationNumerique;
using DataInclusion.Sources.Soliguide;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// The one declarative list of the producers we ingest: slug (data·inclusion's), what it brings, schedule, open-data
/// licence, access restriction (API tokens granted the source only), required environment, connector and mapper. Schedules are cron expressions (seconds first, as Hangfire reads them) in
/// Europe/Paris time, spread over the night so producers and our database are not all busy at once.
/// </summary>
internal static class SourceRegistry
{
    public const string DemoSlug = "demo";

    public static IReadOnlyList<SourceDefinition> All { get; } =
    [
        new(DemoSlug,
            "Sample producer feed in schema v1 shipped with the repository (samples/demo), so a fresh clone has data.",
            "0 0 3 * * ?", InOpenData: false, RequiredVariables: [],
            s => new V1FeedConnector(s.Producers, DemoFeed(s)),
            _ => new V1FeedMapper(DemoSlug)),
        new(EmploisConnector.SourceId,
            "SIAE, GEIQ, EA and prescriber organisations from Les emplois de l'inclusion (structures only).",
            "0 10 3 * * ?", InOpenData: true, RequiredVariables: ["EMPLOIS_API_TOKEN"],
            s => new EmploisConnector(s.Producers, EmploisOptions.FromEnvironment(s.Environment)),
            _ => new EmploisMapper()),
        new("dora",
            "Structures and services described by their own teams on Dora (v0-shaped payload mapped to v1).",
            "0 20 3 * * ?", InOpenData: true, RequiredVariables: ["DORA_API_TOKEN"],
            s => new DoraConnector(s.Producers, DoraOptions.FromEnvironment(s.Environment)),
            _ => new DoraMapper()),
        new("soliguide",
            "Places of solidarity (food, shelter, health, hygiene...) and their services from Soliguide.",
            "0 30 3 * * ?", InOpenData: false, RequiredVariables: ["SOLIGUIDE_API_TOKEN"],
            s => new SoliguideConnector(s.Producers, SoliguideOptions.FromEnvironment(s.Environment)),
            _ => new SoliguideMapper(), IsRestricted: true),
        new(MediationNumeriqueConnector.SourceId,
            "Digital inclusion places (cartographie nationale, ANCT) and their services, without those we ingest directly.",
            "0 40 3 * * ?", InOpenData: true, RequiredVariables: ["MEDIATION_NUMERIQUE_API_TOKEN"],
            s => new MediationNumeriqueConnector(s.Producers, MediationNumeriqueOptions.FromEnvironment(s.Environment)),
            _ => new MediationNumeriqueMapper()),
        new("france-travail",
            "France Travail agencies (référentiel des agences) and the services they offer (published CSV in v1 shape).",
            "0 50 3 * * ?", InOpenData: true, RequiredVariables: ["FRANCE_TRAVAIL_API_TOKEN"],
            s => new FranceTravailConnector(s.Producers, FranceTravailOptions.FromEnvironment(s.Environment)),
            s => new FranceTravailMapper(s.Time)),
        new("agefiph",
            "Agefiph's aids and services for people with disabilities, and its regional contacts (Drupal JSON:API).",
            "0 0 4 * * ?", InOpenData: false, RequiredVariables: [],
            s => new AgefiphConnector(s.Producers, AgefiphOptions.FromEnvironment(s.Environment)),
            _ => new AgefiphMapper()),
        new(Cd35Mapper.SourceSlug,
            "Ille-et-Vilaine's social directory (annuaire social du département, ArcGIS open data): organisations and their services.",
            "0 20 4 * * ?", InOpenData: true, RequiredVariables: [],
            s => new Cd35Connector(s.Producers, Cd35Options.FromEnvironment(s.Environment)),
            _ => new Cd35Mapper()),
        new("action-logement",
            "Action Logement's housing services, published as schema v1 Grist CSV exports; each service is offered at every structure.",
            "0 10 4 * * ?", InOpenData: true, RequiredVariables: ["ACTION_LOGEMENT_STRUCTURES_URL", "ACTION_LOGEMENT_SERVICES_URL"],
            s => new V1FeedConnector(s.Producers, V1FeedOptions.FromEnvironment("action-logement", s.Environment)),
            _ => new ActionLogementMapper()),
    ];

    public static SourceDefinition? Find(string slug) => All.FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sample feed is copied next to the binary at build time; <c>DEMO_*_URL</c> can point elsewhere.</summary>
    private static V1FeedOptions DemoFeed(SourceServices services)
    {
        var options = V1FeedOptions.FromEnvironment(DemoSlug, services.Environment);
        if (options.Streams.ContainsKey(V1FeedMapper.WorkbookStream))
        {
            // A configured workbook holds both sheets: it replaces the sample feed, never joins it (issue 8, bug 6).
            return options;
        }

        var directory = Path.Combine(AppContext.BaseDirectory, "samples", DemoSlug);
        options.Streams.TryAdd(V1FeedMapper.StructuresStream, Path.Combine(directory, "structures.json"));
        options.Streams.TryAdd(V1FeedMapper.ServicesStream, Path.Combine(directory, "services.json"));
        return options;
    }
}
