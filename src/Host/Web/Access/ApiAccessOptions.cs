namespace DataInclusion.Host.Web.Access;

/// <summary>The <c>Api</c> section: who may read the API and how much (issue 12 §2).</summary>
internal sealed class ApiAccessOptions
{
    public const string SectionName = "Api";

    /// <summary><c>Api__RequireToken</c>: reads without a token get 401 (default false: the referential is open data).</summary>
    public bool RequireToken { get; set; }

    /// <summary>
    /// <c>Api__TokenCacheSeconds</c>: how long a resolved token (and the list of restricted sources) is trusted, hence the
    /// longest a revocation or a <c>producers restrict</c> takes to be honoured.
    /// </summary>
    public int TokenCacheSeconds { get; set; } = 30;

    public RateLimitOptions RateLimit { get; set; } = new();

    internal sealed class RateLimitOptions
    {
        /// <summary>
        /// <c>Api__RateLimit__PerMinute</c>: requests per minute for each client address without a token and each token
        /// without its own limit; 0 switches every limit off (the load benchmark runs so).
        /// </summary>
        public int PerMinute { get; set; } = 600;
    }
}
