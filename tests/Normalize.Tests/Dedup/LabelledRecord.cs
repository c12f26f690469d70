using DataInclusion.Normalize;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>A structure of the labelled set with its written truth: records of one physical place share <see cref="Truth"/>.</summary>
public sealed record LabelledRecord(string Family, string Truth, Structure Structure);
