using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: the publication computes search vectors and record digests set-based (migration 0124, MartInserts,
/// RecordVersions) with the same results as 0122's per-row trigger and 0120's digests.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SetBasedPublicationTests(PostgresFixture postgres)
{
    // What 0122's trigger (plpgsql, libelles as a hash join over VALUES) computed for these texts, taken from a database
    // still on 0122: labels in the référentiel's order whatever the input order, repeated values repeated, unknown ones left out.
    private const string ServiceVector =
        "'a':31C 'addict':19B 'demandeur':20B,36C 'eloigne':26B 'emploi':22B,29B,38C 'entreten':7B,13B 'garag':1A 'le':35C "
        + "'mobilit':6B,12B 'person':25B 'prix':32C 'public':24B 'reduit':33C 'rend':41C 'rendez-vous':40C 'repar':3A,9B,15B,30C "
        + "'sant':18B 'solidair':2A 'tous':23B 'vehicul':11B,17B 'voitur':5A";

    private const string StructureVector =
        "'activit':10B 'aid':20C 'alimentair':21C 'ateli':12B,24C 'chanti':14B 'coeur':19B 'colis':22C 'cuisin':25C 'econom':11B "
        + "'epicer':1A 'insert':7B,16B 'restos':17B 'social':2A 'solidair':4A 'structur':5B";

    [Fact]
    public async Task SearchVectorFunctions_GiveWhatThe0122TriggerComputed()
    {
        var db = await postgres.CreateDatabaseAsync();

        Assert.Equal(ServiceVector, await Sql.ScalarAsync<string>(db, """
            SELECT marts.service_search_vector('Garage solidaire : réparer sa voiture',
                'Réparations à prix réduit pour les demandeurs d''emploi, sur rendez-vous.',
                ARRAY['sante--addictions', 'mobilite--entretenir-reparer-son-vehicule', 'mobilite--entretenir-reparer-son-vehicule', 'inconnue'],
                ARRAY['tous-publics', 'demandeurs-emploi'], 'Personnes éloignées de l''emploi')::text
            """));
        Assert.Equal(StructureVector, await Sql.ScalarAsync<string>(db, """
            SELECT marts.structure_search_vector('Épicerie sociale et solidaire', 'Aide alimentaire, colis et ateliers cuisine.',
                ARRAY['restos-du-coeur', 'aci'])::text
            """));
    }

    /// <summary>A structure whose name, description and réseaux all feed its search columns.</summary>
    internal const string SearchStructuresJson = """
        [{"id": "s1", "nom": "Épicerie sociale et solidaire", "date_maj": "2025-03-01", "code_insee": "44109",
          "description": "Aide alimentaire, colis et ateliers cuisine.", "reseaux_porteurs": ["restos-du-coeur", "aci"]}]
        """;

    /// <summary>Drops the insert triggers, so that only the publication itself can write the search columns.</summary>
    internal const string WithoutSearchTriggers =
        "DROP TRIGGER services_search_vector_insert ON marts.services; DROP TRIGGER structures_search_vector_insert ON marts.structures;";

    [Fact]
    public async Task Publication_WritesTheVector_TheTriggersWouldHaveComputed()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = SearchStructuresJson;
        harness.Connector.ServicesJson = """
            [{"id": "v1", "structure_id": "s1", "nom": "Garage solidaire : réparer sa voiture", "date_maj": "2025-03-01",
              "description": "Réparations à prix réduit pour les demandeurs d'emploi, sur rendez-vous.",
              "thematiques": ["sante--addictions", "mobilite--entretenir-reparer-son-vehicule"],
              "publics": ["tous-publics", "demandeurs-emploi"], "publics_precisions": "Personnes éloignées de l'emploi"}]
            """;
        // Without the insert triggers: the publication itself must write the vectors.
        await harness.ExecuteAsync(WithoutSearchTriggers);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        // Recomputing them through the update triggers (the trigger functions of 0122, as 0124 left them) changes nothing.
        var published = await VectorsAsync(harness.Db);
        await harness.ExecuteAsync("UPDATE marts.services SET nom = nom; UPDATE marts.structures SET nom = nom;");
        Assert.Equal(published, await VectorsAsync(harness.Db));
        Assert.DoesNotContain(published, v => v.EndsWith('|'));
        Assert.Equal(StructureVector, published.Single(v => v.StartsWith("test-feed--s1", StringComparison.Ordinal)).Split('|')[1]);
    }

    [Fact]
    public async Task Republication_OfFortyRecordsWithOneChanged_MovesOneUpdatedAt_AndRewritesNoOtherVersion()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(40);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var before = await VersionsAsync(harness.Db);

        harness.Connector.StructuresJson = RunnerHarness.Structures(40).Replace("\"Structure s 17\"", "\"Structure s 17 bis\"", StringComparison.Ordinal);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var after = await VersionsAsync(harness.Db);

        // Each entry: id | mart updated_at | the version row's xmin and xmax (the transactions that last wrote and locked it):
        // an unchanged record's version is neither rewritten nor locked.
        var changed = before.Zip(after).Where(p => p.First != p.Second).ToList();
        var (old, renamed) = Assert.Single(changed);
        Assert.StartsWith("test-feed--s17|", old, StringComparison.Ordinal);
        Assert.NotEqual(old.Split('|')[1], renamed.Split('|')[1]);
        Assert.NotEqual(old.Split('|')[2], renamed.Split('|')[2]);
    }

    private static Task<List<string>> VectorsAsync(string db) => Sql.ColumnAsync(db, """
        SELECT id || '|' || coalesce(search_vector::text, '') FROM marts.structures
        UNION ALL SELECT id || '|' || coalesce(search_vector::text, '') FROM marts.services ORDER BY 1
        """);

    private static Task<List<string>> VersionsAsync(string db) => Sql.ColumnAsync(db, """
        SELECT m.id || '|' || m.updated_at::text || '|' || v.xmin::text || '|' || v.xmax::text
        FROM marts.structures m JOIN ops.record_versions v ON v.resource_type = 'structure' AND v.id = m.id ORDER BY m.id
        """);
}
