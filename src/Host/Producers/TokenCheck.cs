namespace DataInclusion.Host.Producers;

/// <summary>What a presented producer token is.</summary>
internal enum TokenCheck
{
    /// <summary>Unknown or revoked: 401.</summary>
    Unknown,

    /// <summary>The active token of the producer named in the request.</summary>
    Valid,

    /// <summary>The active token of another producer: 403.</summary>
    OtherProducer,
}
