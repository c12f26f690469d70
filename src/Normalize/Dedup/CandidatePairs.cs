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
/// Members without coordinates in such a block are left to their other blocks. A neighbourhood denser still
/// (<see cref="DenseNeighbourhood"/>) is paired by a sorted-neighbourhood window, so no input makes the pairs quadratic.
/// </remarks>
internal static class CandidatePairs
{
    public const int SmallBlock = 100;

    /// <summary>
    /// Members of one block in a cell and its 8 neighbours above which they are paired by <see cref="AddWindowPairs"/>:
    /// never reached by the labelled sets nor the national benchmarks (at most 44 members, 65 with every place in 20 cities).
    /// </summary>
    public const int DenseNeighbourhood = 300;

    /// <summary>Partners on each side of a record in a dense neighbourhood sorted by name: real clusters have 2–50 members.</summary>
    public const int Window = 25;

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

        var pairs = new HashSet<long>(PairHash.Instance);
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
            var neighbourhood = new List<int>();
            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    if (cells.TryGetValue((row + dr, column + dc), out var neighbours))
                    {
                        neighbourhood.AddRange(neighbours);
                    }
                }
            }

            if (neighbourhood.Count <= DenseNeighbourhood)
            {
                foreach (var a in inCell)
                {
                    foreach (var b in neighbourhood)
                    {
                        Add(a, b, pairs);
                    }
                }
            }
            else
            {
                AddWindowPairs(inCell, neighbourhood, records, pairs);
            }
        }
    }

    /// <summary>
    /// Sorted neighbourhood for a pathological cell (thousands of records of one block within ~1 km: one address and
    /// phone on every record of a producer, one SIRET on a whole network): each member of the cell is paired with the
    /// <see cref="Window"/> records on either side of it in the neighbourhood sorted by name words, not with all of
    /// them. Records with the same name stay adjacent; the pairs grow linearly instead of quadratically.
    /// </summary>
    private static void AddWindowPairs(List<int> inCell, List<int> neighbourhood, IReadOnlyList<DedupRecord> records, HashSet<long> pairs)
    {
        var sorted = neighbourhood.Select(i => (Key: string.Join(' ', records[i].Name.Tokens), Index: i, records[i].Id))
            .OrderBy(m => m.Key, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).ThenBy(m => m.Index)
            .Select(m => m.Index).ToArray();
        var inThisCell = new HashSet<int>(inCell);
        for (var k = 0; k < sorted.Length; k++)
        {
            if (!inThisCell.Contains(sorted[k]))
            {
                continue;
            }

            for (var w = Math.Max(0, k - Window); w <= Math.Min(sorted.Length - 1, k + Window); w++)
            {
                Add(sorted[k], sorted[w], pairs);
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

    /// <summary>
    /// A pair packs two record indexes as (a &lt;&lt; 32) | b. The default hash of a long, a XOR b, gives every pair of
    /// 1,000 records one of only 1,024 values, which made this set quadratic: 100 s for 1,000 records at one
    /// address. Fibonacci hashing mixes both halves.
    /// </summary>
    internal sealed class PairHash : IEqualityComparer<long>
    {
        public static readonly PairHash Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
    }
}
