using System.Diagnostics.CodeAnalysis;

namespace DataInclusion.Normalize;

/// <summary>A French postcode: exactly 5 digits (schema v1 <c>CodePostal</c>).</summary>
public readonly record struct CodePostal
{
    private CodePostal(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out CodePostal code)
    {
        if (IsValid(text))
        {
            code = new CodePostal(text);
            return true;
        }

        code = default;
        return false;
    }

    public static CodePostal Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a 5-digit postcode.");

    public static bool IsValid([NotNullWhen(true)] string? text) => text is { Length: 5 } && text.All(char.IsAsciiDigit);

    public override string ToString() => Value ?? string.Empty;
}
