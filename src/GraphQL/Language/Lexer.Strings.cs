using System.Globalization;
using System.Text;

namespace DataInclusion.GraphQL.Language;

/// <summary>String and block string tokens (GraphQL spec §2.9.4), and syntax error construction.</summary>
internal ref partial struct Lexer
{
    private readonly Token ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == '"')
            {
                var value = builder is null
                    ? _text.Substring(chunkStart, position - chunkStart)
                    : builder.Append(source[chunkStart..position]).ToString();
                return new Token(TokenKind.String, start, position + 1, _line, start - _lineStart + 1, value);
            }

            if (code == '\\')
            {
                builder ??= new StringBuilder();
                builder.Append(source[chunkStart..position]);
                position += ReadEscape(position, builder);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position += ScalarWidthAt(position, "Invalid character within String: ");
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Appends one escape sequence (§2.9.4 EscapedCharacter / EscapedUnicode) and returns its length.</summary>
    private readonly int ReadEscape(int position, StringBuilder builder)
    {
        var next = CharAt(position + 1);
        if (next == 'u')
        {
            return CharAt(position + 2) == '{' ? ReadVariableWidthUnicode(position, builder) : ReadFixedWidthUnicode(position, builder);
        }

        char? escaped = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, "Invalid character escape sequence: \"" + SliceClamped(position, 2) + "\".");
        }

        builder.Append(escaped.Value);
        return 2;
    }

    private readonly int ReadVariableWidthUnicode(int position, StringBuilder builder)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                builder.Append(char.ConvertFromUtf32(point));
                return size;
            }

            var digit = HexValue(code);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | digit;
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceClamped(position, size) + "\".");
    }

    private readonly int ReadFixedWidthUnicode(int position, StringBuilder builder)
    {
        var code = Read4Hex(position + 2);
        if (code >= 0 && IsScalarValue(code))
        {
            builder.Append((char)code);
            return 6;
        }

        // A leading surrogate must be followed by an escaped trailing surrogate.
        if (char.IsHighSurrogate((char)code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read4Hex(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                builder.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceClamped(position, 6) + "\".");
    }

    private Token ReadBlockString(int start)
    {
        var source = _source;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var current = new StringBuilder();
        var lines = new List<string>();
        while (position < source.Length)
        {
            var code = source[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                current.Append(source[chunkStart..position]);
                lines.Add(current.ToString());
                var token = new Token(TokenKind.BlockString, start, position + 3, _line, start - _lineStart + 1, BlockStrings.Dedent(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                current.Append(source[chunkStart..position]).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                current.Append(source[chunkStart..position]);
                lines.Add(current.ToString());
                current.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            position += ScalarWidthAt(position, "Invalid character within String: ");
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int ScalarWidthAt(int position, string errorPrefix)
    {
        var code = _source[position];
        if (!char.IsSurrogate(code))
        {
            return 1;
        }

        if (char.IsHighSurrogate(code) && char.IsLowSurrogate(CharAt(position + 1)))
        {
            return 2;
        }

        throw Error(position, errorPrefix + PrintCodePointAt(position) + ".");
    }

    private readonly int Read4Hex(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(CharAt(position + i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private readonly bool IsScalarAt(int position) =>
        !char.IsSurrogate(_source[position]) || (char.IsHighSurrogate(_source[position]) && char.IsLowSurrogate(CharAt(position + 1)));

    private readonly string SliceClamped(int start, int length) =>
        _text.Substring(start, Math.Min(length, _text.Length - start));

    /// <summary>Describes the character at a position as graphql-js does: "x", '"', U+XXXX or &lt;EOF&gt;.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var code = char.IsHighSurrogate(_source[position]) && char.IsLowSurrogate(CharAt(position + 1))
            ? char.ConvertToUtf32(_source[position], _source[position + 1])
            : _source[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    public readonly GraphQLSyntaxException Error(int position, string description) =>
        new(description, LocationOf(_text, position));

    /// <summary>The 1-based line and column of an offset (error path only: scans from the start).</summary>
    public static SourceLocation LocationOf(string text, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            var c = text[i];
            // \r\n counts once: the \n that follows the \r ends the line.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }
}
