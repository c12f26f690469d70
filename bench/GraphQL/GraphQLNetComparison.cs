using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQLNet = global::GraphQL;

namespace DataInclusion.GraphQL.Bench;

/// <summary>
/// `--vs-dotnet`: the engine and graphql-dotnet side by side, same workload, same phases, same measure
/// (<see cref="Measurement"/>): op/s and bytes per operation for each, and the ratio of bytes (engine / graphql-dotnet).
/// Before measuring, both must produce the same JSON response for each compared document.
/// </summary>
public static class GraphQLNetComparison
{
    /// <summary>
    /// graphql-js 17's full introspection query asks for fields graphql-dotnet 8.8.5 does not have (<c>isOneOf</c>,
    /// <c>specifiedByURL</c>, input values' deprecation): it fails validation there, so only its parse is compared.
    /// </summary>
    private const string ParseOnlyDocument = "introspection.graphql";

    private static readonly JsonSerializerOptions s_compareOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(double seconds)
    {
        var workload = Workload.Load();
        var dotnet = GraphQLNetWorkload.Create(workload);
        var mismatches = await CompareResponsesAsync(workload, dotnet);
        if (mismatches > 0)
        {
            return 1;
        }

        Console.WriteLine($"{"document",-24} {"phase",-9} {"engine op/s",12} {"g-dotnet op/s",14} {"engine B/op",12} {"g-dotnet B/op",14} {"B ratio",8}");
        foreach (var (name, source) in workload.Documents)
        {
            var engineDocument = EngineOperations.Parse(source);
            var dotnetDocument = GraphQLNetWorkload.Parse(source);
            await PrintAsync(name, "parse",
                await Measurement.MeasureAsync(seconds, () => QuickComparison.Done(EngineOperations.Parse(source))),
                await Measurement.MeasureAsync(seconds, () => QuickComparison.Done(GraphQLNetWorkload.Parse(source))));
            if (name == ParseOnlyDocument)
            {
                continue;
            }

            var validation = dotnet.ValidationOptionsFor(dotnetDocument);
            await PrintAsync(name, "validate",
                await Measurement.MeasureAsync(seconds, () => QuickComparison.Done(EngineOperations.Validate(workload, engineDocument))),
                await Measurement.MeasureAsync(seconds, async () => await dotnet.ValidateAsync(validation)));
            await PrintAsync(name, "request",
                await Measurement.MeasureAsync(seconds, () => new ValueTask(EngineOperations.RequestAsync(workload, source))),
                await Measurement.MeasureAsync(seconds, () => new ValueTask(dotnet.RequestAsync(source))));
        }

        return 0;
    }

    /// <summary>Runs each document once on both engines and reports every response that differs; returns their count.</summary>
    private static async Task<int> CompareResponsesAsync(Workload workload, GraphQLNetWorkload dotnet)
    {
        var serializer = new GraphQLNet.SystemTextJson.GraphQLSerializer();
        var mismatches = 0;
        foreach (var (name, source) in workload.Documents.Where(d => d.Key != ParseOnlyDocument))
        {
            var engine = Normalize((await EngineOperations.RequestAsync(workload, source)).ToJson());
            var other = Normalize(serializer.Serialize(await dotnet.RequestAsync(source)));
            if (engine != other)
            {
                mismatches++;
                Console.Error.WriteLine($"{name}: the responses differ\n  engine:        {engine}\n  graphql-dotnet: {other}");
            }
        }

        return mismatches;
    }

    /// <summary>The same text for the same JSON: both serialisers escape differently; order and numbers are kept as written.</summary>
    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(s_compareOptions);

    private static Task PrintAsync(string document, string phase, (double Ops, double BytesPerOp) engine, (double Ops, double BytesPerOp) dotnet)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{document,-24} {phase,-9} {engine.Ops,12:0} {dotnet.Ops,14:0} {engine.BytesPerOp,12:0} {dotnet.BytesPerOp,14:0} {engine.BytesPerOp / dotnet.BytesPerOp,8:0.00}"));
        return Task.CompletedTask;
    }
}
