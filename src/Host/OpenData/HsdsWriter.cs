using System.Text.Json;
using DataInclusion.Normalize;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// An Open Referral HSDS 3.0 export (interop.md §1.5), one JSON array per table under <c>hsds/</c>: a structure is an
/// <c>organization</c> (its SIRET as an FR-RCS identifier) and a physical <c>location</c> (with an <c>address</c> when
/// every required address field is known); a service is a <c>service</c> (status active, thématiques and publics as
/// taxonomy <c>attributes</c>) offered at its structure's location (<c>service_at_location</c>). Ids are UUIDv5 of our
/// ids, so they stay stable. Written while the rows stream by, two tables at a time.
/// </summary>
internal static partial class HsdsWriter
{
    public const string Format = "hsds";
    public const string Organizations = "hsds/organization.json";
    public const string Locations = "hsds/location.json";
    public const string Services = "hsds/service.json";
    public const string ServiceAtLocations = "hsds/service_at_location.json";

    private const int FlushEvery = 1000;

    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>organization.json and location.json from the structures; returns the count of each.</summary>
    public static async Task<long> WriteStructuresAsync(IAsyncEnumerable<object?[]> rows, Stream organizations, Stream locations, CancellationToken cancellationToken)
    {
        var columns = new Columns(DumpEntity.Structures);
        await using var organization = new Utf8JsonWriter(organizations, s_options);
        await using var location = new Utf8JsonWriter(locations, s_options);
        organization.WriteStartArray();
        location.WriteStartArray();
        long written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteOrganization(organization, columns, row);
            WriteLocation(location, columns, row);
            if (++written % FlushEvery == 0)
            {
                await organization.FlushAsync(cancellationToken);
                await location.FlushAsync(cancellationToken);
            }
        }

        organization.WriteEndArray();
        location.WriteEndArray();
        return written;
    }

    /// <summary>service.json and service_at_location.json from the services; returns the count of each.</summary>
    public static async Task<long> WriteServicesAsync(IAsyncEnumerable<object?[]> rows, Stream services, Stream serviceAtLocations, CancellationToken cancellationToken)
    {
        var columns = new Columns(DumpEntity.Services);
        await using var service = new Utf8JsonWriter(services, s_options);
        await using var atLocation = new Utf8JsonWriter(serviceAtLocations, s_options);
        service.WriteStartArray();
        atLocation.WriteStartArray();
        long written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteService(service, columns, row);
            var id = columns.Text(row, "id")!;
            atLocation.WriteStartObject();
            atLocation.WriteString("id", Uuid5.Of("service_at_location", id));
            atLocation.WriteString("service_id", Uuid5.Of("service", id));
            atLocation.WriteString("location_id", Uuid5.Of("location", columns.Text(row, "structure_id")!));
            atLocation.WriteEndObject();
            if (++written % FlushEvery == 0)
            {
                await service.FlushAsync(cancellationToken);
                await atLocation.FlushAsync(cancellationToken);
            }
        }

        service.WriteEndArray();
        atLocation.WriteEndArray();
        return written;
    }

    private static void WriteOrganization(Utf8JsonWriter json, Columns columns, object?[] row)
    {
        var id = columns.Text(row, "id")!;
        json.WriteStartObject();
        json.WriteString("id", Uuid5.Of("organization", id));
        json.WriteString("name", columns.Text(row, "nom"));
        // description is required by HSDS; v1 structures may have none.
        json.WriteString("description", columns.Text(row, "description") ?? string.Empty);
        WriteOptional(json, "email", columns.Text(row, "courriel"));
        WriteOptional(json, "website", columns.Text(row, "site_web"));
        WritePhones(json, "phone:" + id, columns.Text(row, "telephone"));
        json.WriteStartArray("organization_identifiers");
        if (columns.Text(row, "siret") is { } siret)
        {
            json.WriteStartObject();
            json.WriteString("id", Uuid5.Of("organization_identifier", id));
            json.WriteString("identifier_scheme", "FR-RCS");
            json.WriteString("identifier_type", "SIRET");
            json.WriteString("identifier", siret);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Columns columns, object?[] row)
    {
        var id = columns.Text(row, "id")!;
        json.WriteStartObject();
        json.WriteString("id", Uuid5.Of("location", id));
        json.WriteString("location_type", "physical");
        json.WriteString("organization_id", Uuid5.Of("organization", id));
        json.WriteString("name", columns.Text(row, "nom"));
        if (row[columns.Index("latitude")] is double latitude && row[columns.Index("longitude")] is double longitude)
        {
            json.WriteNumber("latitude", latitude);
            json.WriteNumber("longitude", longitude);
        }

        json.WriteStartArray("addresses");
        if (columns.Text(row, "adresse") is { } street && columns.Text(row, "commune") is { } city
            && columns.Text(row, "code_postal") is { } postalCode && CodeInsee.TryParse(columns.Text(row, "code_insee"), out var commune))
        {
            json.WriteStartObject();
            json.WriteString("id", Uuid5.Of("address", id));
            json.WriteString("location_id", Uuid5.Of("location", id));
            json.WriteString("address_1", street);
            WriteOptional(json, "address_2", columns.Text(row, "complement_adresse"));
            json.WriteString("city", city);
            // The département's code: its name is not in the v1 record.
            json.WriteString("state_province", commune.Departement);
            json.WriteString("postal_code", postalCode);
            json.WriteString("country", "FR");
            json.WriteString("address_type", "physical");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteService(Utf8JsonWriter json, Columns columns, object?[] row)
    {
        var id = columns.Text(row, "id")!;
        json.WriteStartObject();
        json.WriteString("id", Uuid5.Of("service", id));
        json.WriteString("organization_id", Uuid5.Of("organization", columns.Text(row, "structure_id")!));
        json.WriteString("name", columns.Text(row, "nom"));
        json.WriteString("description", columns.Text(row, "description"));
        json.WriteString("status", "active");
        WriteOptional(json, "url", columns.Text(row, "lien_source"));
        WriteOptional(json, "email", columns.Text(row, "courriel"));
        WriteOptional(json, "fees_description", columns.Text(row, "frais_precisions"));
        WriteOptional(json, "eligibility_description", columns.Text(row, "conditions_acces"));
        WriteOptional(json, "application_process", columns.Text(row, "mobilisation_precisions"));
        WritePhones(json, "phone:" + id, columns.Text(row, "telephone"));
        json.WriteStartArray("attributes");
        WriteAttributes(json, id, "thematique", row[columns.Index("thematiques")] as string[], Referentiels.Thematiques);
        WriteAttributes(json, id, "public", row[columns.Index("publics")] as string[], Referentiels.Publics);
        json.WriteEndArray();
        WriteLastModified(json, row, columns);
        json.WriteEndObject();
    }
}
