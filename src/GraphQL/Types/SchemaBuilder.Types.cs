using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>Creating and filling named types from their definitions and extensions.</summary>
public sealed partial class SchemaBuilder
{
    private void CollectDefinitions(BuildContext context)
    {
        foreach (var definition in _definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    if (Scalars.Find(type.Name.Value) is not null || (!_allowReservedNames && type.Name.Value.StartsWith("__", StringComparison.Ordinal)))
                    {
                        context.Error($"Type \"{type.Name.Value}\" already exists in the schema. It cannot also be defined in this type definition.", type.Name);
                    }
                    else if (!context.TypeDefinitions.TryAdd(type.Name.Value, type))
                    {
                        context.Error($"There can be only one type named \"{type.Name.Value}\".", context.TypeDefinitions[type.Name.Value].Name, type.Name);
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!context.Extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        context.Extensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    if (!context.DirectiveDefinitions.TryAdd(directive.Name.Value, directive))
                    {
                        context.Error($"There can be only one directive named \"@{directive.Name.Value}\".", context.DirectiveDefinitions[directive.Name.Value].Name, directive.Name);
                    }

                    break;
                case SchemaDefinitionNode schema:
                    if (context.SchemaDefinition is not null)
                    {
                        context.Error("Must provide only one schema definition.", schema);
                    }

                    context.SchemaDefinition ??= schema;
                    break;
                case SchemaExtensionNode schemaExtension:
                    context.SchemaExtensions.Add(schemaExtension);
                    break;
                default:
                    context.Error("The type system document cannot contain executable definitions.", definition);
                    break;
            }
        }
    }

    private static void CreateTypes(BuildContext context)
    {
        foreach (var (name, definition) in context.TypeDefinitions)
        {
            var description = definition.Description?.Value;
            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode => context.CustomScalars.TryGetValue(name, out var custom) ? custom : new ScalarType(name),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                _ => new InputObjectType(name),
            };
            type.Description = description ?? type.Description;
            type.Definition = definition;
            context.Types.Add(name, type);
        }

        foreach (var (name, extensions) in context.Extensions)
        {
            if (!context.Types.TryGetValue(name, out var type))
            {
                foreach (var extension in extensions)
                {
                    context.Error($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                }

                continue;
            }

            foreach (var extension in extensions)
            {
                if (!ExtensionMatches(type, extension))
                {
                    context.Error($"Cannot extend non-{KindWord(type)} type \"{name}\".", extension);
                }
            }
        }
    }

    private static bool ExtensionMatches(NamedType type, TypeExtensionNode extension) => (type, extension) switch
    {
        (ScalarType, ScalarTypeExtensionNode) => true,
        (ObjectType, ObjectTypeExtensionNode) => true,
        (InterfaceType, InterfaceTypeExtensionNode) => true,
        (UnionType, UnionTypeExtensionNode) => true,
        (EnumType, EnumTypeExtensionNode) => true,
        (InputObjectType, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindWord(NamedType type) => type.Kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input object",
    };

    private static void FillTypes(BuildContext context)
    {
        foreach (var type in context.Types.Values.ToList())
        {
            if (type.Definition is null)
            {
                continue;
            }

            var extensions = context.Extensions.GetValueOrDefault(type.Name) ?? [];
            var directives = new List<DirectiveNode>(type.Definition.Directives);
            foreach (var extension in extensions)
            {
                directives.AddRange(extension.Directives);
            }

            type.AppliedDirectives = directives;
            switch (type)
            {
                case ScalarType scalar:
                    var specifiedBy = FindDirective(directives, "specifiedBy");
                    if (specifiedBy is not null && ArgumentString(specifiedBy, "url") is { } url)
                    {
                        scalar.SpecifiedByUrl = url;
                    }

                    break;
                case ComplexType complex:
                    FillComplexType(context, complex, extensions);
                    break;
                case UnionType union:
                    FillUnion(context, union, extensions);
                    break;
                case EnumType enumType:
                    FillEnum(context, enumType, extensions);
                    break;
                case InputObjectType input:
                    input.IsOneOf = FindDirective(directives, "oneOf") is not null;
                    var fieldNodes = ((InputObjectTypeDefinitionNode)type.Definition).Fields
                        .Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields));
                    foreach (var node in fieldNodes)
                    {
                        var field = BuildInputValue(context, node);
                        if (field is not null && !input.TryAddField(field))
                        {
                            context.Error($"Field \"{input.Name}.{node.Name.Value}\" can only be defined once.", node.Name);
                        }
                    }

                    break;
            }
        }
    }

    private static void FillComplexType(BuildContext context, ComplexType type, List<TypeExtensionNode> extensions)
    {
        var (interfaces, fields) = type.Definition switch
        {
            ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
            InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
            _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[]),
        };
        var allInterfaces = interfaces.Concat(extensions.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        }));
        var allFields = fields.Concat(extensions.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Fields,
            InterfaceTypeExtensionNode i => i.Fields,
            _ => [],
        }));
        foreach (var node in allInterfaces)
        {
            var resolved = context.ResolveType(node);
            if (resolved is InterfaceType iface)
            {
                type.AddInterface(iface);
            }
            else if (resolved is not null)
            {
                context.Error($"Type {type.Name} must only implement Interface types, it cannot implement {resolved}.", node);
            }
        }

        foreach (var node in allFields)
        {
            var fieldType = context.ResolveType(node.Type);
            if (fieldType is null)
            {
                continue;
            }

            var field = new FieldDefinition(node.Name.Value, fieldType)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                Definition = node,
                Arguments = BuildArguments(context, node.Arguments),
            };
            if (!type.TryAddField(field))
            {
                context.Error($"Field \"{type.Name}.{node.Name.Value}\" can only be defined once.", type.GetField(node.Name.Value)!.Definition?.Name, node.Name);
            }
        }
    }

    private static void FillUnion(BuildContext context, UnionType union, List<TypeExtensionNode> extensions)
    {
        var members = ((UnionTypeDefinitionNode)union.Definition!).Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types));
        foreach (var node in members)
        {
            var resolved = context.ResolveType(node);
            if (resolved is ObjectType obj)
            {
                if (union.Types.Contains(obj))
                {
                    context.Error($"Union type {union.Name} can only include type {obj.Name} once.", node);
                    continue;
                }

                union.AddType(obj);
            }
            else if (resolved is not null)
            {
                context.Error($"Union type {union.Name} can only include Object types, it cannot include {resolved}.", node);
            }
        }
    }

    private static void FillEnum(BuildContext context, EnumType enumType, List<TypeExtensionNode> extensions)
    {
        var values = ((EnumTypeDefinitionNode)enumType.Definition!).Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
        foreach (var node in values)
        {
            var value = new EnumValueDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                Definition = node,
            };
            if (!enumType.TryAddValue(value))
            {
                context.Error($"Enum value \"{enumType.Name}.{node.Name.Value}\" can only be defined once.", node.Name);
            }
        }
    }
}
