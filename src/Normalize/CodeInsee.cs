using System.Diagnostics.CodeAnalysis;

namespace DataInclusion.Normalize;

/// <summary>A commune code of the INSEE COG: 5 characters, digits, Corsica as 2A/2B (schema v1 <c>CodeCommune</c>).</summary>
public readonly record struct CodeInsee
{
    private CodeInsee(string value)
    {
        Value = value;
    }

    public string Value { get; }

    /// <summary>The département: 3 digits overseas (97x, 98x), else 2 characters.</summary>
    public string Departement => Value.StartsWith("97", StringComparison.Ordinal) || Value.StartsWith("98", StringComparison.Ordinal)
        ? Value[..3]
        : Value[..2];

    public static bool TryParse([NotNullWhen(true)] string? text, out CodeInsee code)
    {
        if (IsValid(text))
        {
            code = new CodeInsee(text);
            return true;
        }

        code = default;
        return false;
    }

    public static CodeInsee Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a commune code.");

    public static bool IsValid([NotNullWhen(true)] string? text) =>
        text is { Length: 5 }
        && (IsDigits(text.AsSpan(0, 2)) || text.StartsWith("2A", StringComparison.Ordinal) || text.StartsWith("2B", StringComparison.Ordinal))
        && IsDigits(text.AsSpan(2));

    public override string ToString() => Value ?? string.Empty;

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
