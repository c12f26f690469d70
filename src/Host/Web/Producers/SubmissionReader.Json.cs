using System.Text.Json;
using DataInclusion.Host.Producers;
using DataInclusion.Normalize;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Host.Web.Producers;

/// <summary>The JSON door: each top-level array becomes that stream's payload, its bytes cut from the body as received.</summary>
internal static partial class SubmissionReader
{
    private static (IReadOnlyList<SubmittedFile>, ProducerRefusal?) FromJson(byte[] body)
    {
        var files = new List<SubmittedFile>();
        // Unlimited depth and Skip() instead of a document tree: one linear pass; a deeply nested record is the
        // mapper's finding on that record, not a reason to refuse the whole submission.
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = int.MaxValue, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ([], Shape());
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var stream = reader.GetString();
                if (stream is not (V1FeedMapper.StructuresStream or V1FeedMapper.ServicesStream))
                {
                    return ([], BadRequest("json.cle_inconnue", $"Clé « {stream} » inconnue : le corps JSON ne contient que structures et services."));
                }

                if (files.Any(f => f.Stream == stream))
                {
                    return ([], BadRequest("fichier.en_double", $"Deux listes « {stream} » : envoyez-en une seule."));
                }

                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    return ([], BadRequest("json.liste_attendue", $"« {stream} » doit être une liste d'objets du schéma v1."));
                }

                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                files.Add(new SubmittedFile(stream, null, FeedFormat.Json, body[start..end]));
            }
        }
        catch (JsonException exception)
        {
            return ([], BadRequest("json.illisible", $"Le corps n'est pas du JSON valide : {exception.Message}"));
        }

        return Checked(files);
    }

    private static ProducerRefusal Shape() => BadRequest("json.objet_attendu",
        "Le corps JSON doit être un objet {\"structures\": [...], \"services\": [...]}.");
}
