using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Adds <c>courriel_personnel</c> (issue 9 §1, migration 0080) to a structure's or service's normalised JSON, so that
/// the publication fills the mart column of that name like any other field. Present only when the record has an
/// e-mail: null then means "no e-mail to judge", which the dumps read as "nothing to hide".
/// </summary>
internal static class PersonalEmailJson
{
    /// <summary><paramref name="recordJson"/> (a serialised record: a JSON object) with the flag appended, as text.</summary>
    public static string Append(string recordJson, string? courriel)
    {
        if (string.IsNullOrWhiteSpace(courriel))
        {
            return recordJson;
        }

        var flag = PersonalEmail.IsPersonal(courriel) ? "true" : "false";
        return string.Concat(recordJson.AsSpan(0, recordJson.Length - 1), ",\"courriel_personnel\":", flag, "}");
    }
}
