using System.Text;
using DataInclusion.Sources;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>A connector whose next fetch the test decides: a v1 feed, or a failure.</summary>
public sealed class ScriptedConnector(string source) : ISourceConnector
{
    public string Source => source;

    public string StructuresJson { get; set; } = "[]";

    public string ServicesJson { get; set; } = "[]";

    public Exception? Failure { get; set; }

    public Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        IReadOnlyList<RawPayload> payloads =
        [
            new("structures", new Uri("https://producer.example/structures.json"), DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(StructuresJson), "application/json"),
            new("services", new Uri("https://producer.example/services.json"), DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(ServicesJson), "application/json"),
        ];
        return Task.FromResult(payloads);
    }
}
