using System.Globalization;
using DataInclusion.Api.Bench;
using DataInclusion.Pipeline.Bench;

// dotnet run -c Release --project bench/api -- [--reuse] [--scale national] [--seconds 20] [--clients 10,100] [--host DIR]
//   --reuse     serve the cluster bench/pipeline left with --keep (.data/bench-<scale>/) instead of publishing the feed again
//   --host DIR  run this prebuilt host instead of building src/Host into .build/host
ChildRun.Configure(args);
string Option(string name, string fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;

var scale = FeedScale.Find(Option("--scale", "national")) ?? throw new ArgumentException("unknown --scale");
var seconds = double.Parse(Option("--seconds", "20"), CultureInfo.InvariantCulture);
var clientCounts = Option("--clients", "10,100").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var reuse = args.Contains("--reuse");

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

var queries = await PortalQueries.SampleAsync(server.ConnectionString(), token);
await using var api = await ApiServer.StartAsync(server.ConnectionString(), token);
Console.WriteLine(LatencyTable.Header);
foreach (var clients in clientCounts)
{
    var result = await LoadRun.RunAsync(api.GraphQL, queries, clients, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), token);
    foreach (var line in LatencyTable.Rows(result))
    {
        Console.WriteLine(line);
    }
}

Console.WriteLine();
Console.WriteLine("Goals (issue 8): mix at 100 clients p99 <= 50 ms and >= 1,500 req/s.");
return 0;
