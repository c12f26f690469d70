using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Pipeline;

/// <summary>What a connector may be built from: the environment (its URL and credentials), the producers' HTTP clients and limits.</summary>
internal sealed record SourceServices(
    Func<string, string?> Environment,
    ProducerClients Producers,
    TimeProvider Time,
    ILoggerFactory LoggerFactory);
