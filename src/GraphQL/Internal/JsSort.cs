namespace DataInclusion.GraphQL.Internal;

/// <summary>
/// Sorts as V8's Array.prototype.sort does for short arrays (a run detection, then binary insertion sort), so that
/// comparators that are not total orders (graphql-js suggestion ordering) give the same order as graphql-js.
/// </summary>
internal static class JsSort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var count = items.Count;
        if (count < 2)
        {
            return;
        }

        // CountAndMakeRun: the longest ascending (or strictly descending, then reversed) prefix.
        var runEnd = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        while (runEnd < count)
        {
            var order = compare(items[runEnd], previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[runEnd];
            runEnd++;
        }

        if (descending)
        {
            items.Reverse(0, runEnd);
        }

        for (var i = runEnd; i < count; i++)
        {
            var pivot = items[i];
            int left = 0, right = i;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            items.RemoveAt(i);
            items.Insert(left, pivot);
        }
    }
}
