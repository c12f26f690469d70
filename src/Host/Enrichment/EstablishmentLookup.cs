using System.Collections.Concurrent;

namespace DataInclusion.Host.Enrichment;

/// <summary>
/// The status of a batch of SIRETs: from the cache when fresh, else from the API, paced to its published limit with a
/// few requests in flight, until the run's time budget is spent. Answers are cached as they come; a SIRET whose
/// request failed, or that the budget did not reach, is simply absent from the result.
/// </summary>
internal sealed class EstablishmentLookup(RechercheEntreprisesClient client, EstablishmentCache cache, RequestPacer pacer, int maxConcurrency)
{
    public async Task<IReadOnlyDictionary<string, EstablishmentStatus>> LookupAsync(
        IReadOnlyCollection<string> sirets, DateTimeOffset deadline, TimeProvider time, CancellationToken cancellationToken)
    {
        var known = await cache.ReadFreshAsync(sirets, cancellationToken);
        var missing = sirets.Where(s => !known.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        var answers = new ConcurrentBag<EstablishmentStatus>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(missing, parallel, async (siret, ct) =>
        {
            if (time.GetUtcNow() >= deadline)
            {
                return;
            }

            await pacer.WaitAsync(ct);
            if (await client.LookupAsync(siret, ct) is { } answer)
            {
                answers.Add(answer);
            }
        });

        await cache.StoreAsync(answers, cancellationToken);
        foreach (var answer in answers)
        {
            known[answer.Siret] = answer;
        }

        return known;
    }
}
