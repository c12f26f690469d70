using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>Executable definitions (GraphQL spec §2.3 – §2.12).</summary>
internal ref partial struct DocumentParser
{
    // §2.3 OperationDefinition: OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var location = Token.Location;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = ParseSelectionSet(), Location = location };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = location,
        };
    }

    // §2.3 OperationType: one of query mutation subscription
    private OperationType ParseOperationType()
    {
        var token = Token;
        Expect(TokenKind.Name);
        var value = _lexer.Slice(token);
        return value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    // §2.10 VariableDefinitions: ( VariableDefinition+ )
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenL))
        {
            return [];
        }

        var list = ScratchList<VariableDefinitionNode>.Rent();
        do
        {
            list.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.ParenR));

        return ScratchList<VariableDefinitionNode>.ToArrayAndReturn(list);
    }

    // §2.10 VariableDefinition: Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = location,
        };
    }

    // §2.10 Variable: $ Name
    private VariableNode ParseVariable()
    {
        var location = Token.Location;
        Expect(TokenKind.Dollar);
        _sawVariable = true;
        return new VariableNode { Name = ParseName(), Location = location };
    }

    // §2.4 SelectionSet: { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var location = Token.Location;
        EnterNesting();
        Expect(TokenKind.BraceL);
        var selections = ScratchList<SelectionNode>.Rent();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!Skip(TokenKind.BraceR));

        LeaveNesting();
        return new SelectionSetNode { Selections = ScratchList<SelectionNode>.ToArrayAndReturn(selections), Location = location };
    }

    // §2.5 Field: Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var location = Token.Location;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Location = location,
        };
    }

    // §2.6 Arguments: ( Argument+ )
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.ParenL))
        {
            return [];
        }

        var list = ScratchList<ArgumentNode>.Rent();
        do
        {
            var location = Token.Location;
            var name = ParseName();
            Expect(TokenKind.Colon);
            list.Add(new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = location });
        }
        while (!Skip(TokenKind.ParenR));

        return ScratchList<ArgumentNode>.ToArrayAndReturn(list);
    }

    // §2.8 FragmentSpread: ... FragmentName Directives?  /  §2.8.2 InlineFragment: ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var location = Token.Location;
        Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode { Name = ParseFragmentName(), Directives = ParseDirectives(isConst: false), Location = location };
        }

        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = location,
        };
    }

    // §2.8 FragmentDefinition: fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = location,
        };
    }

    // §2.8 FragmentName: Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected(Token);
        }

        return ParseName();
    }

    // §2.12 Directives: Directive+
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var list = ScratchList<DirectiveNode>.Rent();
        while (Peek(TokenKind.At))
        {
            var location = Token.Location;
            Advance();
            var name = ParseName();
            list.Add(new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Location = location });
        }

        return ScratchList<DirectiveNode>.ToArrayAndReturn(list);
    }

    // §2.11 Type: NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var location = Token.Location;
        TypeNode type;
        if (Skip(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode { Type = inner, Location = location };
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = location } : type;
    }

    // §2.11 NamedType: Name
    private NamedTypeNode ParseNamedType()
    {
        var location = Token.Location;
        return new NamedTypeNode { Name = ParseName(), Location = location };
    }
}
