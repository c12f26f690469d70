using DataInclusion.Normalize;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Defence in depth around a mapper: mappers are total (property-tested), but should one still throw, the documents
/// that make it throw are reported unreadable and the others are mapped together, so one bad page cannot fail the run.
/// </summary>
internal static class GuardedMapping
{
    /// <param name="documentFailed">Told about each document the mapper throws on (exception, document name).</param>
    public static MappingResult Map(ISourceMapper mapper, IReadOnlyList<RawDocument> documents, Action<Exception, string> documentFailed)
    {
        try
        {
            return mapper.Map(documents);
        }
        catch (Exception exception) when (IsRecordFault(exception))
        {
            // Mapping is pure CPU code: find the culprits one document at a time, then map the rest together so that
            // cross-document rules (services offered at every structure, orphans) still apply.
            var failing = new List<(RawDocument Document, Exception Exception)>();
            foreach (var document in documents)
            {
                try
                {
                    mapper.Map([document]);
                }
                catch (Exception documentException) when (IsRecordFault(documentException))
                {
                    failing.Add((document, documentException));
                }
            }

            if (failing.Count == 0)
            {
                // Only the combination throws: nothing can be singled out, the run fails with the original error.
                throw;
            }

            foreach (var (document, documentException) in failing)
            {
                documentFailed(documentException, document.Name);
            }

            var rest = documents.Where(d => failing.TrueForAll(f => !ReferenceEquals(f.Document, d))).ToList();
            var mapped = mapper.Map(rest);
            var issues = mapped.Issues.Concat(failing.Select(f => new ValidationIssue(
                ValidationIssue.DocumentType, f.Document.Name, string.Empty, "document.erreur-interne", IssueSeverity.Error, null,
                $"Le document « {f.Document.Name} » n'a pas pu être lu ({f.Exception.GetType().Name}) : ses enregistrements ne sont pas publiés.")));
            return mapped with { Issues = issues.ToList() };
        }
    }

    private static bool IsRecordFault(Exception exception) => exception is not (OutOfMemoryException or OperationCanceledException);
}
