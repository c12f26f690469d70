namespace DataInclusion.Normalize.Internal;

/// <summary>French calendar dates: producers' dates and "today" are days in Europe/Paris, not in UTC.</summary>
internal static class Paris
{
    // Falls back to UTC on a machine without time-zone data rather than failing every mapping.
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly Today(TimeProvider timeProvider) => DateOf(timeProvider.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);
}
