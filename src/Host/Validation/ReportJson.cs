using System.Text.Json;
using System.Text.Json.Serialization;
using DataInclusion.Normalize.Validation;

namespace DataInclusion.Host.Validation;

/// <summary>The report as JSON, the same for <c>POST /api/v1/validate</c> and <c>validate --format json</c>: snake_case, levels as words.</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Serialize(ValidationReport report) => JsonSerializer.Serialize(report, Options);
}
