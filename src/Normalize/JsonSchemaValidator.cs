using System.Text.Json;
using DataInclusion.Normalize.Internal;
using NJsonSchema;
using NJsonSchema.Validation;

namespace DataInclusion.Normalize;

/// <summary>
/// Checks JSON records against schema/structure.json and schema/service.json with NJsonSchema: the reference
/// that <see cref="RecordValidator"/> (the fast path) must agree with, and what generic producers' tools use.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly JsonSchema _structure;
    private readonly JsonSchema _service;

    private JsonSchemaValidator(JsonSchema structure, JsonSchema service)
    {
        _structure = structure;
        _service = service;
    }

    public static async Task<JsonSchemaValidator> CreateAsync(CancellationToken cancellationToken = default)
    {
        var structure = await JsonSchema.FromJsonAsync(EmbeddedResources.ReadText("schema/structure.json"), cancellationToken);
        var service = await JsonSchema.FromJsonAsync(EmbeddedResources.ReadText("schema/service.json"), cancellationToken);
        return new JsonSchemaValidator(structure, service);
    }

    public IReadOnlyList<ValidationIssue> ValidateStructure(string json) => Validate(_structure, ValidationIssue.StructureType, json);

    public IReadOnlyList<ValidationIssue> ValidateService(string json) => Validate(_service, ValidationIssue.ServiceType, json);

    public IReadOnlyList<ValidationIssue> Validate(Structure structure) => ValidateStructure(SchemaJson.Serialize(structure));

    public IReadOnlyList<ValidationIssue> Validate(Service service) => ValidateService(SchemaJson.Serialize(service));

    private static List<ValidationIssue> Validate(JsonSchema schema, string resourceType, string json)
    {
        var recordId = ReadId(json);
        var issues = new List<ValidationIssue>();
        foreach (var error in Flatten(schema.Validate(json)))
        {
            var field = FieldPath(error);
            var code = error.Kind == ValidationErrorKind.PropertyRequired ? "required" : $"schema.{error.Kind}";
            issues.Add(new ValidationIssue(resourceType, recordId, field, code, IssueSeverity.Error, null,
                $"Le champ `{field}` ne respecte pas le schéma ({error.Kind})."));
        }

        return issues;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            // A nullable field is typed ["string", "null"]: NJsonSchema reports "no type validates" with one error list per
            // type; the list of the non-null type holds the real errors.
            if (error is MultiTypeValidationError multi && multi.Errors.Count > 0)
            {
                foreach (var inner in Flatten(multi.Errors.Where(e => e.Key != JsonObjectType.Null).SelectMany(e => e.Value)))
                {
                    yield return inner;
                }
            }
            else if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    // NJsonSchema paths look like "#/publics[2]"; a missing property is reported on its parent with Property set.
    private static string FieldPath(ValidationError error)
    {
        var path = (error.Path ?? string.Empty).TrimStart('#').TrimStart('/');
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } property)
        {
            return property;
        }

        return path.Replace('/', '.');
    }

    private static string ReadId(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString() ?? string.Empty
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}
