using System.Text.Json;
using Npgsql;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>
/// Published rows written straight into the marts (flags included, which no feed sets), and the expected dump read from
/// the marts with the test's own query and rules, independent of the exporter's SQL.
/// </summary>
internal static class MartRows
{
    public static readonly Guid DoraRun = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid SoliguideRun = Guid.Parse("22222222-2222-2222-2222-222222222222");

    /// <summary>The internal columns that must never leave the marts.</summary>
    public static readonly string[] InternalColumns = ["run_id", "cluster_id", "meilleur_du_cluster", "criteres_qualite", "courriel_personnel", "etablissement_ferme"];

    // dora is open data, soliguide is not (SourceRegistry). dora--ferme is a closed establishment; dora--perso has a
    // personal e-mail; dora--libre holds text a spreadsheet would take for formulas, and typed values to keep exact.
    public const string Sql = """
        INSERT INTO ops.runs (id, source, started_at, ended_at, status) VALUES
          ('11111111-1111-1111-1111-111111111111', 'dora', '2026-12-01 03:20:00+00', '2026-12-01 03:25:00+00', 'succeeded'),
          ('22222222-2222-2222-2222-222222222222', 'soliguide', '2026-12-01 03:30:00+00', '2026-12-01 03:31:00+00', 'succeeded');
        INSERT INTO marts.structures (source, id, nom, date_maj, description, siret, commune, code_postal, code_insee, adresse,
            complement_adresse, longitude, latitude, telephone, courriel, site_web, horaires_accueil, reseaux_porteurs,
            run_id, cluster_id, meilleur_du_cluster, score_qualite, courriel_personnel, etablissement_ferme) VALUES
          ('dora', 'dora--libre', 'Maison =des= solidarités', '2026-11-30', '=HYPERLINK("http://evil.example","clic")', '13002526500013',
           'Brest', '29200', '29019', '3 rue de Siam', '-bis', -4.4861, 48.3904, '+33298000000', 'contact@maison.fr',
           'https://maison.fr', '@lundi 9h', ARRAY['aci','action-logement'], '11111111-1111-1111-1111-111111111111', 'c-1', true, 0.75, false, false),
          ('dora', 'dora--perso', 'Permanence', '2026-10-01', E'\tTabulée', NULL, 'Quimper', '29000', '29232', NULL,
           NULL, NULL, NULL, '06 12 34 56 78', 'jean.dupont@gmail.com', NULL, '+ de détails', ARRAY[]::text[], '11111111-1111-1111-1111-111111111111', 'c-2', true, NULL, true, NULL),
          ('dora', 'dora--ferme', 'Fermée', '2026-10-01', NULL, '13002526500013', NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '11111111-1111-1111-1111-111111111111', 'c-3', true, NULL, false, true),
          ('soliguide', 'soliguide--s', 'Accueil de jour', '2026-10-01', NULL, NULL, NULL, NULL, NULL, NULL,
           NULL, 2.35, 48.85, NULL, NULL, NULL, NULL, NULL, '22222222-2222-2222-2222-222222222222', 'c-4', true, NULL, NULL, NULL);
        INSERT INTO marts.services (source, structure_id, id, nom, description, date_maj, type, thematiques, frais, publics,
            commune, code_postal, code_insee, longitude, latitude, telephone, courriel, modes_accueil, zone_eligibilite,
            volume_horaire_hebdomadaire, nombre_semaines, run_id, score_qualite, criteres_qualite, courriel_personnel) VALUES
          ('dora', 'dora--libre', 'dora--aide', 'Aide =1+1', '-Accompagnement', '2026-11-29', 'accompagnement',
           ARRAY['mobilite--etre-accompagne-dans-son-parcours-mobilite','mobilite--financer-ma-mobilite'], 'gratuit', ARRAY['demandeurs-emploi'],
           'Brest', '29200', '29019', -4.4861, 48.3904, '+33298000001', 'aide@maison.fr', ARRAY['en-presentiel'], ARRAY['29'],
           3.5, 12, '11111111-1111-1111-1111-111111111111', 0.5, '[{"nom":"x","score":1}]', false),
          ('dora', 'dora--perso', 'dora--rdv', 'Rendez-vous', 'Sur place', '2026-11-28', NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, '0612345678', 'marie.martin@orange.fr', NULL, NULL,
           NULL, NULL, '11111111-1111-1111-1111-111111111111', NULL, NULL, true),
          ('dora', 'dora--ferme', 'dora--orpheline', 'Service fermé', 'Sous une structure fermée', '2026-11-28', NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '11111111-1111-1111-1111-111111111111', NULL, NULL, false),
          ('soliguide', 'soliguide--s', 'soliguide--repas', 'Repas', 'Repas chaud', '2026-11-28', NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '22222222-2222-2222-2222-222222222222', NULL, NULL, NULL);
        """;

    public static async Task InsertAsync(string db)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// What the dump must hold per record id, fields as text (lists comma-joined, empty lists null): the open-data rows of
    /// the marts with the §1 rules applied here, on their own (closed source, closed establishment and its services,
    /// personal contact blanked).
    /// </summary>
    public static async Task<Dictionary<string, Dictionary<string, string?>>> ExpectedAsync(string db, string table, IEnumerable<string> fields)
    {
        var sql = table == "structures"
            ? "SELECT row_to_json(t)::text FROM marts.structures t WHERE source <> 'soliguide' AND etablissement_ferme IS NOT TRUE"
            : "SELECT row_to_json(t)::text FROM marts.services t JOIN marts.structures s ON s.id = t.structure_id WHERE t.source <> 'soliguide' AND s.etablissement_ferme IS NOT TRUE";
        var wanted = fields.ToList();
        var records = new Dictionary<string, Dictionary<string, string?>>();
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            using var json = JsonDocument.Parse(reader.GetString(0));
            var record = wanted.ToDictionary(f => f, f => DumpText.Of(json.RootElement.GetProperty(f)));
            if (json.RootElement.GetProperty("courriel_personnel").ValueKind == JsonValueKind.True)
            {
                record["courriel"] = null;
                record["telephone"] = null;
            }

            records[record["id"]!] = record;
        }

        return records;
    }
}
