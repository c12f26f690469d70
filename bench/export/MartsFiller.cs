using Npgsql;

namespace DataInclusion.Export.Bench;

/// <summary>
/// Fills the marts of a throw-away database with generated published rows, server-side (<c>generate_series</c>), in the
/// shapes the dumps meet: descriptions of 200–700 characters, lists, coordinates west of Greenwich, E.164 phones, one
/// source in six closed to open data (soliguide), 2 % of structures closed and 2 % with a personal e-mail.
/// </summary>
internal static class MartsFiller
{
    private const string Sources = "ARRAY['dora','emplois-de-linclusion','mediation-numerique','france-travail','action-logement','soliguide']";

    public static async Task FillAsync(string connectionString, int structures, int services, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"""
            INSERT INTO ops.runs (id, source, started_at, ended_at, status)
            SELECT md5(s)::uuid, s, now() - interval '1 hour', now() - interval '50 minutes', 'succeeded' FROM unnest({Sources}) s;
            """, cancellationToken);
        await ExecuteAsync(connection, $"""
            INSERT INTO marts.structures (source, id, nom, date_maj, description, siret, commune, code_postal, code_insee, adresse,
                longitude, latitude, telephone, courriel, site_web, horaires_accueil, reseaux_porteurs, run_id, cluster_id,
                meilleur_du_cluster, score_qualite, courriel_personnel, etablissement_ferme)
            SELECT src, src || '--' || i, 'Structure ' || i || ' ' || left(md5(i::text), 8), date '2025-01-01' + i % 700,
                   repeat('Accueil, écoute et accompagnement social ; ', 5 + i % 12), lpad((i::bigint * 7919)::text, 14, '0'),
                   'Commune ' || i % 3000, lpad((1000 + i % 95000)::text, 5, '0'), lpad((1000 + i % 95000)::text, 5, '0'),
                   i || ' rue de la République', -5.1 + (i % 1300) / 100.0, 42.3 + (i % 900) / 100.0,
                   '+33' || (100000000 + i), 'contact' || i || '@association.fr', 'https://association' || i || '.fr',
                   'Mo-Fr 09:00-12:00,14:00-17:00', ARRAY['aci','action-logement'], md5(src)::uuid, 'c' || i, true, 0.5,
                   i % 50 = 0, i % 50 = 25
            FROM generate_series(1, {structures}) i, LATERAL (SELECT ({Sources})[1 + i % 6] AS src) s;
            """, cancellationToken);
        await ExecuteAsync(connection, $"""
            INSERT INTO marts.services (source, structure_id, id, nom, description, date_maj, type, thematiques, frais, publics,
                commune, code_postal, code_insee, adresse, longitude, latitude, telephone, courriel, modes_accueil, zone_eligibilite,
                modes_mobilisation, mobilisable_par, volume_horaire_hebdomadaire, nombre_semaines, run_id, score_qualite,
                criteres_qualite, courriel_personnel)
            SELECT src, src || '--' || j, src || '--s' || i, 'Service ' || i, repeat('Un accompagnement individuel et collectif. ', 5 + i % 12),
                   date '2025-01-01' + i % 700, 'accompagnement',
                   ARRAY['mobilite--financer-ma-mobilite','mobilite--etre-accompagne-dans-son-parcours-mobilite'], 'gratuit',
                   ARRAY['demandeurs-emploi'], 'Commune ' || j % 3000, lpad((1000 + j % 95000)::text, 5, '0'),
                   lpad((1000 + j % 95000)::text, 5, '0'), j || ' rue de la République',
                   CASE WHEN i % 10 = 0 THEN NULL ELSE -5.1 + (j % 1300) / 100.0 END, CASE WHEN i % 10 = 0 THEN NULL ELSE 42.3 + (j % 900) / 100.0 END,
                   '+33' || (200000000 + i), 'service' || i || '@association.fr', ARRAY['en-presentiel'], ARRAY['29', '56'],
                   ARRAY['envoyer-un-courriel'], ARRAY['professionnels'], 3.5, 12, md5(src)::uuid, 0.5, '[]', i % 40 = 0
            FROM generate_series(1, {services}) i, LATERAL (SELECT 1 + (i - 1) % {structures} AS j) k,
                 LATERAL (SELECT ({Sources})[1 + j % 6] AS src) s;
            ANALYZE marts.structures;
            ANALYZE marts.services;
            """, cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
