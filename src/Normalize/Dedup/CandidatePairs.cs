namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// Blocking: only records that share a block are compared. Blocks are (commune, name word), (grid cell, name word)
/// for records with coordinates, SIREN and phone. Every pair the scorer can accept shares one of them: it needs the
/// same place and similar names, and names that are only similar through a typo still share a SIREN or phone when
/// there is evidence enough to merge.
/// </summary>
internal static class CandidatePairs
{
    /// <summary>Blocks larger than this (a common word in a big city) are skipped: their pairs are found through other words.</summary>
    public const int MaxBlockSize = 400;

    public static long[] Find(IReadOnlyList<DedupRecord> records)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var key in Keys(record))
            {
                if (!blocks.TryGetValue(key, out var members))
                {
                    members = [];
                    blocks[key] = members;
                }

                members.Add(record.Index);
            }
        }

        var pairs = new HashSet<long>();
        foreach (var members in blocks.Values)
        {
            if (members.Count < 2 || members.Count > MaxBlockSize)
            {
                continue;
            }

            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i]);
                    if (a != b)
                    {
                        pairs.Add(((long)a << 32) | (uint)b);
                    }
                }
            }
        }

        var result = pairs.ToArray();
        Array.Sort(result);
        return result;
    }

    private static IEnumerable<string> Keys(DedupRecord record)
    {
        foreach (var token in record.Name.Tokens)
        {
            if (record.Place is not null)
            {
                yield return $"p|{record.Place}|{token}";
            }

            if (record.HasCoordinates)
            {
                var (row, column) = Geo.Cell(record.Latitude!.Value, record.Longitude!.Value);
                yield return $"g|{row}|{column}|{token}";

                // A record without a commune code is matched by distance: it also joins the cells around its own.
                if (record.Place is not { Length: 5 })
                {
                    for (var dr = -1; dr <= 1; dr++)
                    {
                        for (var dc = -1; dc <= 1; dc++)
                        {
                            if (dr != 0 || dc != 0)
                            {
                                yield return $"g|{row + dr}|{column + dc}|{token}";
                            }
                        }
                    }
                }
            }
        }

        // A SIREN block holds a SIRET block: networks publishing one SIRET everywhere are found either way; a SIREN
        // shared by hundreds of agencies exceeds the block limit and is left to the commune blocks.
        if (record.Siren is not null)
        {
            yield return "s|" + record.Siren;
        }

        if (record.Phone is not null)
        {
            yield return "t|" + record.Phone;
        }
    }
}
