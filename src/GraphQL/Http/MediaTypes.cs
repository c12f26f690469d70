using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DataInclusion.GraphQL.Http;

/// <summary>Response media type negotiation (graphql-over-http §Accept).</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an Accept header, or null when nothing acceptable is offered. A missing Accept and
    /// <c>*/*</c> get application/json, for legacy clients (graphql-http audits 47DE, 80D8).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return Json;
        }

        double graphQLQuality = -1, jsonQuality = -1, wildcardQuality = -1;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            var mediaType = value.MediaType.Value ?? string.Empty;
            if (mediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                graphQLQuality = Math.Max(graphQLQuality, quality);
            }
            else if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                jsonQuality = Math.Max(jsonQuality, quality);
            }
            else if (mediaType is "*/*" or "application/*")
            {
                wildcardQuality = Math.Max(wildcardQuality, quality);
            }
        }

        if (graphQLQuality > 0 && graphQLQuality >= jsonQuality)
        {
            return GraphQLResponse;
        }

        if (jsonQuality > 0 || wildcardQuality > 0)
        {
            return Json;
        }

        return null;
    }

    public static bool AcceptsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var values)
        && values.Any(v => string.Equals(v.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase) && (v.Quality ?? 1) > 0);

    /// <summary>Whether a request Content-Type is JSON (application/json, any charset parameter).</summary>
    public static bool IsJsonContent(string? contentType) =>
        contentType is not null
        && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
