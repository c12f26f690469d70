using DataInclusion.Normalize;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// One published field of an entity: its v1 name, how its values are typed in every format, and what the data package
/// says of it (required, référentiel, pattern).
/// </summary>
internal sealed record DumpColumn(string Name, DumpKind Kind, bool Required = false, Referentiel? Referentiel = null, string? Pattern = null);

/// <summary>The value types of a dump row: what a reader finds in <c>object?[]</c> and how each format writes it.</summary>
internal enum DumpKind
{
    /// <summary>A <see cref="string"/>.</summary>
    Text,

    /// <summary>A <see cref="string"/> holding a phone number: left as it is in spreadsheets when it is one.</summary>
    Phone,

    /// <summary>A non-empty <see cref="string"/> array (an empty list is exported as null).</summary>
    List,

    /// <summary>A <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>A <see cref="double"/>.</summary>
    Number,

    /// <summary>An <see cref="int"/>.</summary>
    Integer,
}
