namespace DataInclusion.Host.OpenData;

/// <summary>The pending export: when the burst of publications began and last grew, and the job that watches it.</summary>
internal sealed record OpenDataExportRequest(DateTimeOffset FirstRequestedAt, DateTimeOffset LastRequestedAt, string? JobId)
{
    /// <summary><see cref="OpenDataOptions.Debounce"/> after the last publication, at most <see cref="OpenDataOptions.MaxWait"/> after the first.</summary>
    public DateTimeOffset DueAt(OpenDataOptions options)
    {
        var quiet = LastRequestedAt + options.Debounce;
        var latest = FirstRequestedAt + options.MaxWait;
        return quiet < latest ? quiet : latest;
    }
}
