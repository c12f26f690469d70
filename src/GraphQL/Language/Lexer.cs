namespace DataInclusion.GraphQL.Language;

/// <summary>
/// Reads GraphQL tokens from a span (GraphQL spec §2.1 Source Text). Plain tokens allocate nothing: they are offsets
/// into the source; only string values are materialised. Ignored tokens (§2.1.7): BOM, white space, line terminators,
/// comments and commas.
/// </summary>
internal ref partial struct Lexer
{
    private readonly string _text;
    private readonly ReadOnlySpan<char> _source;
    private int _line;
    private int _lineStart;

    public Lexer(string source)
    {
        _text = source;
        _source = source.AsSpan();
        _line = 1;
        Current = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
    }

    public Token Current { get; private set; }

    public readonly string Text => _text;

    /// <summary>The characters of a token as a span (names and numbers).</summary>
    public readonly ReadOnlySpan<char> Slice(in Token token) => _source[token.Start..token.End];

    public Token Advance()
    {
        Current = ReadToken();
        return Current;
    }

    /// <summary>Looks at the token after <see cref="Current"/> without consuming it.</summary>
    public readonly Token Peek()
    {
        var copy = this;
        return copy.ReadToken();
    }

    private Token ReadToken()
    {
        var source = _source;
        var position = Current.End;
        while (position < source.Length)
        {
            var code = source[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position++;
                    if (position < source.Length && source[position] == '\n')
                    {
                        position++;
                    }

                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    // §2.1.4 Comments run to the end of the line.
                    while (position < source.Length && source[position] != '\n' && source[position] != '\r')
                    {
                        position++;
                    }

                    continue;
                case '!': return Punctuator(TokenKind.Bang, position, 1);
                case '$': return Punctuator(TokenKind.Dollar, position, 1);
                case '&': return Punctuator(TokenKind.Amp, position, 1);
                case '(': return Punctuator(TokenKind.ParenL, position, 1);
                case ')': return Punctuator(TokenKind.ParenR, position, 1);
                case ':': return Punctuator(TokenKind.Colon, position, 1);
                case '=': return Punctuator(TokenKind.EqualsSign, position, 1);
                case '@': return Punctuator(TokenKind.At, position, 1);
                case '[': return Punctuator(TokenKind.BracketL, position, 1);
                case ']': return Punctuator(TokenKind.BracketR, position, 1);
                case '{': return Punctuator(TokenKind.BraceL, position, 1);
                case '|': return Punctuator(TokenKind.Pipe, position, 1);
                case '}': return Punctuator(TokenKind.BraceR, position, 1);
                case '.':
                    if (position + 2 < source.Length && source[position + 1] == '.' && source[position + 2] == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    if (CharAt(position + 1) == '.')
                    {
                        throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                    }

                    if (char.IsAsciiDigit(CharAt(position + 1)))
                    {
                        var digitsEnd = ReadDigits(position + 1);
                        throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{source[(position + 1)..digitsEnd]}\"?");
                    }

                    break;
                case '"':
                    if (position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
                    {
                        return ReadBlockString(position);
                    }

                    return ReadString(position);
                default:
                    break;
            }

            if (char.IsAsciiDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : (IsScalarAt(position) ? "Unexpected character: " : "Invalid character: ") + PrintCodePointAt(position) + ".");
        }

        return new Token(TokenKind.EndOfFile, source.Length, source.Length, _line, source.Length - _lineStart + 1);
    }

    private readonly Token Punctuator(TokenKind kind, int start, int length) =>
        new(kind, start, start + length, _line, start - _lineStart + 1);

    // §2.1.9 Names: /[_A-Za-z][_0-9A-Za-z]*/
    private readonly Token ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, _line, start - _lineStart + 1);
    }

    // §2.9.1 IntValue and §2.9.2 FloatValue.
    private readonly Token ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        var code = CharAt(position);
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (char.IsAsciiDigit(code))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            code = CharAt(position);
        }

        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _line, start - _lineStart + 1);
    }

    private readonly int ReadDigits(int start)
    {
        if (!char.IsAsciiDigit(CharAt(start)))
        {
            throw Error(start, "Invalid number, expected digit but got: " + PrintCodePointAt(start) + ".");
        }

        var position = start + 1;
        while (char.IsAsciiDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>The character at a position, or '\0' past the end (never a digit, name or punctuator).</summary>
    private readonly char CharAt(int position) => position < _source.Length ? _source[position] : '\0';

    internal static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
