using System.Globalization;
using DataInclusion.GraphQL;
using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.Api;

/// <summary>
/// The searches' bulkhead (issue 8): <c>search</c> and <c>searchServices</c>, GraphQL and REST, run at most
/// <see cref="SearchGateOptions.MaxConcurrency"/> statements at a time; the others wait in line, at most
/// <see cref="SearchGateOptions.QueueTimeout"/>, then get <see cref="SearchBusyException"/>. A burst of searches thus
/// holds a bounded share of the connections and cores, and lists and lookups, which do not pass here, keep answering.
/// </summary>
internal sealed class SearchGate(SearchGateOptions options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.EffectiveMaxConcurrency, options.EffectiveMaxConcurrency);

    public SearchGateOptions Options => options;

    /// <summary>The gate the configuration's <c>Api:Search</c> section describes (defaults when absent).</summary>
    public static SearchGate FromConfiguration(IConfiguration configuration)
    {
        var options = new SearchGateOptions();
        configuration.GetSection(SearchGateOptions.SectionName).Bind(options);
        return new SearchGate(options);
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>Runs <paramref name="work"/> once a slot is free; the wait ends with the caller's cancellation or the queue timeout.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (!await _slots.WaitAsync(options.QueueTimeout, cancellationToken))
        {
            throw new SearchBusyException(options.QueueTimeout);
        }

        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }
}

/// <summary>Settings of <see cref="SearchGate"/>, section <c>Api:Search</c> (<c>Api__Search__MaxConcurrency</c>, <c>Api__Search__QueueTimeout</c>).</summary>
internal sealed class SearchGateOptions
{
    public const string SectionName = "Api:Search";

    /// <summary>Searches running at once; 0 or less means the processor count.</summary>
    public int MaxConcurrency { get; set; }

    /// <summary>How long a search may wait for a slot before it is refused.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int EffectiveMaxConcurrency => MaxConcurrency > 0 ? MaxConcurrency : Environment.ProcessorCount;
}

/// <summary>A search refused because every slot stayed busy for the queue timeout: GraphQL error code <c>SEARCH_BUSY</c>, REST 503.</summary>
internal sealed class SearchBusyException(TimeSpan waited) : GraphQLException(new GraphQLError(
    string.Create(CultureInfo.InvariantCulture, $"Trop de recherches en cours : réessayez dans quelques secondes (attente de {waited.TotalSeconds:0.#} s dépassée)."),
    extensions: new Dictionary<string, object?> { ["code"] = ErrorCode }))
{
    public const string ErrorCode = "SEARCH_BUSY";
}
