using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>Type system validation run by <see cref="SchemaBuilder.Build"/> (GraphQL spec §3, graphql-js validateSchema messages).</summary>
internal static partial class SchemaValidator
{
    public static void Validate(Schema schema, BuildContext context)
    {
        foreach (var directive in schema.Directives)
        {
            if (BuiltInDirectives.IsBuiltIn(directive))
            {
                continue;
            }

            ValidateName(context, directive.Name, directive.Definition?.Name);
            if (directive.Locations.Count == 0)
            {
                context.Error($"Directive @{directive.Name} must include 1 or more locations.", directive.Definition);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.Definition?.Name);
                if (!argument.Type.IsInputType)
                {
                    context.Error($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.Definition?.Type);
                }

                if (argument.Type is NonNullType && argument.IsDeprecated && !argument.HasDefaultValue)
                {
                    context.Error($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", argument.Definition?.Type);
                }
            }
        }

        foreach (var type in schema.Types.Values)
        {
            if (type.Definition is null || Introspection.IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(context, type.Name, type.Definition.Name);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(schema, context, complex);
                    ValidateInterfaces(schema, context, complex);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        context.Error($"Union type {union.Name} must define one or more member types.", union.Definition);
                    }

                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        context.Error($"Enum type {enumType.Name} must define one or more values.", enumType.Definition);
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(context, value.Name, value.Definition?.Name);
                    }

                    break;
                case InputObjectType input:
                    ValidateInputObject(context, input);
                    break;
            }
        }

        InputObjectCycles.Validate(schema, context);
    }

    private static void ValidateName(BuildContext context, string name, AstNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateFields(Schema schema, BuildContext context, ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Error($"Type {type.Name} must define one or more fields.", type.Definition);
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(context, field.Name, field.Definition?.Name);
            if (!field.Type.IsOutputType)
            {
                context.Error($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.Definition?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.Definition?.Name);
                if (!argument.Type.IsInputType)
                {
                    context.Error($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.Definition?.Type);
                }

                if (argument.Type is NonNullType && argument.IsDeprecated && !argument.HasDefaultValue)
                {
                    context.Error($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", argument.Definition?.Type);
                }
            }
        }

        _ = schema;
    }

    private static void ValidateInputObject(BuildContext context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Error($"Input Object type {input.Name} must define one or more fields.", input.Definition);
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(context, field.Name, field.Definition?.Name);
            if (!field.Type.IsInputType)
            {
                context.Error($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.Definition?.Type);
            }

            if (field.Type is NonNullType && field.IsDeprecated && !field.HasDefaultValue)
            {
                context.Error($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.Definition?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Error($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.Definition?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Error($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.Definition);
                }
            }
        }
    }
}
