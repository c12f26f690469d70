namespace DataInclusion.GraphQL.Language;

/// <summary>
/// Per-thread scratch lists of the parser: a parsed list then costs one exact-size array instead of a List that grew
/// by doubling. Parsing is synchronous, so a thread's lists are never shared; one lost to a syntax error is collected.
/// </summary>
internal static class ScratchList<T>
{
    private const int MaxKeptCapacity = 256;

    [ThreadStatic]
    private static Stack<List<T>>? t_pool;

    public static List<T> Rent() => t_pool is { Count: > 0 } pool ? pool.Pop() : new List<T>(8);

    public static T[] ToArrayAndReturn(List<T> list)
    {
        var array = list.ToArray();
        list.Clear();
        if (list.Capacity <= MaxKeptCapacity)
        {
            (t_pool ??= new Stack<List<T>>()).Push(list);
        }

        return array;
    }
}
