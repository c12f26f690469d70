using System.Globalization;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

public sealed class CoercionTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query {
              echo(ints: [Int!], color: Color, filter: Filter, by: By, day: Date, id: ID, f: Float): String
              color: Color
              day: Date
              badInt: Int
            }
            enum Color { RED DARK_BLUE }
            input Filter { name: String! limit: Int = 10 tags: [String] }
            input By @oneOf { id: ID name: String }
            scalar Date
            """)
        .AddScalar(new DateScalar())
        .AddResolver("Query", "echo", c => new ValueTask<object?>(Describe(c.Arguments)))
        .AddResolver("Query", "color", _ => new ValueTask<object?>(ConsoleColor.DarkBlue))
        .AddResolver("Query", "day", _ => new ValueTask<object?>(new DateOnly(2026, 12, 2)))
        .AddResolver("Query", "badInt", _ => new ValueTask<object?>(3_000_000_000L))
        .Build();

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        IReadOnlyDictionary<string, object?> d => "{" + string.Join(",", d.Select(p => p.Key + ":" + Describe(p.Value))) + "}",
        IDictionary<string, object?> d => "{" + string.Join(",", d.Select(p => p.Key + ":" + Describe(p.Value))) + "}",
        System.Collections.IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(Describe)) + "]",
        IFormattable f => f.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        (await Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Query = query, Variables = variables })).ToJson();

    [Theory]
    [InlineData("{ echo(ints: 1) }", "{ints:[Int32:1]}")]
    [InlineData("{ echo(ints: [1, 2]) }", "{ints:[Int32:1,Int32:2]}")]
    [InlineData("{ echo(color: DARK_BLUE) }", "{color:'DARK_BLUE'}")]
    [InlineData("{ echo(filter: { name: \"a\", tags: \"x\" }) }", "{filter:{name:'a',limit:Int32:10,tags:['x']}}")]
    [InlineData("{ echo(by: { id: 4 }) }", "{by:{id:'4'}}")]
    [InlineData("{ echo(day: \"2026-12-02\") }", "{day:DateOnly:12/02/2026}")]
    [InlineData("{ echo(f: 1) }", "{f:Double:1}")]
    public async Task Literals_AreCoercedToInternalValues(string query, string expected)
    {
        Assert.Equal("{\"data\":{\"echo\":\"" + expected + "\"}}", await RunAsync(query));
    }

    [Fact]
    public async Task Variables_ListAndInputObjectCoercion()
    {
        var json = await RunAsync(
            "query ($i: [Int!], $f: Filter) { echo(ints: $i, filter: $f) }",
            new Dictionary<string, object?> { ["i"] = 7L, ["f"] = new Dictionary<string, object?> { ["name"] = "n" } });

        Assert.Equal("""{"data":{"echo":"{ints:[Int32:7],filter:{name:'n',limit:Int32:10}}"}}""", json);
    }

    [Theory]
    [InlineData("query ($i: [Int!]) { echo(ints: $i) }", "i", "x", "Variable \\\"$i\\\" has invalid value: Int cannot represent non-integer value: \\\"x\\\"")]
    [InlineData("query ($f: Filter) { echo(filter: $f) }", "f", 3, "Variable \\\"$f\\\" has invalid value: Expected value of type \\\"Filter\\\" to be an object, found: 3.")]
    [InlineData("query ($c: Color) { echo(color: $c) }", "c", "RE", "Variable \\\"$c\\\" has invalid value: Value \\\"RE\\\" does not exist in \\\"Color\\\" enum. Did you mean the enum value \\\"RED\\\"?")]
    public async Task Variables_InvalidValues_AreRequestErrors(string query, string name, object value, string message)
    {
        var json = await RunAsync(query, new Dictionary<string, object?> { [name] = value });

        Assert.StartsWith("{\"errors\":[{\"message\":\"" + message + "\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_OneOfWithTwoFields_IsRefused()
    {
        var json = await RunAsync(
            "query ($b: By!) { echo(by: $b) }",
            new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["id"] = "1", ["name"] = "x" } });

        Assert.Contains("Within OneOf Input Object type \\\"By\\\", exactly one field must be specified", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultCoercion_EnumsCustomScalarsAndIntRange()
    {
        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 3000000000","locations":[{"line":1,"column":13}],"path":["badInt"]}],"data":{"color":"DARK_BLUE","day":"2026-12-02","badInt":null}}""",
            await RunAsync("{ color day badInt }"));
    }

    private sealed class DateScalar() : ScalarType("Date")
    {
        public override object? Serialize(object value) => ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override object? ParseValue(object value) => DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
            value is StringValueNode s ? DateOnly.ParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : throw new GraphQLException("Date must be a string.");
    }
}
