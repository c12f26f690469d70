using System.Reflection;
using System.Text.Json;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Bench;

/// <summary>The benchmark workload of workload/: the schema, the JSON root value and the documents, shared with js/bench.mjs.</summary>
public sealed class Workload
{
    private Workload(Schema schema, object root, IReadOnlyDictionary<string, string> documents)
    {
        Schema = schema;
        Root = root;
        Documents = documents;
    }

    public static string BenchRoot { get; } = typeof(Workload).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BenchRoot").Value!;

    public static string Folder => Path.Combine(BenchRoot, "workload");

    /// <summary>The conformance corpus's execution schema: the benchmark measures the documents the tests prove.</summary>
    public static string SchemaFile => Path.Combine(BenchRoot, "..", "..", "tests", "GraphQL.Conformance", "corpus", "execution", "schema.graphql");

    public Schema Schema { get; }

    /// <summary>
    /// The root value as plain dictionaries and lists, decoded once: graphql-js executes over the objects JSON.parse
    /// built once, so neither side pays for decoding JSON inside the measured requests.
    /// </summary>
    public object Root { get; }

    /// <summary>Document file name to source text, in file name order.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; }

    public static Workload Load()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(File.ReadAllText(SchemaFile)).Build();
        using var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "root.json")));
        var documents = Directory.GetFiles(Folder, "*.graphql")
            .Where(f => Path.GetFileName(f) != "schema.graphql")
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        return new Workload(schema, Internal.JsonValues.ToClr(root.RootElement)!, documents);
    }
}
