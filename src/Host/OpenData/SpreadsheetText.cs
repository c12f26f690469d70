using System.Text.RegularExpressions;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// Keeps spreadsheets from reading free text as a formula (OWASP "CSV injection"): a cell starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe. Typed values are left exact:
/// numbers and dates are written as such, and a phone number (<c>+33…</c>) is recognised and kept as it is.
/// </summary>
internal static partial class SpreadsheetText
{
    public static string Cell(string text, DumpKind kind)
    {
        if (text.Length == 0 || !IsTrigger(text[0]))
        {
            return text;
        }

        return kind == DumpKind.Phone && PhoneNumber().IsMatch(text) ? text : "'" + text;
    }

    private static bool IsTrigger(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    // A phone as producers write it: an optional +, then digits with spaces, dots or dashes between groups.
    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]*$")]
    private static partial Regex PhoneNumber();
}
