namespace DataInclusion.GraphQL.Types;

/// <summary>§3.6 / §3.7 IsValidImplementation: interface implementation rules.</summary>
internal static partial class SchemaValidator
{
    private static void ValidateInterfaces(Schema schema, BuildContext context, ComplexType type)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                context.Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.Definition);
                continue;
            }

            if (!seen.Add(iface))
            {
                context.Error($"Type {type.Name} can only implement {iface.Name} once.", type.Definition);
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!ReferenceEquals(transitive, type) && !type.Interfaces.Contains(transitive))
                {
                    var message = ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
                    context.Error(message, type.Definition);
                }
                else if (ReferenceEquals(transitive, type))
                {
                    context.Error($"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference.", type.Definition);
                }
            }

            ValidateImplementation(schema, context, type, iface);
        }
    }

    private static void ValidateImplementation(Schema schema, BuildContext context, ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                context.Error($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", ifaceField.Definition, type.Definition);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, field.Type, ifaceField.Type))
            {
                context.Error(
                    $"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.",
                    ifaceField.Definition?.Type,
                    field.Definition?.Type);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var arg = field.GetArgument(ifaceArg.Name);
                if (arg is null)
                {
                    context.Error(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{field.Name} does not provide it.",
                        ifaceArg.Definition,
                        field.Definition);
                    continue;
                }

                if (!GraphQLType.AreEqual(ifaceArg.Type, arg.Type))
                {
                    context.Error(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{field.Name}({arg.Name}:) is type {arg.Type}.",
                        ifaceArg.Definition?.Type,
                        arg.Definition?.Type);
                }
            }

            foreach (var arg in field.Arguments)
            {
                if (ifaceField.GetArgument(arg.Name) is null && arg.Type is NonNullType && !arg.HasDefaultValue)
                {
                    context.Error(
                        $"Object field {type.Name}.{field.Name} includes required argument {arg.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.",
                        arg.Definition,
                        ifaceField.Definition);
                }
            }
        }
    }
}
