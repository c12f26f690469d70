namespace DataInclusion.Normalize.Dedup;

/// <summary>Disjoint sets over record indexes (path halving, union by size), each root knowing its members.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly List<int>?[] _members;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _members = new List<int>?[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>The members of the set whose root is <paramref name="root"/>.</summary>
    public IReadOnlyList<int> Members(int root) => _members[root] ?? (IReadOnlyList<int>)[root];

    public void Union(int rootA, int rootB)
    {
        var (big, small) = Members(rootA).Count >= Members(rootB).Count ? (rootA, rootB) : (rootB, rootA);
        var merged = _members[big] ?? [big];
        merged.AddRange(Members(small));
        _members[big] = merged;
        _members[small] = null;
        _parent[small] = big;
    }
}
