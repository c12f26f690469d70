using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Geocoding;

/// <summary>
/// Lets <c>Geocoder__BatchSize</c> govern the geocoder's requests: validated batches (of <c>Pipeline__BatchSize</c>)
/// wait here, structures and services together, until they hold that many records or the run ends, then go through
/// <see cref="GeocodingStep"/> as one — so a run asks the BAN in requests of up to <c>Geocoder__BatchSize</c> addresses
/// rather than one or two per pipeline batch. The batches come out geocoded, whole and in their order. The cost: a run
/// with a geocoder holds up to <c>Geocoder__BatchSize</c> records (plus one batch) while they wait.
/// </summary>
internal sealed class GeocodingBuffer(GeocodingStep step, string source, Guid runId, GeocodingStats stats)
{
    private readonly List<ValidatedBatch> _pending = [];
    private int _records;

    /// <summary>Adds a batch; the batches ready to write (none until enough records wait).</summary>
    public async Task<IReadOnlyList<ValidatedBatch>> AddAsync(ValidatedBatch batch, CancellationToken cancellationToken)
    {
        _pending.Add(batch);
        _records += batch.Structures.Count + batch.Services.Count;
        return _records >= step.BatchSize ? await FlushAsync(cancellationToken) : [];
    }

    /// <summary>Geocodes whatever waits (at the end of the run) and returns it.</summary>
    public async Task<IReadOnlyList<ValidatedBatch>> FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return [];
        }

        var records = _pending.SelectMany(b => b.Structures.Concat(b.Services)).ToList();
        var geocoded = await step.ApplyAsync(source, runId, records, stats, cancellationToken);
        var ready = new List<ValidatedBatch>(_pending.Count);
        var offset = 0;
        foreach (var batch in _pending)
        {
            var structures = geocoded.Skip(offset).Take(batch.Structures.Count).ToList();
            offset += batch.Structures.Count;
            var services = geocoded.Skip(offset).Take(batch.Services.Count).ToList();
            offset += batch.Services.Count;
            ready.Add(batch with { Structures = structures, Services = services });
        }

        _pending.Clear();
        _records = 0;
        return ready;
    }
}
