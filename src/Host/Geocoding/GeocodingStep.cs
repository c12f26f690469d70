using System.Text;
using System.Text.Json.Nodes;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize.Places.Geocoding;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Geocoding;

/// <summary>
/// Geocodes a batch of normalised records (issue 9 §1), between normalisation and the normalised layer: each valid
/// record's address is cleaned, answered from the cache or sent to the BAN, and the accepted answer published with its
/// provenance. The geocoder never fails a run: a timeout, an error status, a malformed or partial CSV leaves the
/// producer's values, is logged and counted in <see cref="GeocodingStats"/>, and is asked again at the next run.
/// </summary>
internal sealed class GeocodingStep(BanCsvClient client, IGeocodingCache cache, GeocoderOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>Addresses per request at most (<c>Geocoder__BatchSize</c>); the pipeline gathers its batches up to it (<see cref="GeocodingBuffer"/>).</summary>
    public int BatchSize => Math.Max(1, options.BatchSize);

    /// <summary>
    /// The step over one batch: the same records, in order, valid ones rewritten. At most
    /// <see cref="GeocoderOptions.BatchSize"/> distinct inputs go in one request.
    /// </summary>
    public async Task<IReadOnlyList<NormalizedRecord>> ApplyAsync(
        string source, Guid runId, IReadOnlyList<NormalizedRecord> batch, GeocodingStats stats, CancellationToken cancellationToken)
    {
        var records = new (JsonObject Json, GeocodingQuery Query)?[batch.Count];
        var queries = new Dictionary<string, GeocodingQuery>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].IsValid && JsonNode.Parse(batch[i].Utf8Json) is JsonObject json
                && Clean(GeocodedJson.Producer(json)) is { } query)
            {
                records[i] = (json, query);
                queries.TryAdd(query.Key, query);
            }
        }

        stats.Records += records.Count(r => r is not null);
        stats.Queries += queries.Count;
        var answers = await cache.LoadAsync(queries.Keys, cancellationToken);
        var now = time.GetUtcNow();
        var toSend = queries.Values.Where(q => GeocodingRules.NeedsGeocoding(answers.GetValueOrDefault(q.Key), now)).ToList();
        stats.FromCache += queries.Count - toSend.Count;
        foreach (var chunk in toSend.Chunk(BatchSize))
        {
            foreach (var (key, answer) in await SendAsync(source, runId, chunk, now, stats, cancellationToken))
            {
                if (answer.Result is not null || !answers.ContainsKey(key))
                {
                    answers[key] = answer;
                }
            }
        }

        var output = new NormalizedRecord[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            output[i] = records[i] is var (json, query) ? Publish(batch[i], json, query, answers.GetValueOrDefault(query.Key), stats) : batch[i];
        }

        return output;
    }

    private static GeocodingQuery? Clean(PublishedAddress producer) =>
        AddressCleaning.Clean(producer.Adresse, producer.CodePostal, producer.CodeInsee, producer.Commune, producer.CodeArrondissement);

    /// <summary>One request; every input gets an entry: its answer, or a failure (null result) to store and retry.</summary>
    private async Task<List<(string Key, CachedGeocode Answer)>> SendAsync(
        string source, Guid runId, GeocodingQuery[] chunk, DateTimeOffset now, GeocodingStats stats, CancellationToken cancellationToken)
    {
        stats.Sent += chunk.Length;
        Dictionary<int, GeocodingResult> results;
        try
        {
            results = await client.GeocodeAsync(chunk, cancellationToken);
            if (results.Count < chunk.Length)
            {
                logger.GeocodingPartial(source, runId, results.Count, chunk.Length);
                stats.Failed += chunk.Length - results.Count;
                stats.Error = $"the geocoder answered {results.Count} of {chunk.Length} addresses";
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && exception is HttpRequestException or GeocoderException or IOException or OperationCanceledException)
        {
            // OperationCanceledException without the run's cancellation is the client's timeout.
            var reason = exception is OperationCanceledException ? $"no answer within {options.Timeout.TotalSeconds:0} s" : exception.Message;
            logger.GeocodingBatchFailed(exception is HttpRequestException or IOException ? exception : null, source, runId, chunk.Length, reason);
            stats.Failed += chunk.Length;
            stats.Error = reason;
            results = [];
        }

        var entries = chunk.Select((query, i) => (query.Key, new CachedGeocode(results.GetValueOrDefault(i), now))).ToList();
        await cache.SaveAsync(entries, cancellationToken);
        return entries;
    }

    private static NormalizedRecord Publish(NormalizedRecord record, JsonObject json, GeocodingQuery query, CachedGeocode? answer, GeocodingStats stats)
    {
        var producer = GeocodedJson.Producer(json);
        var use = GeocodingRules.Decide(query, answer?.Result);
        var published = GeocodingRules.Publish(producer, answer?.Result, use);
        if (use != GeocodingUse.None)
        {
            stats.Accepted++;
        }

        GeocodedJson.Write(json, producer, published, answer);
        return record with { Utf8Json = Encoding.UTF8.GetBytes(json.ToJsonString()) };
    }
}
