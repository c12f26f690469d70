using DataInclusion.Pipeline.Bench;
using Npgsql;

namespace DataInclusion.Api.Bench;

/// <summary>Publishes the generated feed of a scale through the real <c>run demo</c>, so the API serves national-size marts.</summary>
internal static class Publication
{
    public static async Task PublishAsync(BenchServer server, FeedScale scale, CancellationToken cancellationToken)
    {
        // Without the hostile rows and the fixed 30 s command timeout, which today's pipeline does not survive (issue 8).
        var feed = await new FeedGenerator(Vocabulary.Load(), scale, withHostile: false)
            .WriteAsync(Path.Combine(server.Directory, "feed"), cancellationToken);
        Console.Error.WriteLine($"publishing {scale.Rows:N0} rows through datainclusion run demo…");
        var run = await ChildRun.RunHostAsync(["run", FeedGenerator.Source], new Dictionary<string, string>
        {
            ["DATAINCLUSION_DB"] = server.ConnectionString("Command Timeout=0"),
            ["DEMO_STRUCTURES_URL"] = feed.Structures,
            ["DEMO_SERVICES_URL"] = feed.Services,
        }, cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("the publication failed:\n" + run.StandardOutput + run.StandardError[^Math.Min(2000, run.StandardError.Length)..]);
        }

        Console.Error.WriteLine($"published in {run.Elapsed.TotalSeconds:F0} s");
    }

    public static async Task VacuumAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Command Timeout=0");
        await connection.OpenAsync(cancellationToken);
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection);
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
    }
}
