namespace DataInclusion.Host.Producers;

/// <summary>One producer account (<c>ops.producers</c>), without its token hash.</summary>
internal sealed record ProducerAccount(
    string Slug,
    string Name,
    string? Contact,
    bool InOpenData,
    DateTimeOffset CreatedAt,
    DateTimeOffset TokenIssuedAt,
    DateTimeOffset? RevokedAt,
    ProducerFeed Feed);
