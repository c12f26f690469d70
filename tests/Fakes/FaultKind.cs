namespace DataInclusion.Fakes;

/// <summary>The faults a fake server can inject into one answer.</summary>
public enum FaultKind
{
    /// <summary>429 with a <c>Retry-After</c> header.</summary>
    TooManyRequests,

    /// <summary>500 with the producer's error body.</summary>
    ServerError,

    /// <summary>Waits <see cref="Fault.Delay"/> before answering normally (beyond the client's timeout).</summary>
    Slow,

    /// <summary>The normal answer, with a Content-Length for the whole body but only half of it sent, then the connection cut.</summary>
    TruncatedBody,

    /// <summary>The normal answer's headers (whole Content-Length), then its body at one byte per second: a producer stalling mid-body.</summary>
    Stall,

    /// <summary>200 with <c>application/json</c> and a body that is not the complete JSON.</summary>
    MalformedJson,

    /// <summary>The producer's maintenance answer (an HTML page with 200 for les emplois).</summary>
    MaintenancePage,

    /// <summary>401 with the producer's error body.</summary>
    Unauthorized,

    /// <summary>Answers <see cref="Fault.Response"/> verbatim.</summary>
    Custom,
}
