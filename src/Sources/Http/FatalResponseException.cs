using System.Net;

namespace DataInclusion.Sources.Http;

/// <summary>An answer that retrying cannot fix (e.g. an HTML page instead of JSON); it ends the request at once.</summary>
internal sealed class FatalResponseException(HttpStatusCode status, string cause) : Exception(cause)
{
    public HttpStatusCode Status { get; } = status;
}
