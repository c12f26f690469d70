using System.Text.Json;

namespace DataInclusion.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request (query, operationName, variables, extensions).</summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
