namespace DataInclusion.Normalize.Validation;

/// <summary>Reading the files: workbooks by sheet, zips by entry, one-entity files by name or content.</summary>
internal sealed partial class ValidationRun
{
    // The pipeline forces `source` to the producer's slug: its absence in the file is no error of the producer's.
    private const string PlaceholderSource = "validation";

    private static readonly (string Sheet, string Stream)[] s_sheets =
    [
        ("Structures", V1FeedMapper.StructuresStream),
        ("Services", V1FeedMapper.ServicesStream),
    ];

    public void Read(ValidationInput input)
    {
        var isZip = InputDocuments.IsZip(input.Content.Span);
        if (isZip && !InputDocuments.IsWorkbook(input.Content))
        {
            ReadZip(input.FileName, input.Content);
        }
        else if (isZip || input.MediaType == InputDocuments.Xlsx)
        {
            ReadWorkbook(input.FileName, input.Content);
        }
        else
        {
            ReadEntityFile(input.FileName, input.Content, input.MediaType);
        }
    }

    private void ReadZip(string file, ReadOnlyMemory<byte> content)
    {
        IReadOnlyList<(string Name, byte[] Content)> files;
        try
        {
            files = SafeArchive.ReadFiles(content, limits);
        }
        catch (UnsafeArchiveException e)
        {
            AddDocumentFinding(file, null, "document.illisible", IssueSeverity.Error, $"Le fichier « {file} » est refusé : {e.Message}");
            return;
        }

        foreach (var (name, bytes) in files.Where(f => !f.Name.StartsWith('.')))
        {
            var inner = $"{file}/{name}";
            switch (InputDocuments.MediaTypeOf(name))
            {
                case null:
                    AddDocumentFinding(inner, null, "document.format-inconnu", IssueSeverity.Warning,
                        $"Le fichier « {name} » de l'archive est ignoré : formats acceptés CSV, JSON, NDJSON et XLSX.");
                    break;
                case InputDocuments.Xlsx:
                    ReadWorkbook(inner, bytes);
                    break;
                case var mediaType:
                    ReadEntityFile(inner, bytes, mediaType);
                    break;
            }
        }
    }

    private void ReadWorkbook(string file, ReadOnlyMemory<byte> content)
    {
        IReadOnlyList<string> sheets;
        try
        {
            sheets = V1FeedMapper.WorkbookSheets(content);
        }
        catch (UnsafeArchiveException e)
        {
            AddDocumentFinding(file, null, "document.illisible", IssueSeverity.Error, $"Le fichier « {file} » est refusé : {e.Message}");
            return;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException)
        {
            AddDocumentFinding(file, null, "document.illisible", IssueSeverity.Error, $"Le fichier « {file} » est illisible : classeur XLSX attendu.");
            return;
        }

        var found = s_sheets.Where(s => sheets.Any(n => string.Equals(n.Trim(), s.Sheet, StringComparison.OrdinalIgnoreCase))).ToList();
        if (found.Count == 0)
        {
            AddDocumentFinding(file, null, "document.feuille-absente", IssueSeverity.Error,
                $"Le classeur doit contenir une feuille « Structures » et une feuille « Services » (feuilles trouvées : {string.Join(", ", sheets.Select(n => $"« {n} »"))}).");
            return;
        }

        foreach (var (sheet, stream) in s_sheets.Except(found))
        {
            AddDocumentFinding(file, null, "document.feuille-absente", IssueSeverity.Warning,
                $"La feuille « {sheet} » est absente du classeur : seules les autres données sont vérifiées.");
        }

        foreach (var (_, stream) in found)
        {
            ReadDocument(new RawDocument(stream, file, content, InputDocuments.Xlsx));
        }
    }

    private void ReadEntityFile(string file, ReadOnlyMemory<byte> content, string mediaType) =>
        ReadDocument(new RawDocument(InputDocuments.StreamOf(file, content.Span), file, content, mediaType));

    private void ReadDocument(RawDocument document)
    {
        var documentIssues = new List<ValidationIssue>();
        if (document.Stream == V1FeedMapper.StructuresStream)
        {
            _structuresGiven = true;
            var records = V1FeedMapper.ReadLocatedStructures(document, documentIssues);
            Check(document, ValidationIssue.StructureType, records, _structures,
                s => rules.Validate(s with { Source = string.IsNullOrWhiteSpace(s.Source) ? PlaceholderSource : s.Source }));
        }
        else
        {
            var records = V1FeedMapper.ReadLocatedServices(document, documentIssues);
            Check(document, ValidationIssue.ServiceType, records, _services,
                s => rules.Validate(s with { Source = string.IsNullOrWhiteSpace(s.Source) ? PlaceholderSource : s.Source }));
        }

        foreach (var issue in documentIssues)
        {
            AddDocumentFinding(document.Name, null, issue.Code, issue.Severity, issue.Message);
        }
    }

    private void Check<T>(RawDocument document, string resourceType, IReadOnlyList<LocatedRecord<T>> records, List<Entry<T>> entries,
        Func<T, IReadOnlyList<ValidationIssue>> validate)
        where T : class
    {
        var sheet = records.Select(r => r.Location?.Sheet).FirstOrDefault(s => s is not null)
            ?? (InputDocuments.IsZip(document.Content.Span) ? (resourceType == ValidationIssue.ServiceType ? "Services" : "Structures") : null);
        var part = PartOf(document.Name, sheet, resourceType);
        foreach (var located in records)
        {
            part.Records++;
            if (located.Record is null || located.Location is null)
            {
                part.Invalid++;
                if (located.Unreadable is { } unreadable)
                {
                    AddFinding(part, located.Location, null, unreadable);
                }

                continue;
            }

            var entry = new Entry<T>(part, located.Location, located.Record);
            entries.Add(entry);
            foreach (var issue in validate(located.Record))
            {
                AddFinding(part, located.Location, issue.RecordId, issue, entry.MarkInvalid);
            }
        }
    }
}
