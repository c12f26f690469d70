namespace DataInclusion.GraphQL.Execution;

/// <summary>A schema owner's cost hint for one field; null members keep the defaults of <see cref="CostOptions"/>.</summary>
/// <param name="Weight">Cost of one resolution of the field (default: 1 for an object or resolver field, 0 otherwise).</param>
/// <param name="ListSize">Assumed length of the list it returns when no slicing argument gives one.</param>
public sealed record FieldCost(int? Weight = null, int? ListSize = null);
