using System.Text.Json;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// GeoJSON (RFC 7946): a FeatureCollection of Point features in WGS 84 longitude/latitude (EPSG:4326, the RFC's only
/// CRS, so no <c>crs</c> member); a record without both coordinates is kept with <c>geometry: null</c> (§3.2).
/// Properties are the v1 record, coordinates included.
/// </summary>
internal sealed class GeoJsonDumpWriter : IDumpWriter
{
    private const int FlushEvery = 1000;

    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Format => "geojson";

    public string FileName(DumpEntity entity) => entity.Name + ".geojson";

    public async Task<long> WriteAsync(DumpEntity entity, long rowCount, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken)
    {
        var longitude = entity.IndexOf("longitude");
        var latitude = entity.IndexOf("latitude");
        var id = entity.IndexOf("id");
        await using var json = new Utf8JsonWriter(output, s_options);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", (string)row[id]!);
            if (row[longitude] is double x && row[latitude] is double y)
            {
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(x);
                json.WriteNumberValue(y);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("geometry");
            }

            json.WritePropertyName("properties");
            JsonDumpWriter.WriteRecord(json, entity, row);
            json.WriteEndObject();
            if (++written % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return written;
    }
}
