using System.Globalization;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Refuses a run whose records turned invalid en masse compared with the last publication (issue 8: a producer
/// sending an object where a list is expected for every record must not wipe its published data).
/// </summary>
internal static class InvalidShareGate
{
    /// <summary>Why the run must not be published, or null.</summary>
    /// <param name="lastPublished">The counts of the source's last succeeded run; null when it never published.</param>
    public static string? Check(RunCounts current, RunCounts? lastPublished, double maxShare)
    {
        if (lastPublished is null || current.Fetched == 0)
        {
            return null;
        }

        var share = Share(current);
        var previous = lastPublished.Fetched == 0 ? 0 : Share(lastPublished);
        if (share - previous <= maxShare)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{share:P0} of the records are invalid against {previous:P0} at the last publication, a rise above the {maxShare:P0} allowed (Pipeline__MaxInvalidShare): the producer's feed probably changed shape; the last published data is kept");
    }

    private static double Share(RunCounts counts) => (double)counts.Invalid / counts.Fetched;
}
