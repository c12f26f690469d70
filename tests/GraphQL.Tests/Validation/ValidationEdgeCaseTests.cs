using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Types;
using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Tests.Validation;

/// <summary>Edge cases checked against graphql-js 17.1.0: meta-fields, missing root types, introspection depth, @oneOf, merging through fragments.</summary>
public sealed class ValidationEdgeCaseTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions(SpecExampleRuleTests.SpecSchema
            .Replace("type Mutation {\n  mutateDog: Dog\n}", string.Empty, StringComparison.Ordinal)
            .Replace("type Subscription", "type Subscription2", StringComparison.Ordinal))
        .AddTypeDefinitions("input ByOne @oneOf { id: ID name: String } extend type Query { byOne(by: ByOne): Dog }")
        .Build();

    public static TheoryData<string, string> Cases => new()
    {
        { "{ __type(name: \"Dog\", x: 1) { name } __typename(y: 2) }", "Unknown argument \"x\" on field \"<meta>.__type\". @ 1:23 | Unknown argument \"y\" on field \"<meta>.__typename\". @ 1:49" },
        { "mutation { x }", "The mutation operation is not supported by the schema. @ 1:1" },
        { "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", "Maximum introspection depth exceeded @ 1:3" },
        { "{ byOne(by: { id: 1, name: \"x\" }) { name } }", "Within OneOf Input Object type \"ByOne\", exactly one field must be specified, and the value for that field must be non-null. @ 1:13" },
        { "query ($id: ID) { byOne(by: { id: $id }) { name } }", "Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"ByOne\". @ 1:8,1:35" },
        { "{ dog { ...A ...B } } fragment A on Dog { owner { name } } fragment B on Dog { owner { name: nickname } }", "Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:43,1:51,1:80,1:88 | Cannot query field \"nickname\" on type \"Human\". Did you mean \"name\"? @ 1:88" },
        { "query ($n: Int = \"x\") { dog { name } }", "Variable \"$n\" is never used. @ 1:8 | Int cannot represent non-integer value: \"x\" @ 1:18" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ReportsGraphQLJsErrors(string document, string expected)
    {
        var errors = DocumentValidator.Validate(s_schema, Parser.Parse(document));

        Assert.Equal(expected, string.Join(" | ", errors.Select(e => e.Message + " @ " + string.Join(",", e.Locations!.Select(l => $"{l.Line}:{l.Column}")))));
    }
}
