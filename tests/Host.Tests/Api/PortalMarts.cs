using System.Text.Json;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// Writes mart rows straight into a migrated database, from v1 field names (as the publication does, through
/// jsonb_populate_record, so the search-vector triggers run): fixtures whose every answer a test can state.
/// </summary>
internal static class PortalMarts
{
    public static readonly Guid RunId = Guid.NewGuid();

    public static async Task InsertAsync(string db, string table, params object[] rows)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        foreach (var row in rows)
        {
            var json = JsonSerializer.SerializeToElement(row);
            var fields = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            fields.TryAdd("run_id", RunId);
            fields.TryAdd("date_maj", "2026-01-01");
            fields.TryAdd("source", json.GetProperty("id").GetString()!.Split("--")[0]);
            await using var command = new NpgsqlCommand(
                $"INSERT INTO {table} SELECT * FROM jsonb_populate_record(NULL::{table}, $1::jsonb)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(fields) });
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Three structures and four services with known filters and texts: alpha (Nantes 44109, réseau aci), beta
    /// (Bouguenais 44020, réseau adie), gamma (La Roche-sur-Yon 85191, no réseau); each service at its commune's centre,
    /// with the COG codes normalisation gives them (région 52; EPCI Nantes Métropole, La Roche-sur-Yon Agglomération).
    /// </summary>
    public static async Task SeedPortalAsync(string db)
    {
        await InsertAsync(db, "marts.structures",
            new { id = "alpha--s1", nom = "Mission locale de Nantes", code_insee = "44109", code_departement = "44", code_region = "52", code_epci = "244400404", latitude = 47.2382, longitude = -1.5603,
                reseaux_porteurs = new[] { "aci" }, description = "Accompagnement des jeunes vers l'emploi.", updated_at = "2026-01-01T00:00:00Z" },
            new { id = "beta--s2", nom = "Épicerie solidaire du Bouffay", code_insee = "44020", code_departement = "44", code_region = "52", code_epci = "244400404", latitude = 47.171, longitude = -1.6181,
                reseaux_porteurs = new[] { "adie" }, description = "Aide alimentaire.", updated_at = "2026-06-01T00:00:00Z" },
            new { id = "gamma--s3", nom = "Centre social de La Roche", code_insee = "85191", code_departement = "85", code_region = "52", code_epci = "248500589", latitude = 46.6659, longitude = -1.4162,
                description = "Lieu d'accueil.", updated_at = "2026-03-01T00:00:00Z" });
        await InsertAsync(db, "marts.services",
            new { id = "alpha--v1", structure_id = "alpha--s1", nom = "Aide au permis de conduire", code_insee = "44109", code_departement = "44", code_region = "52", code_epci = "244400404", latitude = 47.2382, longitude = -1.5603,
                description = "Financement solidaire du permis B pour les jeunes de 18 à 25 ans.",
                thematiques = new[] { "mobilite--acceder-a-un-vehicule" }, frais = "gratuit", publics = new[] { "jeunes" },
                modes_accueil = new[] { "en-presentiel" }, type = "accompagnement", updated_at = "2026-01-01T00:00:00Z" },
            new { id = "alpha--v2", structure_id = "alpha--s1", nom = "Atelier démarches en ligne", code_insee = "44109", code_departement = "44", code_region = "52", code_epci = "244400404", latitude = 47.2382, longitude = -1.5603,
                description = "Apprendre à utiliser les services publics en ligne.", publics_precisions = "Personnes éloignées du numérique",
                thematiques = new[] { "numerique--acceder-a-des-services-en-ligne" }, frais = "payant", publics = new[] { "tous-publics" },
                modes_accueil = new[] { "a-distance" }, type = "atelier", updated_at = "2026-06-01T00:00:00Z" },
            new { id = "beta--v3", structure_id = "beta--s2", nom = "Épicerie solidaire", code_insee = "44020", code_departement = "44", code_region = "52", code_epci = "244400404", latitude = 47.171, longitude = -1.6181,
                description = "Colis alimentaires et produits d'hygiène à prix réduit.",
                thematiques = new[] { "equipement-et-alimentation--alimentation" }, frais = "gratuit", publics = new[] { "familles" },
                modes_accueil = new[] { "en-presentiel" }, type = "aide-materielle", updated_at = "2026-06-01T00:00:00Z" },
            new { id = "gamma--v4", structure_id = "gamma--s3", nom = "Garage solidaire", code_insee = "85191", code_departement = "85", code_region = "52", code_epci = "248500589", latitude = 46.6659, longitude = -1.4162,
                description = "Réparer sa voiture à moindre coût.",
                thematiques = new[] { "mobilite--entretenir-reparer-son-vehicule" }, frais = "payant", publics = new[] { "demandeurs-emploi" },
                modes_accueil = new[] { "en-presentiel", "a-distance" }, type = "formation", updated_at = "2026-03-01T00:00:00Z" });
    }

    /// <summary>The ids of a connection's nodes (<c>edges { node { id } }</c>), in order.</summary>
    public static List<string> Ids(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
}
