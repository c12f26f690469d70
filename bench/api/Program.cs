using System.Globalization;
using DataInclusion.Api.Bench;
using DataInclusion.Pipeline.Bench;

// dotnet run -c Release --project bench/api -- [--reuse] [--scale national] [--seconds 20] [--clients 10,100]
//                                              [--mode http|engine|sql] [--api graphql|rest] [--mix portal|all]
//                                              [--explain] [--db-options "K=V"] [--only K] [--host DIR] [--response-cache MB]
//                                              [--warmup S]
//   --reuse     serve the cluster bench/pipeline left with --keep (.data/bench-<scale>/) instead of publishing the feed again
//   --mode      http: the real `datainclusion serve` (default); engine: the same schema executed in this process (no HTTP);
//               sql: only the statements the resolvers issue (MartsReader). The differences say where the time goes.
//   --explain   print EXPLAIN ANALYZE of the mix's filter statements on the marts (server time, indexes) instead of loading
//   --db-options "K=V;…"  extra Npgsql settings on the API's connection string (e.g. "Max Auto Prepare=20")
//   --only K    send only query K of the mix (0 commune+catégorie, 1 département structures, 2 service(id), 3 département jeunes,
//               4 searchServices near a commune + catégorie, 5 full-text search)
//   --api A     graphql (default) or rest: REST v1's equivalents of queries 0–3 (with --mix portal or --only 0–3)
//   --mix M     portal: queries 0–3 only (the mix of issue 8's goal); all (default): the six
//   --host DIR  run this prebuilt host instead of building src/Host into .build/host
//   --response-cache MB  the server's GraphQL response cache (Api__ResponseCache__MaxMegabytes; default 0: off)
ChildRun.Configure(args);
string Option(string name, string fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;

var scale = FeedScale.Find(Option("--scale", "national")) ?? throw new ArgumentException("unknown --scale");
var seconds = double.Parse(Option("--seconds", "20"), CultureInfo.InvariantCulture);
// Each load's warm-up before measuring: the first loads of a fresh server also pay its JIT (tiered compilation).
var warmup = double.Parse(Option("--warmup", "3"), CultureInfo.InvariantCulture);
var clientCounts = Option("--clients", "10,100").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var mode = Option("--mode", "http");
// graphql (default) or rest: REST v1's equivalents of queries 0–3 (http mode).
var api = Option("--api", "graphql");
var reuse = args.Contains("--reuse");
// Extra Npgsql settings for the API's connection string, e.g. "Max Auto Prepare=20" to try prepared statements.
var dbOptions = Option("--db-options", "");
// One query of the mix alone (0–5, in the order of PortalQueries.Names), to see what each costs; otherwise the mix
// (--mix portal: the four queries of issue 8; all: the six) sends its queries in turn.
int[] kinds = Option("--only", "") is { Length: > 0 } only
    ? [int.Parse(only, CultureInfo.InvariantCulture)]
    : PortalQueries.Mix(Option("--mix", "all"));

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var token = cancellation.Token;

Console.Error.WriteLine("building the host…");
await ChildRun.BuildHostAsync(token);
await using var server = await BenchServer.StartAsync(BenchServer.DirectoryFor(scale.Name), reuse, keep: true, token);
if (!reuse)
{
    await Publication.PublishAsync(server, scale, token);
}

// The steady state of a published referential: vacuumed and analysed, so that autovacuum does not run during the load.
await Publication.VacuumAsync(server.ConnectionString(), token);
var queries = await PortalQueries.SampleAsync(server.ConnectionString(), token);
if (args.Contains("--explain"))
{
    await QueryPlans.PrintAsync(server.ConnectionString(), queries, token);
    return 0;
}

var responseCache = Option("--response-cache", "0");
var serverSettings = new Dictionary<string, string> { ["Api__ResponseCache__MaxMegabytes"] = responseCache };
await using var target = await LoadTarget.StartAsync(mode, api, server.ConnectionString(dbOptions), clientCounts.Max(), serverSettings, token);
Console.WriteLine($"mode {mode}, {api}, queries {string.Join(',', kinds)}, {scale.Name} marts, {seconds} s per load after a {warmup} s warm-up, "
    + $"response cache {(responseCache == "0" ? "off" : responseCache + " MB")}");
var meter = CpuMeter.ForCluster(target.ServerPid, server.Server.DataDirectory);
var cpuLines = new List<string>();
Console.WriteLine(LatencyTable.Header);
foreach (var clients in clientCounts)
{
    var (result, cpu) = await LoadRun.RunAsync(target.Client, queries, clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), meter, kinds, token);
    foreach (var line in LatencyTable.Rows(result, kinds))
    {
        Console.WriteLine(line);
    }

    cpuLines.Add($"{clients} clients: {CpuMeter.Describe(cpu.Before, cpu.After, result.Mix.Length, target.ServerPid is not null)}; "
        + string.Create(CultureInfo.InvariantCulture, $"requests already sent to this server: {100.0 * result.Repeats / Math.Max(1, result.Mix.Length):F1} % (the response cache's hit rate if nothing expired)"));
}

Console.WriteLine();
cpuLines.ForEach(Console.WriteLine);

Console.WriteLine();
Console.WriteLine("Goals (issue 8): the portal mix (--mix portal) at 100 clients p99 <= 50 ms and >= 1,500 req/s.");
return 0;
