namespace DataInclusion.Sources.Soliguide;

/// <summary>The body of <c>POST /new-search</c>: <c>{"location": {geoType, geoValue}, "options": {limit, page}}</c>.</summary>
internal sealed record SoliguideSearch(SoliguideSearch.Area Location, SoliguideSearch.Paging Options)
{
    public sealed record Area(string GeoType, string GeoValue);

    public sealed record Paging(int Limit, int Page);
}
