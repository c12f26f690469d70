using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace DataInclusion.Host.Rest;

/// <summary>
/// The OpenAPI document of REST v1 (Microsoft.AspNetCore.OpenApi) at data·inclusion's <c>/api/openapi.json</c>, and the
/// Scalar docs UI at <c>/api/docs</c>. Response schemas come from the record types the handlers serialise; query
/// parameters from the <see cref="RestParameter"/> sets the handlers read.
/// </summary>
internal static class RestOpenApi
{
    public const string DocumentPath = "/api/openapi.json";
    public const string DocsPath = "/api/docs";

    /// <summary>The metadata of REST v1's endpoints: only they go into the document (not GraphQL, admin or producers).</summary>
    public static object Marker { get; } = new RestV1Endpoint();

    public static IServiceCollection AddRestOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.ShouldInclude = description => description.ActionDescriptor.EndpointMetadata.OfType<RestV1Endpoint>().Any();
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Référentiel de l'offre d'insertion — API REST v1",
                Version = "1",
                Description = "Compatible avec l'API v1 de data·inclusion (chemins, paramètres, enveloppe de page, schémas v1) ; "
                    + "en plus : pagination par curseur (cursor, next), flux NDJSON, updated_since, code_epci.",
            };
            return Task.CompletedTask;
        });
        // The web JSON defaults read numbers from strings too, so the generator types a number as "number or string"
        // with a pattern; REST v1 writes numbers as numbers, and the document says so.
        options.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema.Type is { } type && (type & (JsonSchemaType.Number | JsonSchemaType.Integer)) != 0 && (type & JsonSchemaType.String) != 0)
            {
                schema.Type = type & ~JsonSchemaType.String;
                schema.Pattern = null;
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RestParameter.Set>().LastOrDefault() is { } set)
            {
                operation.Parameters ??= [];
                foreach (var parameter in set.Parameters)
                {
                    operation.Parameters.Add(Describe(parameter));
                }
            }

            return Task.CompletedTask;
        });
    });

    public static IEndpointRouteBuilder MapRestDocs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPath);
        // Scalar serves its script from the package (embedded), not from a CDN; the fonts would come from one, so they
        // are off (the page falls back to system fonts), and so is telemetry: the docs work on a machine with no Internet.
        endpoints.MapScalarApiReference(DocsPath, options => options
            .WithTitle("API REST v1 — référentiel de l'offre d'insertion")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent());
        return endpoints;
    }

    private static OpenApiParameter Describe(RestParameter parameter)
    {
        var values = parameter.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        var schema = parameter.Kind switch
        {
            RestParameterKind.Texts => new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = values } },
            RestParameterKind.Integer => new OpenApiSchema { Type = JsonSchemaType.Integer },
            RestParameterKind.Number => new OpenApiSchema { Type = JsonSchemaType.Number },
            RestParameterKind.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            RestParameterKind.Instant => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            _ => new OpenApiSchema { Type = JsonSchemaType.String, Enum = values },
        };
        if (parameter.Default is { } byDefault)
        {
            schema.Default = parameter.Kind == RestParameterKind.Boolean ? JsonValue.Create(bool.Parse(byDefault))
                : parameter.Kind is RestParameterKind.Integer or RestParameterKind.Number ? JsonValue.Create(double.Parse(byDefault, System.Globalization.CultureInfo.InvariantCulture))
                : JsonValue.Create(byDefault);
        }

        // Arrays as repeated keys (?thematiques=a&thematiques=b): form style, exploded.
        return new OpenApiParameter
        {
            Name = parameter.Name,
            In = ParameterLocation.Query,
            Description = parameter.Description,
            Schema = schema,
            Style = ParameterStyle.Form,
            Explode = true,
        };
    }

    private sealed class RestV1Endpoint;
}
