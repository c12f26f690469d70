using System.Globalization;
using BenchmarkDotNet.Running;
using DataInclusion.GraphQL.Bench;

// dotnet run -c Release --project bench/GraphQL                 quick engine vs graphql-js table (2 s per measure)
// dotnet run -c Release --project bench/GraphQL -- 5            the same, 5 s per measure
// dotnet run -c Release --project bench/GraphQL -- --engine-only  the engine's op/s and bytes per operation, no node
// dotnet run -c Release --project bench/GraphQL -- --vs-dotnet [S]  the engine and graphql-dotnet side by side (op/s, B/op)
// dotnet run -c Release --project bench/GraphQL -- --alloc-types [N]  the types each phase allocates (GC allocation ticks)
// dotnet run -c Release --project bench/GraphQL -- --bdn [...]  BenchmarkDotNet (MemoryDiagnoser), BDN arguments after --bdn
if (args is ["--bdn", .. var rest])
{
    BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(rest);
    return 0;
}

if (args is ["--vs-dotnet", .. var timed])
{
    return await GraphQLNetComparison.RunAsync(timed is [var s, ..] ? double.Parse(s, CultureInfo.InvariantCulture) : 2);
}

if (args is ["--alloc-types", .. var more])
{
    await AllocationTypes.RunAsync(more is [var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 20_000);
    return 0;
}

// --engine-only: the engine's rows alone (no node baseline), e.g. to compare allocations before and after a change.
var engineOnly = args.Contains("--engine-only");
var numbers = args.Where(a => a != "--engine-only").ToArray();
var seconds = numbers is [var first, ..] ? double.Parse(first, CultureInfo.InvariantCulture) : 2;
return await QuickComparison.RunAsync(seconds, engineOnly);
