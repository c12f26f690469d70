namespace DataInclusion.Host.Producers;

/// <summary>One producer account (<c>ops.producers</c>), without its token hash.</summary>
/// <param name="IsRestricted">Its rows are for the API tokens granted its source only (<c>producers restrict</c>).</param>
internal sealed record ProducerAccount(
    string Slug,
    string Name,
    string? Contact,
    bool InOpenData,
    DateTimeOffset CreatedAt,
    DateTimeOffset TokenIssuedAt,
    DateTimeOffset? RevokedAt,
    ProducerFeed Feed,
    bool IsRestricted = false);
