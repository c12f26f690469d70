namespace DataInclusion.Host.Rest;

/// <summary>How a query parameter's text is read (and how the OpenAPI document types it).</summary>
internal enum RestParameterKind
{
    Text,
    /// <summary>Repeated key, FastAPI style (<c>?thematiques=a&amp;thematiques=b</c>); <c>thematiques[]=</c> is accepted too.</summary>
    Texts,
    Integer,
    Number,
    Boolean,
    /// <summary>RFC 3339 date-time with its offset, or a bare date (its midnight UTC).</summary>
    Instant,
}

/// <summary>
/// One query parameter of REST v1, in data·inclusion's name: the one description that both the request reader
/// (<see cref="RestArguments"/>) and the OpenAPI document (<see cref="RestOpenApi"/>) use, so they cannot disagree.
/// </summary>
internal sealed record RestParameter(string Name, RestParameterKind Kind, string Description, IReadOnlyList<string>? Values = null, string? Default = null)
{
    /// <summary>The endpoint metadata naming the parameters it reads (picked up by the OpenAPI operation transformer).</summary>
    internal sealed record Set(IReadOnlyList<RestParameter> Parameters);
}
