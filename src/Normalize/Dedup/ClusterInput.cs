using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// The clusterer's input built as structures come (issue 8: peak memory bounded whatever the feed size): each
/// structure is enriched and reduced to its comparison keys at once, so a caller reading rows in chunks keeps no
/// <see cref="Structure"/>. Repeated key strings (name words, places, domains, institutions) are shared, not copied
/// per record: at ×3 national size the full objects and their keys were most of the clustering's 1.4 GB.
/// </summary>
public sealed class ClusterInput
{
    private readonly List<DedupRecord> _records = [];
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    internal ClusterInput(Enricher enricher)
    {
        Enricher = enricher;
    }

    internal Enricher Enricher { get; }

    public int Count => _records.Count;

    internal IReadOnlyList<DedupRecord> Records => _records;

    /// <summary>The id of the structure added at <paramref name="index"/> (the order of <see cref="Add"/>).</summary>
    public string IdAt(int index) => _records[index].Id;

    /// <summary>Adds a chunk of structures (enriched and keyed in parallel), in order.</summary>
    public void Add(IReadOnlyList<Structure> structures)
    {
        var offset = _records.Count;
        var keyed = new DedupRecord[structures.Count];
        Parallel.For(0, structures.Count, i => keyed[i] = DedupRecord.From(offset + i, Enricher.Enrich(structures[i]).Value));
        _records.EnsureCapacity(offset + keyed.Length);
        foreach (var record in keyed)
        {
            _records.Add(Compact(record));
        }
    }

    /// <summary>The same keys with their repeated strings shared; ids, streets, phones and e-mails are mostly unique.</summary>
    private DedupRecord Compact(DedupRecord record)
    {
        var tokens = record.Name.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            tokens[t] = Share(tokens[t]);
        }

        return record with
        {
            Name = record.Name with { Institutions = Share(record.Name.Institutions) },
            Place = ShareOrNull(record.Place),
            EmailDomain = ShareOrNull(record.EmailDomain),
            WebHost = ShareOrNull(record.WebHost),
            Siren = ShareOrNull(record.Siren),
        };
    }

    private string? ShareOrNull(string? value) => value is null ? null : Share(value);

    private string Share(string value)
    {
        if (_shared.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _shared[value] = value;
        return value;
    }
}
