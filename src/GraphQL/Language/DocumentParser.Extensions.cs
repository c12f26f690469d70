using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>Type system extensions (GraphQL spec §3.1 TypeSystemExtension, §3.3.2, §3.4.3).</summary>
internal ref partial struct DocumentParser
{
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Peek();
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }

        var location = Token.Location;
        var kind = _lexer.Slice(keyword).ToString();
        if (kind is not ("schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input"))
        {
            throw Unexpected(keyword);
        }

        ExpectKeyword("extend");
        ExpectKeyword(kind);
        if (kind == "schema")
        {
            return ParseSchemaExtension(location);
        }

        var name = ParseName();
        TypeExtensionNode node;
        bool isEmpty;
        switch (kind)
        {
            case "scalar":
                var directives = ParseDirectives(true);
                node = new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = location };
                isEmpty = directives.Count == 0;
                break;
            case "type":
            {
                var interfaces = ParseImplementsInterfaces();
                var typeDirectives = ParseDirectives(true);
                var fields = ParseFieldsDefinition();
                node = new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = typeDirectives, Fields = fields, Location = location };
                isEmpty = interfaces.Count == 0 && typeDirectives.Count == 0 && fields.Count == 0;
                break;
            }

            case "interface":
            {
                var interfaces = ParseImplementsInterfaces();
                var typeDirectives = ParseDirectives(true);
                var fields = ParseFieldsDefinition();
                node = new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = typeDirectives, Fields = fields, Location = location };
                isEmpty = interfaces.Count == 0 && typeDirectives.Count == 0 && fields.Count == 0;
                break;
            }

            case "union":
            {
                var typeDirectives = ParseDirectives(true);
                var types = ParseUnionMemberTypes();
                node = new UnionTypeExtensionNode { Name = name, Directives = typeDirectives, Types = types, Location = location };
                isEmpty = typeDirectives.Count == 0 && types.Count == 0;
                break;
            }

            case "enum":
            {
                var typeDirectives = ParseDirectives(true);
                var values = ParseEnumValuesDefinition();
                node = new EnumTypeExtensionNode { Name = name, Directives = typeDirectives, Values = values, Location = location };
                isEmpty = typeDirectives.Count == 0 && values.Count == 0;
                break;
            }

            default:
            {
                var typeDirectives = ParseDirectives(true);
                var fields = ParseInputFieldsDefinition();
                node = new InputObjectTypeExtensionNode { Name = name, Directives = typeDirectives, Fields = fields, Location = location };
                isEmpty = typeDirectives.Count == 0 && fields.Count == 0;
                break;
            }
        }

        if (isEmpty)
        {
            throw Unexpected(Token);
        }

        return node;
    }

    // §3.3.2 SchemaExtension: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaExtensionNode ParseSchemaExtension(SourceLocation location)
    {
        var directives = ParseDirectives(true);
        var operationTypes = new List<OperationTypeDefinitionNode>();
        if (Skip(TokenKind.BraceL))
        {
            do
            {
                operationTypes.Add(ParseOperationTypeDefinition());
            }
            while (!Skip(TokenKind.BraceR));
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(Token);
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = location };
    }
}
