namespace DataInclusion.Fakes;

/// <summary>The faults still to inject, in order; each is consumed by the first request it matches.</summary>
public sealed class FaultScript
{
    private readonly Lock _lock = new();
    private readonly List<Fault> _pending = [];

    public int Pending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    public void Enqueue(Fault fault, int times = 1)
    {
        lock (_lock)
        {
            for (var i = 0; i < times; i++)
            {
                _pending.Add(fault);
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _pending.Clear();
        }
    }

    internal Fault? TryTake(string pathAndQuery)
    {
        lock (_lock)
        {
            var index = _pending.FindIndex(f => f.Match is null || pathAndQuery.Contains(f.Match, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            _pending.RemoveAt(index);
            return fault;
        }
    }
}
