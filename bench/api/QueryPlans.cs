using System.Globalization;
using System.Text.Json;
using DataInclusion.Host.Api;
using Npgsql;

namespace DataInclusion.Api.Bench;

/// <summary>
/// <c>--explain</c>: EXPLAIN ANALYZE of the filter statements of the mix (the exact SQL of <see cref="MartsReader"/>) on
/// the published marts: server-side execution time and the indexes each plan reads, whatever the load on the machine.
/// </summary>
internal static class QueryPlans
{
    // As a portal without a token reads: the restricted sources' predicate is part of every statement.
    private static readonly SourceVisibility Anonymous = SourceVisibility.Public;

    // The statements are built here and run one at a time: the gate's bound does not matter.
    private static readonly SearchGate Gate = new(new SearchGateOptions());

    public static async Task PrintAsync(string connectionString, PortalQueries queries, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var marts = new MartsReader(dataSource);
        var random = new Random(7);
        var text = new TextSearch(dataSource, new SearchGate(new SearchGateOptions()));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Console.WriteLine("| statement | median execution ms (5 draws) | planning ms | rows | plan nodes and indexes | generic plan: median execution ms | its nodes and indexes |\n| --- | ---: | ---: | ---: | --- | ---: | --- |");
        foreach (var (name, command) in Statements(marts, queries, random))
        {
            var times = new List<double>();
            var planning = new List<double>();
            string? shape = null;
            long rows = 0;
            for (var i = 0; i < 5; i++)
            {
                await using var c = command();
                c.CommandText = "EXPLAIN (ANALYZE, FORMAT JSON) " + c.CommandText;
                // search(q)'s statements run as TextSearch runs them: in its transaction without sequential scans.
                var json = name.StartsWith("search ", StringComparison.Ordinal)
                    ? await text.WithIndexPlansAsync(c, async (b, ct) => (string)(await b.ExecuteScalarAsync(ct))!, cancellationToken)
                    : (string)(await c.ExecuteScalarAsync(cancellationToken))!;
                var root = JsonDocument.Parse(json).RootElement[0];
                times.Add(root.GetProperty("Execution Time").GetDouble());
                planning.Add(root.GetProperty("Planning Time").GetDouble());
                rows = (long)root.GetProperty("Plan").GetProperty("Actual Rows").GetDouble();
                shape ??= Shape(root.GetProperty("Plan"));
            }

            var generic = name.StartsWith("search", StringComparison.Ordinal) || name.Contains("whole country", StringComparison.Ordinal)
                ? "| custom plans only | |"
                : await GenericAsync(connection, command, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times.Order().ElementAt(2):F2} | {planning.Order().ElementAt(2):F2} | {rows} | {shape} {generic}"));
        }
    }

    // The plan the generic-plan pool runs (GenericPlanShapes): prepared once, executed with each draw's values.
    private static async Task<string> GenericAsync(NpgsqlConnection connection, Func<NpgsqlCommand> command, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        string? shape = null;
        for (var i = 0; i < 5; i++)
        {
            await using var c = command();
            var root = JsonDocument.Parse(await GenericPlanExplain.ExplainAsync(connection, c, analyze: true, cancellationToken)).RootElement[0];
            times.Add(root.GetProperty("Execution Time").GetDouble());
            shape ??= Shape(root.GetProperty("Plan"));
        }

        return string.Create(CultureInfo.InvariantCulture, $"| {times.Order().ElementAt(2):F2} | {shape} |");
    }

