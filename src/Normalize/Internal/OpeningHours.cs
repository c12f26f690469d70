using System.Globalization;
using System.Text;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Builds OSM <c>opening_hours</c> strings (schema v1 <c>horaires_accueil</c>) from per-day time slots: consecutive days
/// with the same slots are grouped (<c>Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00</c>).
/// </summary>
internal static class OpeningHours
{
    public static readonly string[] Days = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    /// <param name="slots">Index 0 = Monday; each day's (start, end) in minutes since midnight; empty = closed.</param>
    /// <param name="holidaysClosed">Appends <c>PH off</c>.</param>
    public static string? Format(IReadOnlyList<IReadOnlyList<(int Start, int End)>> slots, bool holidaysClosed)
    {
        var rules = new List<string>();
        var day = 0;
        while (day < Days.Length)
        {
            if (slots[day].Count == 0)
            {
                day++;
                continue;
            }

            var last = day;
            while (last + 1 < Days.Length && slots[last + 1].SequenceEqual(slots[day]))
            {
                last++;
            }

            var days = last == day ? Days[day] : last == day + 1 ? $"{Days[day]},{Days[last]}" : $"{Days[day]}-{Days[last]}";
            rules.Add($"{days} {string.Join(",", slots[day].Select(s => $"{Time(s.Start)}-{Time(s.End)}"))}");
            day = last + 1;
        }

        if (rules.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder(string.Join("; ", rules));
        if (holidaysClosed)
        {
            builder.Append("; PH off");
        }

        return builder.ToString();
    }

    /// <summary>Reads 900, "0900", "9:00" or "09:00" as minutes since midnight.</summary>
    public static int? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = text.Replace(":", string.Empty, StringComparison.Ordinal).Replace("h", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm) || hhmm > 2400 || hhmm % 100 >= 60)
        {
            return null;
        }

        return (hhmm / 100 * 60) + (hhmm % 100);
    }

    private static string Time(int minutes) =>
        $"{(minutes / 60).ToString("00", CultureInfo.InvariantCulture)}:{(minutes % 60).ToString("00", CultureInfo.InvariantCulture)}";
}
