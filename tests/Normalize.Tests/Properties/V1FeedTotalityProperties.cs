using FsCheck.Xunit;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>Issue 8: the schema-v1 feed reader stays total on hostile records in every text format it reads (JSON, NDJSON, CSV).</summary>
[Properties(Arbitrary = [typeof(HostileArbitraries), typeof(HostileCsv)], MaxTest = 60)]
public sealed class V1FeedTotalityProperties
{
    private static readonly V1FeedMapper s_mapper = new("demo");

    [Property]
    public void JsonStructures(HostileBatch batch) => Totality.Check(
        s_mapper, HostileFeed.Json(Path.Combine("..", "..", "..", "samples", "demo"), "structures.json", V1FeedMapper.StructuresStream, new RecordShape(string.Empty, "id", "nom"), batch));

    [Property]
    public void JsonServices(HostileBatch batch) => Totality.Check(
        s_mapper, HostileFeed.Json(Path.Combine("..", "..", "..", "samples", "demo"), "services.json", V1FeedMapper.ServicesStream, new RecordShape(string.Empty, "id", "nom"), batch));

    [Property]
    public void NdjsonStructures(HostileBatch batch) => Totality.Check(
        s_mapper, HostileFeed.Json("V1Feed", "ndjson-structures.input.ndjson", V1FeedMapper.StructuresStream, new RecordShape(string.Empty, "id", "nom"), batch, ndjson: true));

    [Property]
    public void CsvStructures(IReadOnlyList<HostileRow> rows) => Totality.Check(
        s_mapper, HostileCsv.Build("V1Feed", "csv-structures.input.csv", V1FeedMapper.StructuresStream, "id", "nom", rows));

    [Property]
    public void CsvServices(IReadOnlyList<HostileRow> rows) => Totality.Check(
        s_mapper, HostileCsv.Build("V1Feed", "csv-services.input.csv", V1FeedMapper.ServicesStream, "id", "nom", rows));
}
