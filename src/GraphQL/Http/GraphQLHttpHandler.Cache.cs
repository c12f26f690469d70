using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.GraphQL.Http;

/// <summary>The response cache's side of the endpoint (<see cref="GraphQLHttpOptions.ResponseCache"/>).</summary>
internal sealed partial class GraphQLHttpHandler
{
    /// <summary>
    /// The key of an identical request: SHA-256 over the caller's partition, the media type (it sets the status of
    /// failures and the Content-Type) and the request's document, operation name and variables as sent.
    /// </summary>
    internal static string CacheKey(string partition, string mediaType, string query, string? operationName, JsonElement? variables)
    {
        var text = string.Join('\u001f', partition, mediaType, query, operationName ?? "\u0000", variables?.GetRawText() ?? "\u0000");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static async Task WriteCachedAsync(HttpContext context, string mediaType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Writes a successful result and keeps its bytes: only data without errors is ever stored.</summary>
    private async Task WriteAndCacheAsync(HttpContext context, string mediaType, ExecutionResult result, (string Key, long Version) entry)
    {
        if (!result.HasData || result.Errors is not null)
        {
            await WriteResultAsync(context, mediaType, result.HasData ? StatusCodes.Status200OK : FailureStatus(mediaType), result);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        await using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            result.WriteTo(writer);
        }

        var body = buffer.WrittenSpan.ToArray();
        options.ResponseCache!.Add(entry.Key, body, entry.Version);
        await WriteCachedAsync(context, mediaType, body);
    }
}
