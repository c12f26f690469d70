using System.Text.Json.Nodes;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>One execution case of corpus/execution/cases.json; <see cref="RootValue"/> null means corpus/execution/root.json.</summary>
public sealed record ExecutionCase(string Name, string Document, JsonObject? Variables, string? OperationName, JsonNode? RootValue)
{
    public override string ToString() => Name;
}
