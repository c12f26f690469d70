using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DataInclusion.Normalize.Internal;

/// <summary>Collects the issues of one record; each method checks one schema v1 rule on one field.</summary>
internal sealed partial class IssueCollector(string resourceType, string recordId)
{
    private static readonly DateOnly s_minDateMaj = new(2000, 1, 1);

    private readonly List<ValidationIssue> _issues = [];

    public IReadOnlyList<ValidationIssue> Issues => _issues;

    public void Add(string field, string code, IssueSeverity severity, string? value, string message) =>
        _issues.Add(new ValidationIssue(resourceType, recordId, field, code, severity, value, message));

    public bool Required(string field, [NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Add(field, "required", IssueSeverity.Error, value, $"Le champ `{field}` est obligatoire.");
            return false;
        }

        return true;
    }

    public void Length(string field, string? value, int min, int max)
    {
        if (value is not null && (value.Length < min || value.Length > max))
        {
            Add(field, $"{field}.longueur", IssueSeverity.Error, value,
                $"Le champ `{field}` doit contenir entre {min} et {max} caractères (ici {value.Length}).");
        }
    }

    /// <summary>schema v1 <c>nom</c>: 3–150 characters; a final "." is a warning, except for "etc.".</summary>
    public void Nom(string? value)
    {
        if (!Required("nom", value))
        {
            return;
        }

        Length("nom", value, 3, 150);
        if (value.EndsWith('.') && !value.EndsWith("etc.", StringComparison.OrdinalIgnoreCase))
        {
            Add("nom", "nom.point-final", IssueSeverity.Warning, value, "Le champ `nom` ne devrait pas se terminer par un point.");
        }
    }

    /// <summary>schema v1 <c>date_maj</c>: required, between 2000-01-01 and today.</summary>
    public void DateMaj(DateOnly value, DateOnly today)
    {
        var text = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (value == default)
        {
            Add("date_maj", "required", IssueSeverity.Error, null, "Le champ `date_maj` est obligatoire.");
        }
        else if (value < s_minDateMaj)
        {
            Add("date_maj", "date_maj.ancienne", IssueSeverity.Error, text, "Le champ `date_maj` doit être postérieur au 1er janvier 2000.");
        }
        else if (value > today)
        {
            Add("date_maj", "date_maj.future", IssueSeverity.Error, text, "Le champ `date_maj` ne peut pas être dans le futur.");
        }
    }

    public void Url(string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > 2083)
        {
            Add(field, $"{field}.longueur", IssueSeverity.Error, value, $"Le champ `{field}` ne doit pas dépasser 2083 caractères.");
        }
        else if (!Formats.IsHttpUrl(value))
        {
            Add(field, $"{field}.format", IssueSeverity.Error, value,
                $"Le champ `{field}` doit être une URL complète commençant par http:// ou https://.");
        }
    }

    public void Email(string field, string? value)
    {
        if (value is not null && !Formats.IsEmail(value))
        {
            Add(field, $"{field}.format", IssueSeverity.Error, value, $"Le champ `{field}` doit être une adresse électronique valide.");
        }
    }

    public void Range(string field, double? value, double min, double? max)
    {
        if (value is { } v && (v < min || v > max || double.IsNaN(v)))
        {
            var bounds = max is null
                ? $"supérieur ou égal à {min.ToString(CultureInfo.InvariantCulture)}"
                : $"compris entre {min.ToString(CultureInfo.InvariantCulture)} et {max.Value.ToString(CultureInfo.InvariantCulture)}";
            Add(field, $"{field}.plage", IssueSeverity.Error, v.ToString(CultureInfo.InvariantCulture), $"Le champ `{field}` doit être {bounds}.");
        }
    }
}
