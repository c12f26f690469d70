using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http, as audited by graphql-http 1.23): POST application/json and GET; with
/// <c>application/graphql-response+json</c>, requests that fail before execution (parse, validation, variables) get
/// 400, and with <c>application/json</c> they get 200; executed requests get 200. Unsupported method 405, mutation over
/// GET 405 (with Allow), unsupported Content-Type 415, unacceptable Accept 406, body too large 413.
/// </summary>
internal sealed partial class GraphQLHttpHandler(Schema schema, GraphQLHttpOptions options)
{
    private readonly DocumentCache? _documents = options.DocumentCacheSize > 0 ? new(schema, options.ExecutionOptions, options.DocumentCacheSize) : null;

    // Same bytes as JSON.stringify for text: only quotes, backslashes and control characters are escaped.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method) || (isGet && !options.AllowGet))
        {
            context.Response.Headers.Allow = options.AllowGet ? "GET, POST" : "POST";
            await WritePlainErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed; use POST" + (options.AllowGet ? " or GET." : "."));
            return;
        }

        if (isGet && options.HtmlPage is not null && !request.Query.ContainsKey("query") && MediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await options.HtmlPage(context);
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WritePlainErrorAsync(context, StatusCodes.Status406NotAcceptable, "Accept application/graphql-response+json or application/json.");
            return;
        }

        var (parameters, status, problem) = isGet ? ReadGet(request) : await ReadPostAsync(request, context.RequestAborted);
        if (parameters is null)
        {
            await WriteResultAsync(context, mediaType, status, ExecutionResult.FromErrors([new GraphQLError(problem!)]));
            return;
        }

        string? registeredHash = null;
        var (query, persistedError) = await ResolveQueryAsync(parameters, hash => registeredHash = hash, context.RequestAborted);
        if (query is null)
        {
            await WriteResultAsync(context, mediaType, FailureStatus(mediaType), ExecutionResult.FromErrors([persistedError!]));
            return;
        }

        (string Key, long Version)? cacheEntry = null;
        if (options.ResponseCache is { } cache && cache.Partition(context) is { } partition)
        {
            var key = CacheKey(partition, mediaType, query, parameters.OperationName, parameters.Variables);
            if (cache.Get(key, out var version) is { } body)
            {
                // Only query results are stored, so a hit never answers a mutation (nor a GET that should be refused).
                options.OperationSelected?.Invoke(context, parameters.OperationName);
                await WriteCachedAsync(context, mediaType, body);
                return;
            }

            cacheEntry = (key, version);
        }

        var prepared = _documents?.Get(query) ?? PreparedDocument.Prepare(schema, query, options.ExecutionOptions);
        if (prepared.Document is null)
        {
            await WriteResultAsync(context, mediaType, FailureStatus(mediaType), ExecutionResult.FromErrors(prepared.Errors));
            return;
        }

        if (registeredHash is not null && prepared.IsValid)
        {
            options.PersistedQueries.AutomaticStore?.Add(registeredHash, query);
        }

        var operation = Executor.GetOperation(prepared.Document, parameters.OperationName, out _);
        options.OperationSelected?.Invoke(context, operation?.Name?.Value ?? parameters.OperationName);
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            context.Response.Headers.Allow = "POST";
            await WritePlainErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Only query operations are allowed over GET; use POST.");
            return;
        }

        var result = await ExecuteInTurnAsync(
            new ExecutionRequest
            {
                Schema = schema,
                Prepared = prepared,
                OperationName = parameters.OperationName,
                VariablesJson = parameters.Variables,
                RootValue = options.RootValueFactory?.Invoke(context),
                UserContext = options.UserContextFactory?.Invoke(context),
                Services = context.RequestServices,
                Options = options.ExecutionOptions,
            },
            context.RequestAborted);
        if (cacheEntry is { } entry && operation is { Operation: OperationType.Query })
        {
            await WriteAndCacheAsync(context, mediaType, result, entry);
            return;
        }

        await WriteResultAsync(context, mediaType, result.HasData ? StatusCodes.Status200OK : FailureStatus(mediaType), result);
    }

    // Legacy application/json answers 200 to every well-formed GraphQL response; graphql-response+json uses 4xx.
    private static int FailureStatus(string mediaType) =>
        mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static async Task WriteResultAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, s_writerOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static Task WritePlainErrorAsync(HttpContext context, int status, string message)
    {
        // Errors that prevent any GraphQL response are not graphql-response+json (graphql-over-http §Status Codes).
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message } } }), context.RequestAborted);
    }
}
