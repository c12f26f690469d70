using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>Input value literals (GraphQL spec §2.9).</summary>
internal ref partial struct DocumentParser
{
    // §2.9 Value[Const]: Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Token;
        var location = token.Location;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = SliceString(token), Location = location };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = SliceString(token), Location = location };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                var name = _lexer.Slice(token);
                return name switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = location },
                    "false" => new BooleanValueNode { Value = false, Location = location },
                    "null" => new NullValueNode { Location = location },
                    _ => new EnumValueNode { Value = SliceString(token), Location = location },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (Token.Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(token.Start, $"Unexpected variable \"${_lexer.Slice(Token)}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Token;
        Advance();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = token.Location };
    }

    // §2.9.7 ListValue: [ ] | [ Value+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var location = Token.Location;
        EnterNesting();
        Expect(TokenKind.BracketL);
        var values = new List<ValueNode>();
        while (!Skip(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode { Values = values, Location = location };
    }

    // §2.9.8 ObjectValue: { } | { ObjectField+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var location = Token.Location;
        EnterNesting();
        Expect(TokenKind.BraceL);
        var fields = new List<ObjectFieldNode>();
        while (!Skip(TokenKind.BraceR))
        {
            var fieldLocation = Token.Location;
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = fieldLocation });
        }

        LeaveNesting();
        return new ObjectValueNode { Fields = fields, Location = location };
    }

    private readonly string SliceString(in Token token) => _lexer.Text.Substring(token.Start, token.End - token.Start);
}
