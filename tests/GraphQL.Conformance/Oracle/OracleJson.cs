using System.Text.Json.Nodes;

namespace DataInclusion.GraphQL.Conformance.Oracle;

/// <summary>Reads the JSON the graphql-js scripts print (errors as {message, locations, path}).</summary>
public static class OracleJson
{
    public static ReferenceError ToError(JsonNode error)
    {
        var locations = error["locations"]?.AsArray()
            .Select(l => new SourceLocation(l!["line"]!.GetValue<int>(), l["column"]!.GetValue<int>()))
            .ToList() ?? [];
        var path = error["path"]?.AsArray().Select(p => p!.ToString()).ToList();
        return new ReferenceError(error["message"]!.GetValue<string>(), locations, path is null ? null : string.Join('.', path));
    }
}
