namespace DataInclusion.Fakes.Geocoder;

/// <summary>One request as the fake geocoder parsed it: its parameters and the CSV rows it was sent.</summary>
public sealed record FakeGeocoderBatch(
    IReadOnlyList<string> Columns, string? CityCode, string? PostCode, string[] Header, IReadOnlyList<string[]> Rows)
{
    public string Value(int row, string column) => Rows[row][Array.IndexOf(Header, column)];
}
