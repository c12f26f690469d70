namespace DataInclusion.Sources;

/// <summary>Environment variable names of a source: <c>&lt;SOURCE&gt;_API_URL</c>, <c>&lt;SOURCE&gt;_API_TOKEN</c>...</summary>
public static class SourceEnvironment
{
    /// <summary><c>mediation-numerique</c> → <c>MEDIATION_NUMERIQUE</c>.</summary>
    public static string Prefix(string source) => source.Replace('-', '_').ToUpperInvariant();

    /// <summary>The variable's value, or null when unset or blank.</summary>
    public static string? Get(Func<string, string?>? getVariable, string name) =>
        (getVariable ?? Environment.GetEnvironmentVariable)(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>An absolute URL from a variable, or <paramref name="fallback"/> when it is unset.</summary>
    public static Uri Url(Func<string, string?>? getVariable, string name, Uri fallback) =>
        Get(getVariable, name) is { } value
            ? Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new FormatException($"{name} is not an absolute URL: '{value}'")
            : fallback;
}
