using System.Globalization;

namespace DataInclusion.Fakes.Geocoder;

/// <summary>What the fake BAN answers for one known query: the <c>result_*</c> columns of a found address.</summary>
public sealed record FakeGeocode(
    double Score, string Type, string Name, string Postcode, string CityCode, string City, double Longitude, double Latitude)
{
    public string Label => $"{Name} {Postcode} {City}";

    /// <summary>The result columns in the order of <see cref="FakeGeocoderServer.ResultColumns"/>.</summary>
    public IEnumerable<string> Columns() =>
    [
        Latitude.ToString(CultureInfo.InvariantCulture), Longitude.ToString(CultureInfo.InvariantCulture), Label,
        Score.ToString(CultureInfo.InvariantCulture), string.Empty, Type, $"{CityCode}_xxxx", string.Empty, Name, Name, Postcode, City,
        string.Empty, CityCode, string.Empty, string.Empty, string.Empty, "ok",
    ];
}
