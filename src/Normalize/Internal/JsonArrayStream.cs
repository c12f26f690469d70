using System.Text.Json;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Reads the records of a JSON document (a top-level array, or an array under one of the given properties of a
/// top-level object) one element at a time, in the memory of one record. Two passes over the document's stream: the
/// first checks the whole document token by token (keeping no tree) and finds the array, so that a malformed,
/// truncated or misshapen document gives no record at all, as when it was parsed whole; the second hands out each
/// element, parsed alone, while the caller maps it.
/// </summary>
internal static class JsonArrayStream
{
    /// <summary>
    /// Each record with its index in the array; the element is valid until the next one is asked for. An unreadable
    /// document gives one located issue (where the JSON breaks, and in which record) and no record.
    /// </summary>
    /// <param name="arrayProperties">Properties of a top-level object that may hold the array, the first one holding an array wins.</param>
    public static IEnumerable<(int Index, JsonElement Record)> Read(RawDocument document, List<ValidationIssue> issues, params string[] arrayProperties)
    {
        if (!TryLocate(document, issues, arrayProperties, out var property))
        {
            yield break;
        }

        using var stream = document.OpenRead();
        using var reader = new JsonChunkReader(stream);
        MoveToArray(reader, property);
        for (var index = 0; NextRecord(reader, document, index, issues) is { } json; index++)
        {
            // The element is valid until its document is disposed: when the caller asks for the next one.
            using (json)
            {
                yield return (index, json.RootElement);
            }
        }
    }

    private static bool TryLocate(RawDocument document, List<ValidationIssue> issues, string[] arrayProperties, out string? property)
    {
        property = null;
        var scan = new Scan(arrayProperties);
        try
        {
            using var stream = document.OpenRead();
            using var reader = new JsonChunkReader(stream);
            scan.Run(reader);
        }
        catch (JsonException e)
        {
            var where = scan.Record is { } index ? $"enregistrement [{index}] : " : string.Empty;
            issues.Add(MappingIssues.UnreadableDocument(document, where + e.Message));
            return false;
        }

        if (scan.Top != JsonTokenType.StartArray && scan.Found is null)
        {
            var expected = arrayProperties.Length == 0 ? "un tableau" : $"un tableau (ou un objet avec `{string.Join("`/`", arrayProperties)}`)";
            issues.Add(MappingIssues.UnreadableDocument(document, $"{expected} d'enregistrements est attendu."));
            return false;
        }

        property = scan.Top == JsonTokenType.StartArray ? null : scan.Found;
        return true;
    }

    /// <summary>Reads up to the array's first token: the top-level one, or the first value of <paramref name="property"/> that is an array.</summary>
    private static void MoveToArray(JsonChunkReader reader, string? property)
    {
        string[] names = property is null ? [] : [property];
        var pending = false;
        while (reader.Next(names))
        {
            if (property is null || (pending && reader.TokenType == JsonTokenType.StartArray && reader.Depth == 1))
            {
                return;
            }

            pending = reader.Depth == 1 && reader.PropertyName is not null;
        }
    }

    /// <summary>The next element parsed alone (nesting bounded), or null at the array's end or where reading fails (then with an issue).</summary>
    private static JsonDocument? NextRecord(JsonChunkReader reader, RawDocument document, int index, List<ValidationIssue> issues)
    {
        try
        {
            return reader.NextValue(out var bytes) ? JsonDocument.Parse(JsonDepth.Bound(bytes), JsonRead.DocumentOptions) : null;
        }
        catch (JsonException e)
        {
            // Checked whole by the first pass, so only a document that changed in between (or a freak element) gets here.
            issues.Add(MappingIssues.UnreadableDocument(document, $"enregistrement [{index}] : {e.Message} La suite du document est ignorée."));
            return null;
        }
    }

    /// <summary>The first pass: the top-level token, the best property holding an array, the record being read (for errors).</summary>
    private sealed class Scan(string[] arrayProperties)
    {
        /// <summary>Keeps the second pass's memory bound: an element must fit the reader's buffer with room to spare.</summary>
        private const long MaxRecordBytes = JsonChunkReader.MaxValueBytes - (64 * 1024);

        public JsonTokenType Top { get; private set; } = JsonTokenType.None;

        public string? Found { get; private set; }

        /// <summary>The index of the element being read when inside a record array, else null.</summary>
        public int? Record { get; private set; }

        public void Run(JsonChunkReader reader)
        {
            string? pending = null;
            var recordDepth = -1;
            var count = 0;
            var recordStart = 0L;
            while (true)
            {
                var before = reader.Position;
                if (!reader.Next(arrayProperties))
                {
                    return;
                }

                var (type, depth) = (reader.TokenType, reader.Depth);
                if (Top == JsonTokenType.None)
                {
                    Top = type;
                    recordDepth = type == JsonTokenType.StartArray ? 1 : -1;
                    continue;
                }

                if (Top == JsonTokenType.StartObject && depth == 1)
                {
                    (pending, recordDepth, Record, count) = Property(type, reader.PropertyName, pending, recordDepth, count);
                    continue;
                }

                if (depth != recordDepth)
                {
                    continue;
                }

                if (type is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    (Record, recordStart) = (count++, before);
                    continue;
                }

                if (type is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    Check(reader.Position - recordStart);
                    Record = null;
                    continue;
                }

                Record = count++;
                Check(reader.Position - before);
                Record = null;
            }
        }

        /// <summary>A token of the top-level object: a property name, or the start or end of a property's value.</summary>
        private (string? Pending, int RecordDepth, int? Record, int Count) Property(JsonTokenType type, string? name, string? pending, int recordDepth, int count)
        {
            if (type == JsonTokenType.PropertyName)
            {
                return (name, -1, null, 0);
            }

            if (type == JsonTokenType.StartArray && pending is not null)
            {
                // The first listed property wins over a later-listed one, wherever each is in the object.
                if (Found is null || Array.IndexOf(arrayProperties, pending) < Array.IndexOf(arrayProperties, Found))
                {
                    Found = pending;
                }

                return (null, 2, null, 0);
            }

            return (null, type == JsonTokenType.EndArray ? -1 : recordDepth, null, count);
        }

        private static void Check(long bytes)
        {
            if (bytes > MaxRecordBytes)
            {
                throw new JsonException($"l'enregistrement dépasse {MaxRecordBytes / (1024 * 1024)} Mo.");
            }
        }
    }
}
