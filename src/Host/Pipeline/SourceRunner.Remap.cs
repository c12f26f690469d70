namespace DataInclusion.Host.Pipeline;

/// <summary>Re-running a mapper on payloads already received: after a mapping fix, without asking the producer again.</summary>
internal sealed partial class SourceRunner
{
    /// <summary>Maps again the raw payloads of the source's latest run that has them, as a new run.</summary>
    public Task<SourceRunResult> RemapAsync(SourceDefinition source, CancellationToken cancellationToken) =>
        ExecuteAsync(source, "remap", async (runId, ct) =>
        {
            var fromRun = await layers.LatestRunWithRawAsync(source.Slug, ct)
                ?? throw new InvalidOperationException($"no raw payload is kept for {source.Slug}: run it once first");
            await layers.CopyRawAsync(fromRun, runId, ct);
            return (await layers.LoadRawAsync(runId, ct)).ToList();
        }, cancellationToken);
}
