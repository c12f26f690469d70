using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>
/// Recursive-descent parser: one method per grammar production, named after it and citing its spec section.
/// Token-level helpers and error messages follow graphql-js so syntax errors read the same.
/// </summary>
internal ref partial struct DocumentParser
{
    private Lexer _lexer;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCount;
    private int _depth;
    private bool _sawVariable;

    public DocumentParser(string source, ParserOptions options)
    {
        _lexer = new Lexer(source);
        _maxTokens = options.MaxTokens ?? int.MaxValue;
        _maxDepth = options.MaxDepth;
    }

    private readonly Token Token => _lexer.Current;

    // §2.2 Document: Definition+
    public DocumentNode ParseDocument()
    {
        Advance();
        var location = Token.Location;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (Token.Kind != TokenKind.EndOfFile);

        return new DocumentNode { Definitions = definitions, Location = location, HasVariables = _sawVariable };
    }

    public ValueNode ParseStandaloneValue()
    {
        Advance();
        var value = ParseValueLiteral(isConst: false);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    public TypeNode ParseStandaloneType()
    {
        Advance();
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    // §2.2 Definition: ExecutableDefinition | TypeSystemDefinitionOrExtension
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Peek() : Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw _lexer.Error(Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var value = _lexer.Slice(keyword);
            if (value is "schema")
            {
                return ParseSchemaDefinition();
            }

            if (value is "scalar" or "type" or "interface" or "union" or "enum" or "input")
            {
                return ParseTypeDefinition(value.ToString());
            }

            if (value is "directive")
            {
                return ParseDirectiveDefinition();
            }

            // Operations and fragments may carry descriptions (graphql-js 17, spec September 2025).
            if (value is "query" or "mutation" or "subscription")
            {
                return ParseOperationDefinition();
            }

            if (value is "fragment")
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (value is "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw _lexer.Error(token.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");
        }
    }

    private readonly bool Peek(TokenKind kind) => Token.Kind == kind;

    private readonly bool PeekDescription() => Token.Kind is TokenKind.String or TokenKind.BlockString;

    private void Expect(TokenKind kind)
    {
        if (Token.Kind != kind)
        {
            throw _lexer.Error(Token.Start, $"Expected {Token.Describe(kind)}, found {Describe(Token)}.");
        }

        Advance();
    }

    private bool Skip(TokenKind kind)
    {
        if (Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
        {
            throw _lexer.Error(Token.Start, $"Expected \"{keyword}\", found {Describe(Token)}.");
        }
    }

    private bool SkipKeyword(string keyword)
    {
        if (Token.Kind == TokenKind.Name && _lexer.Slice(Token).SequenceEqual(keyword))
        {
            Advance();
            return true;
        }

        return false;
    }

    private readonly bool PeekKeyword(string keyword) => Token.Kind == TokenKind.Name && _lexer.Slice(Token).SequenceEqual(keyword);

    private readonly GraphQLSyntaxException Unexpected(in Token token) =>
        _lexer.Error(token.Start, $"Unexpected {Describe(token)}.");

    private readonly string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Token.Describe(token.Kind)} \"{_lexer.Slice(token)}\"",
        TokenKind.String or TokenKind.BlockString => $"{Token.Describe(token.Kind)} \"{token.Value}\"",
        _ => Token.Describe(token.Kind),
    };

    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw _lexer.Error(Token.Start, $"Document exceeds the maximum nesting depth of {_maxDepth}. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    // §2.1.9 Name
    private NameNode ParseName()
    {
        var token = Token;
        Expect(TokenKind.Name);
        return new NameNode { Value = NameTable.Get(_lexer.Text.AsSpan(token.Start, token.End - token.Start)), Location = token.Location };
    }
}