    private static IEnumerable<(string, Func<NpgsqlCommand>)> Statements(MartsReader marts, PortalQueries queries, Random random)
    {
        var q0 = queries.Draw(0, random).Variables;
        var commune = new MartFilter(CodeCommune: (string)q0["c"]!, Thematiques: [(string)((List<object?>)q0["t"]!)[0]!]);
        var departement = (string)queries.Draw(1, random).Variables["d"]!;
        yield return ("services commune + catégorie, first 20", () => marts.PageCommand(MartsReader.Services, commune, Anonymous, 20, null));
        yield return ("  its totalCount (when a next page exists)", () => marts.CountCommand(MartsReader.Services, commune, Anonymous));
        yield return ("structures of a département, first 50", () =>
            marts.PageCommand(MartsReader.Structures, new MartFilter(CodeDepartement: departement), Anonymous, 50, null));
        var jeunes = new MartFilter(CodeDepartement: departement, Publics: ["jeunes"]);
        foreach (var other in new[] { departement, "59", "62", "75", "2A", "13" })
        {
            yield return ($"services of {other} for jeunes, first 100", () =>
                marts.PageCommand(MartsReader.Services, jeunes with { CodeDepartement = other }, Anonymous, 100, null, ["commune", "id", "nom"]));
        }

        yield return ("  its totalCount", () => marts.CountCommand(MartsReader.Services, jeunes, Anonymous));

        // The loaders' lookups, with the keys the portal queries pass them: a département page's 50 structures (their
        // services; also as structures by id, as services ask for their structure) and one service by id.
        var structureIds = marts.PageAsync(MartsReader.Structures, new MartFilter(CodeDepartement: departement), Anonymous, 50, null, ["id"], CancellationToken.None)
            .GetAwaiter().GetResult().Rows.Select(r => (string)r["id"]!).ToList();
        yield return ("  services of those 50 structures (loader)", () =>
            marts.WhereInCommand(MartsReader.Services, "structure_id", structureIds, Anonymous, ["id", "nom", "structure_id"]));
        yield return ("structures by id, 50 keys (loader)", () => marts.WhereInCommand(MartsReader.Structures, "id", structureIds, Anonymous, ["id", "nom", "telephone"]));
        var serviceId = (string)queries.Draw(2, random).Variables["id"]!;
        yield return ("service(id) (loader)", () => marts.WhereInCommand(MartsReader.Services, "id", [serviceId], Anonymous, ["description", "id", "nom", "structure_id"]));
        yield return ("services of a catégorie (whole country), totalCount", () =>
            marts.CountCommand(MartsReader.Services, new MartFilter(Thematiques: [(string)((List<object?>)q0["t"]!)[0]!]), Anonymous));

        // The searches of issue 12: a centre from the commune table as searchServices resolves it, then its statements.
        var q4 = queries.Draw(4, random).Variables;
        var origin = new GeoSearch(marts.DataSource).ResolveAsync(new SearchArea((string)q4["c"]!), CancellationToken.None).GetAwaiter().GetResult().Origin!;
        var near = new MartFilter(Thematiques: [(string)((List<object?>)q4["t"]!)[0]!]);
        yield return ("searchServices commune + catégorie, first 20", () => new ServiceSearch(marts.DataSource, Gate).PageCommand(near, Anonymous, origin, 20, null, ["id", "nom", "structure_id"]));
        yield return ("  searchServices totalCount", () => new ServiceSearch(marts.DataSource, Gate).CountCommand(near, Anonymous, origin));
        var q = (string)queries.Draw(5, random).Variables["q"]!;
        yield return ($"search \"{q}\", first 20", () => new TextSearch(marts.DataSource, Gate).PageCommand(q, new MartFilter(), Anonymous, null, 20, null));
        yield return ($"search \"{q}\", totalCount", () => new TextSearch(marts.DataSource, Gate).CountCommand(q, new MartFilter(), Anonymous, null));
    }

    private static string Shape(JsonElement node)
    {
        var name = node.GetProperty("Node Type").GetString()!;
        if (node.TryGetProperty("Index Name", out var index))
        {
            name += " " + index.GetString();
        }

        return node.TryGetProperty("Plans", out var children)
            ? name + " ← " + string.Join(", ", children.EnumerateArray().Select(Shape))
            : name;
    }
}
