namespace DataInclusion.Fakes;

/// <summary>One scripted fault, used once by the first request it matches.</summary>
public sealed record Fault(FaultKind Kind)
{
    /// <summary>Only requests whose path and query contain this text (e.g. <c>type=orga</c>, <c>page=2</c>); null = any.</summary>
    public string? Match { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>The <c>Retry-After</c> value sent with <see cref="FaultKind.TooManyRequests"/>: seconds or an HTTP date.</summary>
    public string RetryAfter { get; init; } = "1";

    public FakeResponse? Response { get; init; }

    public static Fault TooManyRequests(string retryAfter = "1") => new(FaultKind.TooManyRequests) { RetryAfter = retryAfter };

    public static Fault ServerError() => new(FaultKind.ServerError);

    public static Fault Slow(TimeSpan delay) => new(FaultKind.Slow) { Delay = delay };

    public static Fault TruncatedBody() => new(FaultKind.TruncatedBody);

    public static Fault Stall() => new(FaultKind.Stall);

    public static Fault MalformedJson() => new(FaultKind.MalformedJson);

    public static Fault MaintenancePage() => new(FaultKind.MaintenancePage);

    public static Fault Unauthorized() => new(FaultKind.Unauthorized);

    public static Fault Respond(FakeResponse response) => new(FaultKind.Custom) { Response = response };

    /// <summary>Restricts the fault to requests whose path and query contain <paramref name="text"/>.</summary>
    public Fault On(string text) => this with { Match = text };
}
