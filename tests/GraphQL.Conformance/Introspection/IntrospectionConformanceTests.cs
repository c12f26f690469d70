using System.Text.Json.Nodes;
using DataInclusion.GraphQL.Conformance.Corpus;
using DataInclusion.GraphQL.Conformance.Execution;
using DataInclusion.GraphQL.Conformance.Oracle;
using DataInclusion.GraphQL.Types;
using Xunit.Abstractions;

namespace DataInclusion.GraphQL.Conformance.Introspection;

/// <summary>
/// SchemaPrinter and introspection (GraphQL spec §4) against graphql-js: printSchema(buildSchema(sdl)),
/// buildClientSchema on the engine's introspection result, and the introspection result itself.
/// </summary>
public sealed class IntrospectionConformanceTests(ITestOutputHelper output)
{
    private const string Section = "introspection";

    // Every optional part of the graphql-js introspection query the spec (September 2025) defines.
    private static readonly JsonObject s_queryOptions = new()
    {
        ["descriptions"] = true,
        ["specifiedByUrl"] = true,
        ["directiveIsRepeatable"] = true,
        ["schemaDescription"] = true,
        ["inputValueDeprecation"] = true,
        ["oneOf"] = true,
    };

    public static TheoryData<string> SchemaFiles() => new(SchemaCorpus.Files);

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public async Task SchemaPrinter_Print_EqualsGraphQLJsPrintSchema(string file)
    {
        var sdl = SchemaCorpus.Read(file);
        var expected = await ReferencePrintAsync(sdl);
        var actual = SchemaPrinter.Print(new SchemaBuilder().AddTypeDefinitions(sdl).Build());

        Check($"printer:{file}", expected, actual);
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public async Task IntrospectionResult_PassesBuildClientSchema_AndPrintsTheSameSchema(string file)
    {
        var sdl = SchemaCorpus.Read(file);
        var introspection = await EngineIntrospectionAsync(sdl);
        Assert.False(introspection.AsObject().ContainsKey("errors"), introspection.ToJsonString());

        var client = await NodeOracle.RunAsync("client-schema.mjs", new JsonObject { ["introspection"] = introspection.DeepClone() });
        Assert.True(client["error"] is null, $"buildClientSchema rejected the engine's introspection: {client["error"]}");

        Check($"client-schema:{file}", await ReferencePrintAsync(sdl), client["sdl"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public async Task IntrospectionResult_EqualsGraphQLJs(string file)
    {
        var sdl = SchemaCorpus.Read(file);
        var ours = await EngineIntrospectionAsync(sdl);
        var reference = await ExecutionOracle.ExecuteAsync(sdl, await IntrospectionQueryAsync(), null, null);
        var difference = ResultComparer.Difference(ours, reference);
        if (difference is not null)
        {
            output.WriteLine("engine:     " + ours.ToJsonString());
            output.WriteLine("graphql-js: " + reference.ToJsonString());
        }

        Check($"result:{file}", null, difference);
    }

    private void Check(string id, string? expected, string? actual)
    {
        var agrees = expected == actual;
        if (KnownDifferences.Instance.TryGetReason(Section, id, out var reason))
        {
            output.WriteLine(agrees ? $"STALE known difference {id}: {reason}" : $"KNOWN DIFFERENCE {id}: {reason}");
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static async Task<JsonNode> EngineIntrospectionAsync(string sdl)
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(sdl).Build();
        return await EngineExecution.ExecuteAsync(schema, await IntrospectionQueryAsync(), null, null, null);
    }

    private static async Task<string> ReferencePrintAsync(string sdl)
    {
        var printed = await NodeOracle.RunAsync("client-schema.mjs", new JsonObject { ["sdl"] = sdl });
        return printed["sdl"]?.GetValue<string>() ?? throw new InvalidOperationException(printed["error"]?.ToString());
    }

    private static async Task<string> IntrospectionQueryAsync()
    {
        var result = await NodeOracle.RunAsync("client-schema.mjs", new JsonObject { ["introspectionQuery"] = s_queryOptions.DeepClone() });
        return result["query"]!.GetValue<string>();
    }
}
