using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.GraphQL.Http;

/// <summary>Reading request parameters from the query string (GET) or a JSON body (POST).</summary>
internal sealed partial class GraphQLHttpHandler
{
    private static (GraphQLHttpRequest? Request, int Status, string? Problem) ReadGet(HttpRequest request)
    {
        // In GET, an empty string is the same as an absent parameter.
        static string? Param(HttpRequest request, string name) => request.Query[name].ToString() is { Length: > 0 } value ? value : null;

        var query = Param(request, "query");
        JsonElement? variables = null, extensions = null;
        if (Param(request, "variables") is { } variablesText)
        {
            if (!TryParseObject(variablesText, out variables))
            {
                return (null, StatusCodes.Status400BadRequest, "Variables must be a JSON object.");
            }
        }

        if (Param(request, "extensions") is { } extensionsText && !TryParseObject(extensionsText, out extensions))
        {
            return (null, StatusCodes.Status400BadRequest, "Extensions must be a JSON object.");
        }

        // A persisted query may come without its text (Automatic Persisted Queries).
        if (query is null && !HasPersistedQuery(extensions))
        {
            return (null, StatusCodes.Status400BadRequest, "Missing query.");
        }

        return (new GraphQLHttpRequest(query, Param(request, "operationName"), variables, extensions), StatusCodes.Status200OK, null);
    }

    private async Task<(GraphQLHttpRequest? Request, int Status, string? Problem)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypes.IsJsonContent(request.ContentType))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json.");
        }

        if (request.ContentLength > options.MaxRequestBodySize)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, "Request body too large.");
        }

        JsonDocument body;
        try
        {
            using var limited = new MemoryStream();
            await request.Body.CopyToAsync(limited, cancellationToken);
            if (limited.Length > options.MaxRequestBodySize)
            {
                return (null, StatusCodes.Status413PayloadTooLarge, "Request body too large.");
            }

            limited.Position = 0;
            body = await JsonDocument.ParseAsync(limited, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return (null, StatusCodes.Status400BadRequest, "Request body is not valid JSON.");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, StatusCodes.Status400BadRequest, "Request body must be a JSON object.");
            }

            // Unknown keys are ignored; null is the same as absent.
            var query = Member(root, "query");
            var operationName = Member(root, "operationName");
            var variables = Member(root, "variables");
            var extensions = Member(root, "extensions");
            if (query is { ValueKind: not JsonValueKind.String } || (query is null && !HasPersistedQuery(extensions)))
            {
                return (null, StatusCodes.Status400BadRequest, query is null ? "Missing query." : "The query must be a string.");
            }

            if (operationName is { ValueKind: not JsonValueKind.String })
            {
                return (null, StatusCodes.Status400BadRequest, "The operationName must be a string.");
            }

            if (variables is { ValueKind: not JsonValueKind.Object } || extensions is { ValueKind: not JsonValueKind.Object })
            {
                return (null, StatusCodes.Status400BadRequest, "Variables and extensions must be JSON objects.");
            }

            return (
                new GraphQLHttpRequest(query?.GetString(), operationName?.GetString(), variables?.Clone(), extensions?.Clone()),
                StatusCodes.Status200OK,
                null);
        }
    }

    private static JsonElement? Member(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static bool TryParseObject(string text, out JsonElement? value)
    {
        value = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            value = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
