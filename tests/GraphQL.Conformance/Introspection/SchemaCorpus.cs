using DataInclusion.GraphQL.Conformance.Oracle;

namespace DataInclusion.GraphQL.Conformance.Introspection;

/// <summary>The SDL files used by the printer and introspection tests, relative to corpus/.</summary>
public static class SchemaCorpus
{
    public static IReadOnlyList<string> Files { get; } =
    [
        "schema.graphql",
        "query-only.graphql",
        "execution/schema.graphql",
        "schemas/printer-edge-cases.graphql",
        "schemas/extensions.graphql",
    ];

    public static string Read(string file) => File.ReadAllText(Path.Combine(ConformancePaths.Corpus, file));
}
