using System.Buffers;
using System.Text.Json;
using DataInclusion.Host.Api;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Rest;

/// <summary>
/// <c>/services.ndjson</c> and <c>/structures.ndjson</c>: every matching record, one JSON object per line in id order,
/// written as PostgreSQL sends the rows (<see cref="MartsReader.StreamAsync"/>): memory stays one row and a 32 KB
/// buffer, whatever the count, and a client starts reading at once. With <c>updated_since</c>, an incremental sync.
/// </summary>
internal static class RestNdjson
{
    public const string ContentType = "application/x-ndjson";

    // Flushed to the socket past this many bytes: large enough for few writes, small enough to keep memory flat.
    private const int FlushBytes = 32 * 1024;

    public static Task StructuresAsync(HttpContext context, CancellationToken cancellationToken) =>
        StreamAsync(context, MartsReader.Structures, RestParameters.StructureStream, RestRows.StructureColumns, RestRows.Structure, cancellationToken);

    public static Task ServicesAsync(HttpContext context, CancellationToken cancellationToken) =>
        StreamAsync(context, MartsReader.Services, RestParameters.ServiceStream, RestRows.ServiceColumns, RestRows.Service, cancellationToken);

    private static async Task StreamAsync<T>(
        HttpContext context, string table, RestParameter[] parameters, IReadOnlyList<string> columns,
        Func<IReadOnlyDictionary<string, object?>, T> map, CancellationToken cancellationToken)
    {
        var arguments = new RestArguments(context.Request.Query, parameters);
        var (filter, errors) = MartFilterValidation.Resolve(arguments.Filter());
        arguments.Add(errors);
        if (arguments.Errors.Count > 0)
        {
            await RestResults.Invalid(arguments.Errors).ExecuteAsync(context);
            return;
        }

        var query = RestQuery.From(context);
        context.Response.ContentType = ContentType;
        var body = context.Response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = RestResults.Json.Encoder });
        await foreach (var row in query.Marts.StreamAsync(table, filter, query.Visibility, columns, cancellationToken))
        {
            JsonSerializer.Serialize(json, map(row), RestResults.Json);
            json.Flush();
            // A new top-level value per line: the writer's state starts over.
            json.Reset();
            body.Write("\n"u8);
            if (body.UnflushedBytes > FlushBytes)
            {
                await body.FlushAsync(cancellationToken);
            }
        }

        await body.FlushAsync(cancellationToken);
    }
}
