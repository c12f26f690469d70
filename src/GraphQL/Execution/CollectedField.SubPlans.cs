namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// The plans of a field's sub-selections, one per runtime object type (§6.4.3 CollectSubfields), kept on the field
/// itself: a field has one runtime type, or a few for an abstract type, so a short array beats a per-execution map.
/// </summary>
internal sealed partial class CollectedField
{
    private SubPlan[] _subPlans = [];

    public CollectedField[]? GetSubPlan(Types.ObjectType objectType)
    {
        var plans = Volatile.Read(ref _subPlans);
        for (var i = 0; i < plans.Length; i++)
        {
            if (ReferenceEquals(plans[i].Type, objectType))
            {
                return plans[i].Fields;
            }
        }

        return null;
    }

    /// <summary>Adds a plan built for <paramref name="objectType"/>; when another thread added one first, returns that one.</summary>
    public CollectedField[] AddSubPlan(Types.ObjectType objectType, CollectedField[] fields)
    {
        while (true)
        {
            var plans = Volatile.Read(ref _subPlans);
            foreach (var plan in plans)
            {
                if (ReferenceEquals(plan.Type, objectType))
                {
                    return plan.Fields;
                }
            }

            SubPlan[] grown = [.. plans, new SubPlan(objectType, fields)];
            if (ReferenceEquals(Interlocked.CompareExchange(ref _subPlans, grown, plans), plans))
            {
                return fields;
            }
        }
    }

    private readonly record struct SubPlan(Types.ObjectType Type, CollectedField[] Fields);
}
