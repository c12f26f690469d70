using System.Text;

namespace DataInclusion.Fakes;

/// <summary>What a fake answers: status, media type, body and extra headers.</summary>
public sealed record FakeResponse(int Status, string ContentType, byte[] Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static FakeResponse Json(int status, string json) => new(status, "application/json", Encoding.UTF8.GetBytes(json));

    public static FakeResponse Json(int status, byte[] json) => new(status, "application/json", json);

    public static FakeResponse Html(int status, string html) => new(status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public FakeResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
