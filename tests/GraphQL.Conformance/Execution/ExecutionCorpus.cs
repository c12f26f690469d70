using System.Text.Json;
using System.Text.Json.Nodes;
using DataInclusion.GraphQL.Conformance.Oracle;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>corpus/execution: the schema, the default root value and the cases, loaded once.</summary>
public static class ExecutionCorpus
{
    private static readonly Lazy<IReadOnlyList<ExecutionCase>> s_cases = new(LoadCases);
    private static readonly Lazy<string> s_sdl = new(() => File.ReadAllText(Path.Combine(Folder, "schema.graphql")));
    private static readonly Lazy<JsonNode> s_root = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "root.json")))!);

    public static string Folder => Path.Combine(ConformancePaths.Corpus, "execution");

    public static string Sdl => s_sdl.Value;

    public static JsonNode DefaultRoot => s_root.Value;

    public static IReadOnlyList<ExecutionCase> Cases => s_cases.Value;

    public static JsonNode RootOf(ExecutionCase @case) => @case.RootValue ?? DefaultRoot;

    private static List<ExecutionCase> LoadCases()
    {
        var array = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "cases.json")))!.AsArray();
        var cases = array.Select(c => new ExecutionCase(
            c!["name"]!.GetValue<string>(),
            c["document"]!.GetValue<string>(),
            c["variables"]?.AsObject(),
            c["operationName"]?.GetValue<string>(),
            c["rootValue"])).ToList();
        var duplicate = cases.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? cases : throw new JsonException($"Duplicate execution case '{duplicate.Key}'.");
    }
}
