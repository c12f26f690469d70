using DataInclusion.Pipeline.Bench;

// dotnet run -c Release --project bench/pipeline -- [small|national|x3] [--format ndjson|json] [--tame] [--no-command-timeout] [--keep]
//   [--republish [--changed N]]
//   --format json          the run reads the feed as JSON arrays (the COPY baseline still reads its NDJSON lines)
//   --tame                 no hostile rows (null/wrong-typed/empty records), which crash today's mappers (issue 8 §1)
//   --no-command-timeout   the run's connection string gets Command Timeout=0 (today's publication exceeds 30 s)
//   --republish            then run `run demo` again on the same server and feed (the daily republication)
//   --changed N            then republish a feed with N % of the records modified, N/2 % removed and N/2 % added
//   --keep                 leave .data/bench-<scale>/ (cluster + feed) for bench/api --reuse
//   --host DIR             run this prebuilt host instead of building src/Host into .build/host
ChildRun.Configure(args);
if (BenchOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine("usage: bench/pipeline [small|national|x3] [--format ndjson|json] [--tame] [--no-command-timeout] [--keep] [--republish [--changed N]] [--host DIR]");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await PipelineBench.RunAsync(options, cancellation.Token);
