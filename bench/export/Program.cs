using DataInclusion.Export.Bench;

// dotnet run -c Release --project bench/export -- [small|national|x3] [--format csv,json,...] [--keep] [--host DIR]
//   --format   the formats measured, one child export each (default: every format, then the whole set at once)
//   --keep     leave .data/bench-export-<scale>/ (cluster and exported files)
//   --host DIR run this prebuilt host instead of building src/Host into .build/host
if (ExportBenchOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine("usage: bench/export [small|national|x3] [--format csv,json,...] [--keep] [--host DIR]");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await ExportBench.RunAsync(options, cancellation.Token);
