using System.Text.RegularExpressions;

namespace DataInclusion.GraphQL.Conformance.Corpus;

/// <summary>
/// Reads corpus/validation/*.graphql and corpus/syntax/*.graphql: documents separated by `# --- valid|invalid|syntax: name`
/// lines; an optional `# schema: file.graphql` first line picks a schema other than corpus/schema.graphql.
/// </summary>
public static partial class CorpusReader
{
    public const string DefaultSchema = "schema.graphql";

    private static readonly Lazy<IReadOnlyList<CorpusDocument>> s_documents = new(() => ReadAll(Oracle.ConformancePaths.Corpus));

    public static IReadOnlyList<CorpusDocument> Documents => s_documents.Value;

    public static IReadOnlyList<CorpusDocument> ReadAll(string corpusRoot)
    {
        var documents = new List<CorpusDocument>();
        foreach (var folder in new[] { "validation", "syntax" })
        {
            foreach (var path in Directory.GetFiles(Path.Combine(corpusRoot, folder), "*.graphql").Order(StringComparer.Ordinal))
            {
                documents.AddRange(ReadFile(path));
            }
        }

        var duplicate = documents.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Duplicate corpus document id '{duplicate.Key}'.");
        }

        return documents;
    }

    private static IEnumerable<CorpusDocument> ReadFile(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var file = Path.GetFileName(path);
        var schemaMatch = SchemaLine().Match(text);
        var schema = schemaMatch.Success ? schemaMatch.Groups[1].Value : DefaultSchema;
        var headers = Separator().Matches(text);
        for (var i = 0; i < headers.Count; i++)
        {
            var start = headers[i].Index + headers[i].Length;
            var end = i + 1 < headers.Count ? headers[i + 1].Index : text.Length;
            var expected = Enum.Parse<CorpusExpectation>(headers[i].Groups[1].Value, ignoreCase: true);
            yield return new CorpusDocument(file, headers[i].Groups[2].Value.Trim(), expected, schema, text[start..end]);
        }
    }

    [GeneratedRegex(@"^# --- (valid|invalid|syntax): (.*)\n", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\A# schema: (\S+)")]
    private static partial Regex SchemaLine();
}
