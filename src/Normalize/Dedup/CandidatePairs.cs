namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// Blocking: only records that share a block are compared. Blocks are (commune, name word), (grid cell, name word)
/// for records with coordinates, SIREN and phone. Every pair the scorer can accept shares one of them: it needs the
/// same place and similar names, and names that are only similar through a typo still share a SIREN or phone when
/// there is evidence enough to merge.
/// </summary>
/// <remarks>
/// A block larger than <see cref="SmallBlock"/> (a common word in a big city) is compared by neighbourhood instead:
/// each member only against members in its own or an adjacent ~1 km cell, which bounds the pairs in dense cities.
/// Members without coordinates in such a block are left to their other blocks.
/// </remarks>
internal static class CandidatePairs
{
    public const int SmallBlock = 100;

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
            if (members.Count <= SmallBlock)
            {
                AddAllPairs(members, pairs);
            }
            else
            {
                AddNeighbourPairs(members, records, pairs);
            }
        }

        var result = pairs.ToArray();
        Array.Sort(result);
        return result;
    }

    private static void AddAllPairs(List<int> members, HashSet<long> pairs)
    {
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                Add(members[i], members[j], pairs);
            }
        }
    }

    private static void AddNeighbourPairs(List<int> members, IReadOnlyList<DedupRecord> records, HashSet<long> pairs)
    {
        var cells = new Dictionary<(int, int), List<int>>();
        foreach (var index in members.Where(i => records[i].HasCoordinates))
        {
            var cell = Geo.Cell(records[index].Latitude!.Value, records[index].Longitude!.Value);
            if (!cells.TryGetValue(cell, out var inCell))
            {
                inCell = [];
                cells[cell] = inCell;
            }

            inCell.Add(index);
        }

        foreach (var ((row, column), inCell) in cells)
        {
            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    if (cells.TryGetValue((row + dr, column + dc), out var neighbours))
                    {
                        foreach (var a in inCell)
                        {
                            foreach (var b in neighbours)
                            {
                                Add(a, b, pairs);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void Add(int x, int y, HashSet<long> pairs)
    {
        if (x != y)
        {
            var (a, b) = x < y ? (x, y) : (y, x);
            pairs.Add(((long)a << 32) | (uint)b);
        }
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

        // A SIREN block holds a SIRET block: networks publishing one SIRET everywhere are found either way.
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
