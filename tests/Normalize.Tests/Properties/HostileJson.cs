using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>
/// Generators of hostile JSON fragments (raw text, so that values System.Text.Json would refuse to build, like 1e400
/// or 300 levels of nesting, can still be sent): nulls, wrong types, huge and tiny numbers, 10,000-character strings,
/// nested arrays, deep nesting, empty objects.
/// </summary>
public static class HostileJson
{
    private static readonly string[] s_fixed =
    [
        "null", "true", "false", "0", "-1", "3.14", "1e400", "-1e400", "1.5e-400", "123456789012345678901234567890",
        "\"\"", "\"   \"", "\"\\u0000\"", "\"null\"", "\"NaN\"", "\"2026-13-45\"", "\"0001-01-01\"", "\"9999-12-31T23:59:59+14:00\"",
        "{}", "[]", "[null]", "[1,[2,[3]]]", "[{}]", "[\"a\",1,null,{}]", "{\"a\":{\"b\":[]}}", "[\"\",\"   \"]",
        "\"\\ud800\"", "\"😀😀😀\"", "\"<p>html &amp; <b>tags</b></p>\"",
    ];

    /// <summary>Values that can never be a valid <c>nom</c>, even after clean-up and fallbacks.</summary>
    public static readonly string[] InvalidNames = ["null", "\"\"", "\"   \"", "{}", "[]", "[[[]]]", "\"ab\"", "{\"fr\":null}", "[null]"];

    /// <summary>Any hostile fragment.</summary>
    public static Gen<string> Fragment { get; } = Gen.Frequency(
        (6, Gen.Elements(s_fixed)),
        (2, LongString()),
        (1, DeepNesting()),
        (2, ArbMap.Default.GeneratorFor<string>().Select(s => JsonSerializer.Serialize(s ?? string.Empty))),
        (1, ArbMap.Default.GeneratorFor<double>().Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "1e999")),
        (1, Gen.Elements(s_fixed).ListOf().Select(items => "[" + string.Join(",", items) + "]")));

    /// <summary>A string of 10,000 to 20,000 characters mixing accents, quotes, line breaks and a surrogate pair.</summary>
    public static Gen<string> LongString() =>
        from length in Gen.Choose(10_000, 20_000)
        from seed in Gen.Elements("é", "a b", "\"", "\n", "😀", "\t", "x")
        select JsonSerializer.Serialize(new StringBuilder(length + 2).Insert(0, seed, length / seed.Length).ToString());

    /// <summary>Arrays or objects nested beyond the 64 levels System.Text.Json accepts by default.</summary>
    public static Gen<string> DeepNesting() =>
        from depth in Gen.Choose(60, 400)
        from objects in ArbMap.Default.GeneratorFor<bool>()
        select objects
            ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
            : new string('[', depth) + new string(']', depth);
}
