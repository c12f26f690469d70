namespace DataInclusion.Host.Api;

/// <summary>The GraphQL endpoint's settings, section <c>Api</c> (<c>Api__MaxCost</c>, <c>Api__PersistedQueries__AllowListOnly</c>…).</summary>
internal sealed class GraphQLApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Largest static cost of one request (see ApiCost); 0 turns the limit off.</summary>
    public long MaxCost { get; set; } = ApiCost.DefaultMaxCost;

    /// <summary>Parsed and validated documents kept in memory; 0 parses every request.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>
    /// Requests executing at once (<c>Api__MaxConcurrentExecutions</c>); the others wait in line, first come first
    /// served; 0 (the default) leaves them unbounded. Bounded near the API read pool's size, an admitted request finds
    /// a connection for each of its statements instead of queueing at each behind newer requests, so the portal
    /// queries of one, two or three statements all wait about as long (bench/api, issue 8). Off by default: a slot is
    /// held while a search waits for <see cref="SearchGate"/>, so a burst of searches could hold every slot.
    /// </summary>
    public int MaxConcurrentExecutions { get; set; }

    public PersistedQuerySettings PersistedQueries { get; set; } = new();

    internal sealed class PersistedQuerySettings
    {
        /// <summary>Only documents registered with <c>queries add</c> are executed.</summary>
        public bool AllowListOnly { get; set; }

        /// <summary>Documents remembered by Automatic Persisted Queries, in process; 0 turns APQ off.</summary>
        public int AutomaticCacheSize { get; set; } = 1000;

        /// <summary>How long the server trusts its copy of the registered list before reading it again.</summary>
        public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
    }
}
