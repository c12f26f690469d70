namespace DataInclusion.GraphQL.Language;

/// <summary>
/// One lexical token: offsets into the source plus the 1-based position of its first character.
/// <see cref="Value"/> is set only for string tokens, whose value needs escape processing.
/// </summary>
internal readonly struct Token(TokenKind kind, int start, int end, int line, int column, string? value = null)
{
    public TokenKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; } = end;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string? Value { get; } = value;

    public SourceLocation Location => new(Line, Column);

    /// <summary>The token kind as graphql-js names it in syntax errors.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.EqualsSign => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        _ => "BlockString",
    };
}
