namespace DataInclusion.Host.Api;

/// <summary>What an API token may do, data·inclusion's scopes (reference §5.1): <c>admin</c> also satisfies <c>api</c>.</summary>
internal enum ApiScope
{
    /// <summary>Reads: GraphQL and the REST v1 read endpoints.</summary>
    Api,

    /// <summary>Reads, and whatever administration the API offers to tokens.</summary>
    Admin,
}
