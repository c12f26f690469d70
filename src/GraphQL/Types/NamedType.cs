using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object (GraphQL spec §3.4).</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public TypeDefinitionNode? Definition { get; internal set; }

    /// <summary>Directives applied in the SDL, definition first then extensions.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public override NamedType GetNamedType() => this;

    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public override string ToString() => Name;
}
