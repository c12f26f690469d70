using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>Type system definitions (GraphQL spec §3).</summary>
internal ref partial struct DocumentParser
{
    // §3.3 SchemaDefinition: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!Skip(TokenKind.BraceR));

        return new SchemaDefinitionNode { Description = description, Directives = directives, OperationTypes = operationTypes, Location = location };
    }

    // §3.3.1 RootOperationTypeDefinition: OperationType : NamedType
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var location = Token.Location;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Location = location };
    }

    // §3.4 TypeDefinition: ScalarTypeDefinition | ObjectTypeDefinition | ... | InputObjectTypeDefinition
    private TypeDefinitionNode ParseTypeDefinition(string kind)
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword(kind);
        var name = ParseName();
        switch (kind)
        {
            case "scalar":
                return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = ParseDirectives(true), Location = location };
            case "type":
                return new ObjectTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Interfaces = ParseImplementsInterfaces(),
                    Directives = ParseDirectives(true),
                    Fields = ParseFieldsDefinition(),
                    Location = location,
                };
            case "interface":
                return new InterfaceTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Interfaces = ParseImplementsInterfaces(),
                    Directives = ParseDirectives(true),
                    Fields = ParseFieldsDefinition(),
                    Location = location,
                };
            case "union":
                return new UnionTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = ParseDirectives(true),
                    Types = ParseUnionMemberTypes(),
                    Location = location,
                };
            case "enum":
                return new EnumTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = ParseDirectives(true),
                    Values = ParseEnumValuesDefinition(),
                    Location = location,
                };
            default:
                return new InputObjectTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = ParseDirectives(true),
                    Fields = ParseInputFieldsDefinition(),
                    Location = location,
                };
        }
    }

    // §3.2 Description: StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // §3.6 ImplementsInterfaces: implements &? NamedType (& NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"))
        {
            return [];
        }

        return ParseDelimitedNamedTypes(TokenKind.Amp);
    }

    // §3.8 UnionMemberTypes: = |? NamedType (| NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        Skip(TokenKind.EqualsSign) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    private List<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        Skip(delimiter);
        var list = new List<NamedTypeNode>();
        do
        {
            list.Add(ParseNamedType());
        }
        while (Skip(delimiter));

        return list;
    }

    // §3.6 FieldsDefinition: { FieldDefinition+ }
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceL))
        {
            return [];
        }

        var list = new List<FieldDefinitionNode>();
        do
        {
            var location = Token.Location;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentsDefinition();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            list.Add(new FieldDefinitionNode
            {
                Description = description,
                Name = name,
                Arguments = arguments,
                Type = type,
                Directives = ParseDirectives(true),
                Location = location,
            });
        }
        while (!Skip(TokenKind.BraceR));

        return list;
    }

    // §3.6.1 ArgumentsDefinition: ( InputValueDefinition+ )
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    // §3.10 InputFieldsDefinition: { InputValueDefinition+ }
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!Skip(open))
        {
            return [];
        }

        var list = new List<InputValueDefinitionNode>();
        do
        {
            list.Add(ParseInputValueDefinition());
        }
        while (!Skip(close));

        return list;
    }

    // §3.6.1 InputValueDefinition: Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(true),
            Location = location,
        };
    }

    // §3.9 EnumValuesDefinition: { EnumValueDefinition+ }
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.BraceL))
        {
            return [];
        }

        var list = new List<EnumValueDefinitionNode>();
        do
        {
            var location = Token.Location;
            var description = ParseDescription();
            if (Token.Kind == TokenKind.Name && _lexer.Slice(Token) is "true" or "false" or "null")
            {
                throw _lexer.Error(Token.Start, $"{Describe(Token)} is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            list.Add(new EnumValueDefinitionNode { Description = description, Name = name, Directives = ParseDirectives(true), Location = location });
        }
        while (!Skip(TokenKind.BraceR));

        return list;
    }

    // §3.13 DirectiveDefinition: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var directives = ParseDirectives(isConst: true);
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            var token = Token;
            var locationName = ParseName();
            if (!DirectiveLocations.IsValid(locationName.Value))
            {
                throw Unexpected(token);
            }

            locations.Add(locationName);
        }
        while (Skip(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            Repeatable = repeatable,
            Locations = locations,
            Location = location,
        };
    }
}
