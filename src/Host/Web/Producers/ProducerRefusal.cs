namespace DataInclusion.Host.Web.Producers;

/// <summary>Why a producer's request is refused: HTTP status, stable code and a French message for the producer.</summary>
internal sealed record ProducerRefusal(int Status, string Code, string Message, TimeSpan? RetryAfter = null);
