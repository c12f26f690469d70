namespace DataInclusion.Normalize.Validation;

/// <summary>
/// The producers' validator: reads schema v1 files as the v1 feed mapper does (same formats, encodings, delimiters,
/// <c>__ignore__</c> rows), checks each record with the pipeline's <see cref="RecordValidator"/>, then the rules across
/// records (duplicate ids, unknown structure, commune code, postcode). One implementation behind the page, the CLI and
/// the API: they differ only in how the files arrive and how the report is shown.
/// </summary>
public sealed class FeedValidator(TimeProvider timeProvider, ArchiveLimits? archiveLimits = null)
{
    private readonly RecordValidator _rules = new(timeProvider);

    public ValidationReport Validate(IReadOnlyList<ValidationInput> inputs)
    {
        var run = new ValidationRun(_rules, archiveLimits ?? ArchiveLimits.Default);
        foreach (var input in inputs)
        {
            run.Read(input);
        }

        run.CheckAcrossRecords();
        return run.Report();
    }
}
