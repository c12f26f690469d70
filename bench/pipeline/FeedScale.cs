namespace DataInclusion.Pipeline.Bench;

/// <summary>A feed size: <c>national</c> is about today's national offer, <c>x3</c> the growth the pipeline must absorb.</summary>
internal sealed record FeedScale(string Name, int Structures, int Services)
{
    public static readonly FeedScale[] All =
    [
        new("small", 2_000, 3_000),
        new("national", 100_000, 150_000),
        new("x3", 300_000, 450_000),
    ];

    public int Rows => Structures + Services;

    public static FeedScale? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
