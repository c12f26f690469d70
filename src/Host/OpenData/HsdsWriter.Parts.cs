using System.Text.Json;
using DataInclusion.Normalize;

namespace DataInclusion.Host.OpenData;

/// <summary>The HSDS pieces shared by organizations and services: phones, taxonomy attributes, modification dates.</summary>
internal static partial class HsdsWriter
{
    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WritePhones(Utf8JsonWriter json, string key, string? number)
    {
        json.WriteStartArray("phones");
        if (number is not null)
        {
            json.WriteStartObject();
            json.WriteString("id", Uuid5.Of("phone", key));
            json.WriteString("number", number);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A référentiel value as a taxonomy term (its code, its French label) linked to the service.</summary>
    private static void WriteAttributes(Utf8JsonWriter json, string serviceId, string linkType, string[]? values, Referentiel referentiel)
    {
        foreach (var value in values ?? [])
        {
            var label = referentiel.Values.FirstOrDefault(v => v.Value == value)?.Label ?? value;
            var termId = Uuid5.Of("taxonomy_term", referentiel.Name + ":" + value);
            json.WriteStartObject();
            json.WriteString("id", Uuid5.Of("attribute", serviceId + ":" + linkType + ":" + value));
            json.WriteString("link_id", Uuid5.Of("service", serviceId));
            json.WriteString("link_type", linkType);
            json.WriteString("link_entity", "service");
            json.WriteString("taxonomy_term_id", termId);
            json.WriteStartObject("taxonomy_term");
            json.WriteString("id", termId);
            json.WriteString("code", value);
            json.WriteString("name", label);
            json.WriteString("description", label);
            json.WriteString("taxonomy", "data·inclusion " + referentiel.Name);
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    /// <summary>date_maj as the service's last modification.</summary>
    private static void WriteLastModified(Utf8JsonWriter json, object?[] row, Columns columns) =>
        json.WriteString("last_modified", DumpValues.Date((DateOnly)row[columns.Index("date_maj")]!) + "T00:00:00Z");

    /// <summary>Column lookup by name for one entity, resolved once.</summary>
    private sealed class Columns(DumpEntity entity)
    {
        private readonly Dictionary<string, int> _indexes = entity.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);

        public int Index(string name) => _indexes[name];

        public string? Text(object?[] row, string name) => row[_indexes[name]] as string;
    }
}
