using System.Diagnostics.CodeAnalysis;

namespace DataInclusion.Normalize;

/// <summary>A SIRET: 14 digits, SIREN (9) + NIC (4) + check digit (interop.md §5.4).</summary>
public readonly record struct Siret
{
    // La Poste's establishments share this SIREN; their SIRETs use a digit-sum rule instead of Luhn.
    private const string LaPosteSiren = "356000000";

    private Siret(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public string Siren => Value[..9];

    /// <summary>True when the check digit is right: Luhn over the 14 digits, or for La Poste a digit sum multiple of 5.</summary>
    public bool HasValidKey => HasValidCheckDigit(Value);

    /// <summary>Accepts exactly 14 ASCII digits; the key is not checked (see <see cref="HasValidKey"/>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Siret siret)
    {
        if (text is { Length: 14 } && text.All(char.IsAsciiDigit))
        {
            siret = new Siret(text);
            return true;
        }

        siret = default;
        return false;
    }

    public static Siret Parse(string text) =>
        TryParse(text, out var siret) ? siret : throw new FormatException($"'{text}' is not a 14-digit SIRET.");

    /// <summary>Checks the key of a 14-digit SIRET or a 9-digit SIREN; false for anything else.</summary>
    public static bool HasValidCheckDigit(string? digits)
    {
        if (digits is null || (digits.Length != 14 && digits.Length != 9) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (digits.Length == 14 && digits.StartsWith(LaPosteSiren, StringComparison.Ordinal) && !IsLuhnValid(digits))
        {
            return digits.Sum(c => c - '0') % 5 == 0;
        }

        return IsLuhnValid(digits);
    }

    public override string ToString() => Value ?? string.Empty;

    private static bool IsLuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            // Double every second digit counting from the right (the check digit itself is not doubled).
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
