using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Adds <c>courriel_personnel</c> (issue 9 §1, migration 0080) to a structure's or service's normalised JSON, so that
/// the publication fills the mart column of that name like any other field. Present only when the record has an
/// e-mail: null then means "no e-mail to judge", which the dumps read as "nothing to hide".
/// </summary>
internal static class PersonalEmailJson
{
    /// <summary>Appends the flag to the record in <paramref name="recordJson"/> (a serialised record: a JSON object).</summary>
    public static void Append(JsonObjectBuffer recordJson, string? courriel)
    {
        if (string.IsNullOrWhiteSpace(courriel))
        {
            return;
        }

        recordJson.AppendRaw(PersonalEmail.IsPersonal(courriel) ? ",\"courriel_personnel\":true"u8 : ",\"courriel_personnel\":false"u8);
    }
}
