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

    /// <summary>Every candidate pair once, packed as (a &lt;&lt; 32) | b with a &lt; b, sorted.</summary>
    public static ArraySegment<long> Find(IReadOnlyList<DedupRecord> records)
    {
        // One (block, record) entry per key of each record, sorted so each block's members are one run in index
        // order: a flat array of small structs instead of a dictionary of key strings and member lists.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<BlockEntry>(records.Count * 4);
        foreach (var record in records)
        {
            foreach (var key in Keys(record, ids))
            {
                entries.Add(new BlockEntry(key, record.Index));
            }
        }

        ids = null;
        // Sorted where they are, not copied: at ×3 national size the entries are ~2 million.
        var sorted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries);
        sorted.Sort();

        var pairs = new PairList();
        var members = new List<int>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            members.Clear();
            while (end < sorted.Length && sorted[end].Key == sorted[start].Key)
            {
                members.Add(sorted[end++].Index);
            }

            if (members.Count <= SmallBlock)
            {
                AddAllPairs(members, pairs);
            }
            else
            {
                AddNeighbourPairs(members, records, pairs);
            }

            start = end;
        }

        return pairs.ToSortedDistinct();
    }

    private static void AddAllPairs(List<int> members, PairList pairs)
    {
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                Add(members[i], members[j], pairs);
            }
        }
    }

    private static void AddNeighbourPairs(List<int> members, IReadOnlyList<DedupRecord> records, PairList pairs)
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
    private static void AddWindowPairs(List<int> inCell, List<int> neighbourhood, IReadOnlyList<DedupRecord> records, PairList pairs)
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

    private static void Add(int x, int y, PairList pairs)
    {
        if (x != y)
        {
            var (a, b) = x < y ? (x, y) : (y, x);
            pairs.Add(((long)a << 32) | (uint)b);
        }
    }

    /// <summary>A block: kind ('p' commune, 'g' grid cell, 's' SIREN, 't' phone) and up to three numbers (ids of key strings, or cell row and column).</summary>
    private readonly record struct BlockKey(char Kind, int A, int B, int C);

    private readonly record struct BlockEntry(BlockKey Key, int Index) : IComparable<BlockEntry>
    {
        public int CompareTo(BlockEntry other)
        {
            var c = Key.Kind.CompareTo(other.Key.Kind);
            c = c != 0 ? c : Key.A.CompareTo(other.Key.A);
            c = c != 0 ? c : Key.B.CompareTo(other.Key.B);
            c = c != 0 ? c : Key.C.CompareTo(other.Key.C);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    private static IEnumerable<BlockKey> Keys(DedupRecord record, Dictionary<string, int> ids)
    {
        int Id(string value)
        {
            if (!ids.TryGetValue(value, out var id))
            {
                id = ids.Count;
                ids[value] = id;
            }

            return id;
        }

        foreach (var word in record.Name.Tokens)
        {
            var token = Id(word);
            if (record.Place is not null)
            {
                yield return new BlockKey('p', Id(record.Place), token, 0);
            }

            if (record.HasCoordinates)
            {
                var (row, column) = Geo.Cell(record.Latitude!.Value, record.Longitude!.Value);
                yield return new BlockKey('g', row, column, token);

                // A record without a commune code is matched by distance: it also joins the cells around its own.
                if (record.Place is not { Length: 5 })
                {
                    for (var dr = -1; dr <= 1; dr++)
                    {
                        for (var dc = -1; dc <= 1; dc++)
                        {
                            if (dr != 0 || dc != 0)
                            {
                                yield return new BlockKey('g', row + dr, column + dc, token);
                            }
                        }
                    }
                }
            }
        }

        // A SIREN block holds a SIRET block: networks publishing one SIRET everywhere are found either way.
        if (record.Siren is not null)
        {
            yield return new BlockKey('s', Id(record.Siren), 0, 0);
        }

        if (record.Phone is not null)
        {
            yield return new BlockKey('t', Id(record.Phone), 0, 0);
        }
    }

    /// <summary>
    /// Pairs as they are found, duplicates included (a pair sharing several blocks), in a growable array of longs:
    /// sorting it in place and dropping repeats costs 8 bytes a pair where a hash set cost about 24 and doubled on growth.
    /// </summary>
    private sealed class PairList
    {
        private long[] _items = new long[1 << 16];
        private int _count;

        public void Add(long pair)
        {
            if (_count == _items.Length)
            {
                // Repeats are dropped before growing: a pair found in many blocks (one address, one phone, one
                // SIREN on a network) would otherwise take its room once per block.
                Compact();
                if (_count > _items.Length / 2)
                {
                    Array.Resize(ref _items, checked(_items.Length * 2));
                }
            }

            _items[_count++] = pair;
        }

        /// <summary>The distinct pairs, sorted, in the list's own array (no copy).</summary>
        public ArraySegment<long> ToSortedDistinct()
        {
            Compact();
            var result = new ArraySegment<long>(_items, 0, _count);
            _items = [];
            return result;
        }

        private void Compact()
        {
            Array.Sort(_items, 0, _count);
            var distinct = 0;
            for (var i = 0; i < _count; i++)
            {
                if (distinct == 0 || _items[i] != _items[distinct - 1])
                {
                    _items[distinct++] = _items[i];
                }
            }

            _count = distinct;
        }
    }
}
