using System.Globalization;
using System.Text.Json;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>Issue 9 §3: a run publishes each service's quality score and breakdown, and each structure's mean.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QualityPublicationTests(PostgresFixture postgres)
{
    internal static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>s1 has a complete service (1.00) and a minimal one (1/7 → 0.14); s2 has only an invalid one (too short a description).</summary>
    internal static string ServicesJson => $$"""
        [
          {"id": "complet", "structure_id": "s1", "nom": "Service complet", "description": "{{new string('d', 300)}}",
           "date_maj": "{{Today}}", "adresse": "1 rue de la Paix", "modes_accueil": ["en-presentiel"],
           "modes_mobilisation": ["envoyer-un-courriel", "telephoner"], "mobilisable_par": ["usagers"], "publics": ["jeunes"],
           "thematiques": ["mobilite--acceder-a-un-vehicule"], "courriel": "contact@example.org", "telephone": "0240000000", "frais": "gratuit"},
          {"id": "minimal", "structure_id": "s1", "nom": "Service minimal", "description": "Court", "date_maj": "{{Today}}"},
          {"id": "invalide", "structure_id": "s2", "nom": "Service invalide", "description": "Non", "date_maj": "{{Today}}", "frais": "gratuit"}
        ]
        """;

    [Fact]
    public async Task Run_PublishesServiceScoresBreakdownsAndStructureMeans()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(2);
        harness.Connector.ServicesJson = ServicesJson;

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        await using var connection = new NpgsqlConnection(harness.Db);
        await connection.OpenAsync();
        var services = await ReadAsync(connection, "SELECT id, score_qualite::text, criteres_qualite::text FROM marts.services ORDER BY id");
        Assert.Equal("test-feed--complet|1.00", Row(services[0], 2));
        var criteres = JsonDocument.Parse(services[0][2]!).RootElement;
        Assert.Equal(10, criteres.GetArrayLength());
        Assert.All(criteres.EnumerateArray(), c => Assert.Equal(1, c.GetProperty("score").GetDouble()));
        Assert.Equal("test-feed--minimal|0.14", Row(services[1], 2));
        Assert.Contains("\"nom\": \"date_maj_recente\", \"score\": 1", services[1][2], StringComparison.Ordinal);

        var structures = await ReadAsync(connection, "SELECT id, score_qualite::text FROM marts.structures ORDER BY id");
        Assert.Equal("test-feed--s1|0.57", Row(structures[0], 2));
        Assert.Equal("test-feed--s2|(null)", Row(structures[1], 2)); // an unpublished service does not count
        Assert.Equal(2, services.Count);
    }

    private static string Row(string?[] row, int count) => string.Join('|', row.Take(count).Select(v => v ?? "(null)"));

    private static async Task<List<string?[]>> ReadAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray());
        }

        return rows;
    }
}
