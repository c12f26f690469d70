using System.Diagnostics.CodeAnalysis;

namespace DataInclusion.Normalize.Internal;

/// <summary>Rules on référentiel values and on lists (non-empty, no duplicates, tous-publics alone).</summary>
internal sealed partial class IssueCollector
{
    public void EnumValue(string field, string? value, Referentiel referentiel)
    {
        if (value is not null && !referentiel.Contains(value))
        {
            Unknown(field, field, value, referentiel);
        }
    }

    public void EnumList(string field, IReadOnlyList<string>? values, Referentiel referentiel, bool requireOne = false)
    {
        if (!ListShape(field, values, requireOne))
        {
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value || !referentiel.Contains(value))
            {
                Unknown($"{field}[{i}]", field, values[i], referentiel);
            }
        }
    }

    /// <summary>schema v1 <c>publics</c>: <c>tous-publics</c> excludes every other value.</summary>
    public void TousPublicsAlone(IReadOnlyList<string>? publics)
    {
        if (publics is { Count: > 1 } && publics.Contains("tous-publics"))
        {
            Add("publics", "publics.tous-publics-exclusif", IssueSeverity.Error, string.Join(",", publics),
                "La valeur « tous-publics » du champ `publics` ne peut pas être combinée avec d'autres valeurs.");
        }
    }

    /// <summary>Checks minItems and uniqueItems; returns false when there is nothing more to check.</summary>
    private bool ListShape(string field, [NotNullWhen(true)] IReadOnlyList<string>? values, bool requireOne)
    {
        if (values is null)
        {
            return false;
        }

        if (values.Count == 0)
        {
            if (requireOne)
            {
                Add(field, $"{field}.vide", IssueSeverity.Error, null, $"Le champ `{field}` doit contenir au moins une valeur (ou être absent).");
            }

            return false;
        }

        var seen = new HashSet<string?>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (!seen.Add(values[i]))
            {
                Add($"{field}[{i}]", $"{field}.doublon", IssueSeverity.Error, values[i], $"La valeur « {values[i]} » est en double dans le champ `{field}`.");
            }
        }

        return true;
    }

    private void Unknown(string path, string field, string? value, Referentiel referentiel)
    {
        var suggestion = value is null ? null : referentiel.Suggest(value);
        var message = $"La valeur « {value} » n'existe pas dans le référentiel `{referentiel.Name}` du champ `{field}`.";
        if (suggestion is not null)
        {
            message += $" Vouliez-vous dire « {suggestion} » ?";
        }

        Add(path, $"{field}.inconnu", IssueSeverity.Error, value, message);
    }
}
