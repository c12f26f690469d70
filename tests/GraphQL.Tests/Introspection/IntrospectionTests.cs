using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            "Root"
            type Query { pet(kind: Kind = DOG): Pet old: String @deprecated(reason: "gone") }
            interface Pet { name: String }
            type Dog implements Pet { name: String }
            enum Kind { DOG CAT @deprecated }
            input In @oneOf { a: Int b: Int @deprecated }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            directive @tag(name: String) repeatable on FIELD_DEFINITION
            extend type Query { in(x: In): Url }
            """)
        .Build();

    private static async Task<string> RunAsync(string query) =>
        (await Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Query = query })).ToJson();

    [Theory]
    [InlineData(
        "{ __type(name: \"Query\") { kind name description fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }",
        """{"kind":"OBJECT","name":"Query","description":"Root","fields":[{"name":"pet"},{"name":"in"}],"all":[{"name":"pet","isDeprecated":false,"deprecationReason":null},{"name":"old","isDeprecated":true,"deprecationReason":"gone"},{"name":"in","isDeprecated":false,"deprecationReason":null}]}""")]
    [InlineData("{ __type(name: \"Kind\") { enumValues { name } } }", """{"enumValues":[{"name":"DOG"}]}""")]
    [InlineData("{ __type(name: \"In\") { isOneOf inputFields { name } fields { name } } }", """{"isOneOf":true,"inputFields":[{"name":"a"}],"fields":null}""")]
    [InlineData("{ __type(name: \"Url\") { kind specifiedByURL isOneOf } }", """{"kind":"SCALAR","specifiedByURL":"https://url.spec.whatwg.org/","isOneOf":null}""")]
    [InlineData("{ __type(name: \"Pet\") { kind possibleTypes { name } } }", """{"kind":"INTERFACE","possibleTypes":[{"name":"Dog"}]}""")]
    [InlineData(
        "{ __type(name: \"Query\") { fields { name args { name defaultValue type { kind name ofType { name } } } } } }",
        """{"fields":[{"name":"pet","args":[{"name":"kind","defaultValue":"DOG","type":{"kind":"ENUM","name":"Kind","ofType":null}}]},{"name":"in","args":[{"name":"x","defaultValue":null,"type":{"kind":"INPUT_OBJECT","name":"In","ofType":null}}]}]}""")]
    [InlineData("{ __type(name: \"Nope\") { name } }", "null")]
    public async Task Type_DescribesEveryKind(string query, string expectedType)
    {
        Assert.Equal("{\"data\":{\"__type\":" + expectedType + "}}", await RunAsync(query));
    }

    [Fact]
    public async Task Schema_ListsTypesAndDirectives()
    {
        var json = await RunAsync("{ __schema { queryType { name } mutationType { name } types { name } directives { name isRepeatable locations } } }");

        Assert.StartsWith("""{"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":null,"types":[{"name":"Query"},{"name":"String"},{"name":"Pet"},{"name":"Dog"},{"name":"Kind"},{"name":"In"},{"name":"Int"},{"name":"Url"},{"name":"Boolean"},{"name":"__Schema"},""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"tag","isRepeatable":true,"locations":["FIELD_DEFINITION"]},{"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"]}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"__Schema"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeprecatedDirectives_AreHiddenUnlessAsked_AndPrinted()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("directive @old(a: Int) @deprecated(reason: \"x\") on FIELD directive @new on FIELD type Query { a: Int }").Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "{ __schema { directives { name } all: directives(includeDeprecated: true) { name isDeprecated deprecationReason } } }",
        });

        Assert.StartsWith(
            """{"data":{"__schema":{"directives":[{"name":"new"},{"name":"include"},""",
            result.ToJson(),
            StringComparison.Ordinal);
        Assert.Contains("\"all\":[{\"name\":\"old\",\"isDeprecated\":true,\"deprecationReason\":\"x\"},{\"name\":\"new\",\"isDeprecated\":false,", result.ToJson(), StringComparison.Ordinal);
        Assert.StartsWith("directive @old(a: Int) @deprecated(reason: \"x\") on FIELD\n\ndirective @new on FIELD", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typename_OnEveryCompositeType()
    {
        Assert.Equal("""{"data":{"__typename":"Query","__type":{"__typename":"__Type"}}}""", await RunAsync("{ __typename __type(name: \"Pet\") { __typename } }"));
    }
}
