using FsCheck;
using FsCheck.Fluent;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>
/// One hostile record, described independently of any source: it starts from one of the source's good records
/// (<see cref="BaseSeed"/>), gets hostile values at some of its paths, an unusable name and, unless
/// <see cref="KeepId"/>, an unusable id; or it is replaced whole by a hostile fragment (a string, a number, a deep array...).
/// </summary>
public sealed record HostileRecord(
    int BaseSeed, IReadOnlyList<(int PathSeed, string Fragment)> Mutations, string InvalidName, bool KeepId, string InvalidId, string? Whole)
{
    public override string ToString() =>
        Whole is not null
            ? $"whole: {Shorten(Whole)}"
            : $"base {BaseSeed}, name {InvalidName}, id {(KeepId ? "kept" : InvalidId)}, mutations [{string.Join(", ", Mutations.Select(m => $"{m.PathSeed}: {Shorten(m.Fragment)}"))}]";

    private static string Shorten(string text) => text.Length <= 60 ? text : $"{text[..40]}…({text.Length} chars)";
}

/// <summary>The hostile records mixed into a payload after its good records.</summary>
public sealed record HostileBatch(IReadOnlyList<HostileRecord> Records)
{
    public override string ToString() => string.Join(Environment.NewLine, Records.Select((r, i) => $"#{i} {r}"));
}

/// <summary>FsCheck arbitraries, registered with <c>[Property(Arbitrary = [typeof(HostileArbitraries)])]</c>.</summary>
public static class HostileArbitraries
{
    private static readonly string[] s_invalidIds = ["null", "\"\"", "\"   \"", "{}", "[]", "[null]"];

    public static Arbitrary<HostileBatch> Batch() => Arb.From(
        from count in Gen.Choose(1, 4)
        from records in Record().ListOf(count)
        select new HostileBatch(records.ToList()));

    private static Gen<HostileRecord> Record() =>
        from baseSeed in Gen.Choose(0, 1000)
        from mutationCount in Gen.Choose(0, 4)
        from mutations in (from seed in Gen.Choose(0, 1000) from fragment in HostileJson.Fragment select (seed, fragment)).ListOf(mutationCount)
        from name in Gen.Elements(HostileJson.InvalidNames)
        from keepId in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from invalidId in Gen.Elements(s_invalidIds)
        from whole in Gen.Frequency((5, Gen.Constant<string?>(null)), (1, HostileJson.Fragment.Select(f => (string?)f)))
        select new HostileRecord(baseSeed, mutations.ToList(), name, keepId, invalidId, whole);
}
