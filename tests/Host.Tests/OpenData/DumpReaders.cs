using System.Text;
using System.Text.Json;
using DataInclusion.Normalize;
using DuckDB.NET.Data;
using ExcelDataReader;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>Independent readers of the dump files, each giving records keyed by id with fields as <see cref="DumpText"/>.</summary>
internal static class DumpReaders
{
    /// <summary>Our own v1 feed importer over the csv files, as a producer's feed would be read.</summary>
    public static (Dictionary<string, Dictionary<string, string?>> Structures, Dictionary<string, Dictionary<string, string?>> Services) Csv(string directory, string source)
    {
        var result = new V1FeedMapper(source).Map(
        [
            new RawDocument("structures", "structures.csv", File.ReadAllBytes(Path.Combine(directory, "structures.csv")), "text/csv"),
            new RawDocument("services", "services.csv", File.ReadAllBytes(Path.Combine(directory, "services.csv")), "text/csv"),
        ]);
        Assert.Empty(result.Issues);
        return (result.Structures.ToDictionary(s => s.Id, s => FromJson(JsonSerializer.SerializeToElement(s))),
            result.Services.ToDictionary(s => s.Id, s => FromJson(JsonSerializer.SerializeToElement(s))));
    }

    public static Dictionary<string, Dictionary<string, string?>> Json(IEnumerable<JsonElement> records) =>
        records.Select(FromJson).ToDictionary(r => r["id"]!);

    public static IEnumerable<JsonElement> NdjsonLines(string path) =>
        File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement);

    /// <summary>DuckDB's Parquet reader: the records, and each column's DuckDB type.</summary>
    public static (Dictionary<string, Dictionary<string, string?>> Records, Dictionary<string, string> Types) Parquet(string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var types = new Dictionary<string, string>();
        using (var describe = connection.CreateCommand())
        {
            describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet('{path}')";
            using var reader = describe.ExecuteReader();
            while (reader.Read())
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM read_parquet('{path}')";
        using var rows = select.ExecuteReader();
        var records = new Dictionary<string, Dictionary<string, string?>>();
        while (rows.Read())
        {
            var record = Enumerable.Range(0, rows.FieldCount).ToDictionary(rows.GetName, i => DumpText.Of(rows.GetValue(i)));
            records[record["id"]!] = record;
        }

        return (records, types);
    }

    public static long ParquetRowGroups(string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{path}')";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>ExcelDataReader over the workbook: per sheet, its rows with each cell's .NET type as the reader typed it.</summary>
    public static Dictionary<string, List<Dictionary<string, object?>>> Xlsx(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<Dictionary<string, object?>>>();
        do
        {
            var rows = new List<Dictionary<string, object?>>();
            string[]? header = null;
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray();
                if (header is null)
                {
                    header = cells.Select(c => (string)c!).ToArray();
                    continue;
                }

                rows.Add(header.Select((name, i) => (name, cells[i])).ToDictionary(x => x.name, x => (object?)x.Item2));
            }

            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }

    private static Dictionary<string, string?> FromJson(JsonElement record) =>
        record.EnumerateObject().ToDictionary(p => p.Name, p => DumpText.Of(p.Value));
}
