using System.Globalization;
using System.Text.RegularExpressions;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// The data directory of the open-data sets: each set in its own <c>sets/&lt;id&gt;/</c>, built under a staging name
/// and renamed when complete, and a <c>latest</c> file naming the current one, replaced by an atomic rename. Readers
/// follow the pointer, so they see the previous set or the new one, never a half-written one.
/// </summary>
internal sealed partial class OpenDataDirectory(string root)
{
    private const string StagingPrefix = ".staging-";
    private const string SetIdFormat = "yyyy-MM-dd'T'HH-mm-ss-fff'Z'";

    public string Root { get; } = Path.GetFullPath(root);

    private string Sets => Path.Combine(Root, "sets");

    private string LatestPointer => Path.Combine(Root, "latest");

    public static string NewSetId(DateTimeOffset generatedAt) => generatedAt.UtcDateTime.ToString(SetIdFormat, CultureInfo.InvariantCulture);

    /// <summary>The UTC day of a set (its archive date).</summary>
    public static string DateOf(string setId) => setId[..10];

    /// <summary>A new empty directory to build a set in.</summary>
    public string CreateStaging()
    {
        var staging = Path.Combine(Sets, StagingPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Renames the complete staging directory to its set id, then points <c>latest</c> at it.</summary>
    public void Commit(string staging, OpenDataCatalog catalog)
    {
        catalog.Write(Path.Combine(staging, OpenDataCatalog.FileName));
        Directory.Move(staging, SetPath(catalog.SetId));
        var pointer = LatestPointer + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(pointer, catalog.SetId);
        File.Move(pointer, LatestPointer, overwrite: true);
    }

    public string? LatestSetId()
    {
        try
        {
            var id = File.ReadAllText(LatestPointer).Trim();
            return IsSetId(id) ? id : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public OpenDataCatalog? ReadSet(string setId) => IsSetId(setId) ? OpenDataCatalog.Read(Path.Combine(SetPath(setId), OpenDataCatalog.FileName)) : null;

    /// <summary>The dated archives, newest first: for each UTC day, the last set built that day.</summary>
    public IReadOnlyList<string> Archives() =>
        [.. SetIds().GroupBy(DateOf).Select(day => day.Max(StringComparer.Ordinal)!).OrderDescending(StringComparer.Ordinal)];

    /// <summary>The set of an archive date (<c>yyyy-MM-dd</c>), or null when there is none.</summary>
    public string? ArchiveSet(string date) => Archives().FirstOrDefault(id => string.Equals(DateOf(id), date, StringComparison.Ordinal));

    /// <summary>
    /// The path of a file listed in a set's catalog. The name is the catalog's (checked when the set was built), never the
    /// request's, and the result is checked to stay inside the set.
    /// </summary>
    public string PathOf(OpenDataCatalog catalog, string catalogName)
    {
        var set = SetPath(catalog.SetId) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(set, catalogName));
        return path.StartsWith(set, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"The file name '{catalogName}' leaves its set.");
    }

    /// <summary>
    /// Deletes every set but the latest, the last of each day and the days within <paramref name="keepDays"/>; and
    /// staging directories a crashed export left (older than a day). Returns the deleted set ids.
    /// </summary>
    public IReadOnlyList<string> Prune(DateTimeOffset now, int keepDays)
    {
        var latest = LatestSetId();
        var oldestKept = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-keepDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var archives = Archives().ToHashSet(StringComparer.Ordinal);
        var deleted = new List<string>();
        foreach (var id in SetIds())
        {
            var kept = id == latest || (archives.Contains(id) && string.CompareOrdinal(DateOf(id), oldestKept) >= 0);
            if (!kept)
            {
                // Files open for reading stay readable until closed (POSIX): a download in progress finishes.
                Directory.Delete(SetPath(id), recursive: true);
                deleted.Add(id);
            }
        }

        foreach (var staging in Directory.Exists(Sets) ? Directory.GetDirectories(Sets, StagingPrefix + "*") : [])
        {
            if (Directory.GetLastWriteTimeUtc(staging) < now.UtcDateTime.AddDays(-1))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return deleted;
    }

    /// <summary>Discards a staging directory after a failed export.</summary>
    public static void Discard(string staging)
    {
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>A relative file name the exporter may use: plain segments of letters, digits, '.', '_' and '-', never "..".</summary>
    public static bool IsSafeName(string name) => SafeName().IsMatch(name);

    private IEnumerable<string> SetIds() =>
        Directory.Exists(Sets) ? Directory.GetDirectories(Sets).Select(Path.GetFileName).Where(IsSetId).Cast<string>() : [];

    private string SetPath(string setId) => Path.Combine(Sets, setId);

    private static bool IsSetId(string? id) => id is not null && SetIdPattern().IsMatch(id);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$")]
    private static partial Regex SetIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,3}$")]
    private static partial Regex SafeName();
}
