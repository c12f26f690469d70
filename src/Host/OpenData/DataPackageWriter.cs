using System.Text.Json;
using System.Text.RegularExpressions;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// <c>datapackage.json</c>: a Frictionless Tabular Data Package describing the csv files, each with its Table Schema
/// (field types, required fields, patterns, référentiel values as enums, or as a pattern for comma-separated lists),
/// primary key <c>id</c> and the foreign key services.structure_id → structures.id.
/// </summary>
internal static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public static async Task WriteAsync(Stream output, IReadOnlyList<(DumpEntity Entity, OpenDataFile File)> csvFiles, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", "datainclusion");
        json.WriteString("title", "Référentiel de l'offre d'insertion (schéma data·inclusion v1)");
        json.WriteString("created", generatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("resources");
        foreach (var (entity, file) in csvFiles)
        {
            json.WriteStartObject();
            json.WriteString("name", entity.Name);
            json.WriteString("path", file.Name);
            json.WriteString("profile", "tabular-data-resource");
            json.WriteString("format", "csv");
            json.WriteString("mediatype", "text/csv");
            json.WriteString("encoding", "utf-8");
            json.WriteNumber("bytes", file.Length);
            json.WriteString("hash", "sha256:" + file.Sha256);
            json.WriteStartObject("schema");
            WriteFields(json, entity);
            json.WriteString("primaryKey", "id");
            if (entity == DumpEntity.Services)
            {
                json.WriteStartArray("foreignKeys");
                json.WriteStartObject();
                json.WriteString("fields", "structure_id");
                json.WriteStartObject("reference");
                json.WriteString("resource", DumpEntity.Structures.Name);
                json.WriteString("fields", "id");
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteFields(Utf8JsonWriter json, DumpEntity entity)
    {
        json.WriteStartArray("fields");
        foreach (var column in entity.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", column.Kind switch
            {
                DumpKind.Date => "date",
                DumpKind.Number => "number",
                DumpKind.Integer => "integer",
                _ => "string",
            });
            if (column.Kind == DumpKind.Date)
            {
                json.WriteString("format", "%Y-%m-%d");
            }

            if (column.Kind == DumpKind.List)
            {
                json.WriteString("description", "Liste de valeurs séparées par des virgules.");
            }

            json.WriteStartObject("constraints");
            if (column.Required)
            {
                json.WriteBoolean("required", true);
            }

            if (column.Name == "id")
            {
                json.WriteBoolean("unique", true);
            }

            WriteValueConstraint(json, column);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValueConstraint(Utf8JsonWriter json, DumpColumn column)
    {
        if (column.Pattern is { } pattern)
        {
            json.WriteString("pattern", pattern);
        }
        else if (column.Referentiel is { } referentiel && column.Kind == DumpKind.List)
        {
            // Table Schema enums apply to the whole cell: a list of référentiel values is a pattern instead.
            var value = "(" + string.Join('|', referentiel.Values.Select(v => Regex.Escape(v.Value))) + ")";
            json.WriteString("pattern", $"^{value}(,{value})*$");
        }
        else if (column.Referentiel is { } single)
        {
            json.WriteStartArray("enum");
            foreach (var value in single.Values)
            {
                json.WriteStringValue(value.Value);
            }

            json.WriteEndArray();
        }
    }
}
